package org.guidepost.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.guidepost.engine.Findings.RuleBinding;
import org.guidepost.model.Communication;
import org.guidepost.model.Finding;
import org.guidepost.model.Guideline;
import org.guidepost.model.Report;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * A compiled guideline, ready to check communications. Immutable and safe to share between threads: each
 * check runs in a session of its own.
 */
public final class RuleSet {
    /** The name rule files give the global that collects findings. */
    public static final String FINDINGS_GLOBAL = "findings";

    private final InternalKnowledgeBase knowledgeBase;
    private final ClassLoader loader;
    private final Guideline guideline;
    private final Map<String, RuleBinding> bindings;
    private final Map<String, String> fileOfRule;
    private final LexiconMatcher lexicons;
    private final boolean loadedPrecompiled;

    RuleSet(InternalKnowledgeBase knowledgeBase, ClassLoader loader, Guideline guideline,
            Map<String, RuleBinding> bindings, Map<String, String> fileOfRule, LexiconMatcher lexicons) {
        this(knowledgeBase, loader, guideline, bindings, fileOfRule, lexicons, false);
    }

    RuleSet(InternalKnowledgeBase knowledgeBase, ClassLoader loader, Guideline guideline,
            Map<String, RuleBinding> bindings, Map<String, String> fileOfRule, LexiconMatcher lexicons,
            boolean loadedPrecompiled) {
        this.loadedPrecompiled = loadedPrecompiled;
        this.knowledgeBase = knowledgeBase;
        this.loader = loader;
        this.guideline = guideline;
        this.bindings = Map.copyOf(bindings);
        this.fileOfRule = Map.copyOf(fileOfRule);
        this.lexicons = lexicons;
    }

    /** Whether these rules were loaded from a precompiled form ({@link RuleEngine#load}) rather than compiled from DRL. */
    public boolean loadedPrecompiled() {
        return loadedPrecompiled;
    }

    /** The effective guideline: clauses with a variant's severities applied. */
    public Guideline guideline() {
        return guideline;
    }

    /** The names of the rules that run (switched-off rules excluded), sorted. */
    public List<String> ruleNames() {
        return bindings.keySet().stream().sorted().toList();
    }

    /** The clause a rule enforces, or null for an unknown rule. */
    public String clauseOf(String rule) {
        RuleBinding binding = bindings.get(rule);
        return binding == null ? null : binding.clause().id();
    }

    /** The rule file that defines a rule, as diagnostics name it, or null for an unknown rule. */
    public String fileOf(String rule) {
        return bindings.containsKey(rule) ? fileOfRule.get(rule) : null;
    }

    /**
     * The precompiled form of this rule set, for {@link RuleEngine#load}: the compiled rules as this version of
     * Drools serialises them, so loading skips DRL compilation. Same rules, same bytes.
     */
    public synchronized byte[] precompiled() {
        return RuleEngine.withContextLoader(loader, () -> {
            try {
                return PrecompiledRules.write(knowledgeBase.getKiePackages());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the compiled rules of " + guideline.id() + " cannot be serialised", e);
            }
        });
    }

    /** Checks a communication on the day it is published (if it says) or today. */
    public Report check(Communication communication) {
        return check(communication, dayOf(communication));
    }

    /** Checks a communication as if on {@code day} (consent must be valid on that day). */
    public Report check(Communication communication, LocalDate day) {
        Objects.requireNonNull(communication, "communication");
        Objects.requireNonNull(day, "day");
        List<Finding> findings = RuleEngine.withContextLoader(loader, () -> fire(communication, day));
        return new Report(communication.getId(), new Report.PackId(guideline.id(), guideline.version()), findings);
    }

    /** The lexicon matches rules see for this communication (for the workbench's previews and tests). */
    public List<LexiconMatch> lexiconMatches(Communication communication) {
        List<LexiconMatch> matches = new ArrayList<>();
        TextFields.forEach(communication, (field, text) -> lexicons.match(field, text, matches));
        return matches;
    }

    private List<Finding> fire(Communication communication, LocalDate day) {
        KieSession session = knowledgeBase.newKieSession();
        try {
            Findings findings = new Findings();
            if (session.getGlobals().get(FINDINGS_GLOBAL) != null || hasFindingsGlobal(session)) {
                session.setGlobal(FINDINGS_GLOBAL, findings);
            }
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    findings.firing(bindings.get(event.getMatch().getRule().getName()));
                }
            });
            session.insert(communication);
            session.insert(new CheckContext(day));
            for (LexiconMatch match : lexiconMatches(communication)) {
                session.insert(match);
            }
            session.fireAllRules();
            return findings.toList();
        } finally {
            session.dispose();
        }
    }

    private static boolean hasFindingsGlobal(KieSession session) {
        return session.getKieBase().getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(FINDINGS_GLOBAL)));
    }

    private static LocalDate dayOf(Communication communication) {
        String published = communication.getPublishedAt();
        if (published != null) {
            try {
                return OffsetDateTime.parse(published).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            } catch (DateTimeParseException e) {
                // the reader validated the format; an odd one falls back to today
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }
}
