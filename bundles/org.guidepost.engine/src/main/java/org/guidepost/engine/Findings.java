package org.guidepost.engine;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidepost.model.Clause;
import org.guidepost.model.Evidence;
import org.guidepost.model.Finding;
import org.guidepost.model.Severity;

/**
 * What rules report through: every rule file declares {@code global org.guidepost.engine.Findings findings}
 * and its consequences call {@code findings.add("message", where)}. The engine knows which rule is firing, so
 * the finding gets that rule's clause ({@code @clause}), its severity ({@code @severity}, else the clause's),
 * and the clause's remediation. {@code where} is a {@link LexiconMatch}, an {@link Evidence}, a JSON pointer
 * such as {@code "/media/0"}, a part of the communication that knows its pointer (a media item, a mention,
 * an offer), or a collection of those. The same rule reporting the same message twice gives one finding with
 * all the evidence. One instance per check; not shared between threads.
 */
public final class Findings {
    private static final Comparator<Evidence> EVIDENCE_ORDER = Comparator.comparing(Evidence::field)
            .thenComparing(e -> e.start() == null ? -1 : e.start())
            .thenComparing(e -> e.end() == null ? -1 : e.end());
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::getClause)
            .thenComparing(Finding::getRule).thenComparing(Finding::getMessage);
    private static final ClassValue<Method> POINTER = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            try {
                Method method = type.getMethod("getPointer");
                return method.getReturnType() == String.class ? method : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };

    /** Which clause a rule enforces, at which severity. */
    record RuleBinding(String rule, Clause clause, Severity severity) {
    }

    private record Key(String clause, String rule, String message) {
    }

    private final Map<Key, Set<Evidence>> reported = new LinkedHashMap<>();
    private final Map<Key, RuleBinding> bindings = new LinkedHashMap<>();
    private RuleBinding firing;

    Findings() {
    }

    /** Set by the engine before each rule's consequence runs. */
    void firing(RuleBinding binding) {
        this.firing = binding;
    }

    /** Reports the firing rule's clause as broken, saying why; without evidence. */
    public void add(String message) {
        record(message, List.of());
    }

    /** Reports the firing rule's clause as broken, saying why and where. */
    public void add(String message, Object where) {
        record(message, List.of(where));
    }

    /** Reports the firing rule's clause as broken, saying why and in two places. */
    public void add(String message, Object where, Object alsoWhere) {
        record(message, List.of(where, alsoWhere));
    }

    private void record(String message, List<Object> places) {
        if (firing == null) {
            throw new IllegalStateException("findings.add called outside a rule's consequence");
        }
        String text = message == null || message.isBlank() ? firing.clause().title() : message;
        Key key = new Key(firing.clause().id(), firing.rule(), text);
        bindings.putIfAbsent(key, firing);
        Set<Evidence> evidence = reported.computeIfAbsent(key, k -> new LinkedHashSet<>());
        for (Object place : places) {
            addEvidence(place, evidence);
        }
    }

    private static void addEvidence(Object place, Set<Evidence> evidence) {
        if (place == null) {
            return;
        }
        if (place instanceof Evidence e) {
            evidence.add(e);
        } else if (place instanceof LexiconMatch match) {
            evidence.add(match.toEvidence());
        } else if (place instanceof String pointer) {
            evidence.add(Evidence.of(pointer));
        } else if (place instanceof Iterable<?> many) {
            many.forEach(p -> addEvidence(p, evidence));
        } else {
            Method pointer = POINTER.get(place.getClass());
            if (pointer == null) {
                throw new IllegalArgumentException("cannot tell where " + place.getClass().getSimpleName()
                        + " stands in the communication; give a LexiconMatch, a JSON pointer or a part of the communication");
            }
            try {
                evidence.add(Evidence.of((String) pointer.invoke(place)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The findings reported so far, in a stable order. */
    List<Finding> toList() {
        List<Finding> findings = new ArrayList<>();
        reported.forEach((key, evidence) -> {
            RuleBinding binding = bindings.get(key);
            List<Evidence> sorted = new ArrayList<>(evidence);
            sorted.sort(EVIDENCE_ORDER);
            findings.add(new Finding(key.clause(), key.rule(), binding.severity(), key.message(),
                    binding.clause().remediation(), sorted));
        });
        findings.sort(FINDING_ORDER);
        return findings;
    }
}
