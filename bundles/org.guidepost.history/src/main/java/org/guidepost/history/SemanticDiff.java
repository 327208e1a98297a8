package org.guidepost.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.guidepost.engine.GuidelineSources;
import org.guidepost.model.Clause;
import org.guidepost.model.Lexicon;
import org.guidepost.model.Severity;

/**
 * What changed between two versions of a guideline project, by meaning rather than by line: clauses, rules (by name,
 * with the DRL hunk of each), lexicon terms and test cases. Clauses, rules and lexicons are those the project
 * enforces (a variant's merged with what it extends, switched-off rules left out); test cases are the project's own.
 *
 * @param from        the label of the older snapshot
 * @param to          the label of the newer one
 * @param fromVersion the guideline version there, or null for nothing (a first release)
 * @param toVersion   the guideline version there
 * @param clauses     clauses added, removed or changed, in guideline order
 * @param rules       rules added, removed or changed, in file order
 * @param lexicons    lexicons whose terms changed, by name
 * @param tests       test cases added, removed or changed, by file and name
 * @param clauseTitles the title of every clause of either version, by id (the newer title when both have it)
 */
public record SemanticDiff(String from, String to, String fromVersion, String toVersion, List<ClauseChange> clauses,
        List<RuleChange> rules, List<LexiconChange> lexicons, List<TestChange> tests, Map<String, String> clauseTitles) {

    public SemanticDiff {
        clauses = List.copyOf(clauses);
        rules = List.copyOf(rules);
        lexicons = List.copyOf(lexicons);
        tests = List.copyOf(tests);
        clauseTitles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(clauseTitles));
    }

    /** How a thing changed. */
    public enum Kind {
        ADDED, REMOVED, CHANGED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One field of a clause, before and after. */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * A clause added, removed or changed.
     *
     * @param id     the clause id
     * @param kind   what happened to it
     * @param before the clause before (null when added)
     * @param after  the clause after (null when removed)
     * @param fields the fields that changed (title, text, severity, remediation, source), for a changed clause
     */
    public record ClauseChange(String id, Kind kind, Clause before, Clause after, List<FieldChange> fields) {
        public ClauseChange {
            fields = List.copyOf(fields);
        }

        /** The clause as it is now, or as it was when removed. */
        public Clause clause() {
            return after != null ? after : before;
        }

        /** Whether its severity went up to error (from warning or info). */
        public boolean severityRaisedToError() {
            return kind == Kind.CHANGED && after.severity() == Severity.ERROR && before.severity() != Severity.ERROR;
        }
    }

    /**
     * A rule added, removed or changed.
     *
     * @param name        the rule's name
     * @param kind        what happened to it
     * @param clause      the clause it enforces (after; before when removed), or null
     * @param file        its rule file (after; before when removed)
     * @param hunk        the unified diff of the rule's DRL, numbered by the lines of its file
     * @param messageOnly for a changed rule: only its strings changed (the message), not what it matches
     */
    public record RuleChange(String name, Kind kind, String clause, String file, String hunk, boolean messageOnly) {
    }

    /**
     * A lexicon whose terms changed.
     *
     * @param name    the lexicon's name
     * @param kind    added, removed, or changed (terms added or removed or their variants or exceptions changed)
     * @param added   phrases of the terms added
     * @param removed phrases of the terms removed
     * @param changed phrases of the terms whose variants or exceptions changed
     * @param clauses the clauses whose rules match this lexicon (before or after)
     */
    public record LexiconChange(String name, Kind kind, List<String> added, List<String> removed, List<String> changed,
            List<String> clauses) {
        public LexiconChange {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * A test case added, removed or changed.
     *
     * @param file           the test file, relative to the project
     * @param name           the case's name
     * @param kind           what happened to it
     * @param clausesBefore  the clauses it expected raised before (empty when added)
     * @param clausesAfter   the clauses it expects raised now (empty when removed)
     */
    public record TestChange(String file, String name, Kind kind, List<String> clausesBefore, List<String> clausesAfter) {
        public TestChange {
            clausesBefore = List.copyOf(clausesBefore);
            clausesAfter = List.copyOf(clausesAfter);
        }
    }

    /** Whether nothing changed. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return clauses.isEmpty() && rules.isEmpty() && lexicons.isEmpty() && tests.isEmpty();
    }

    /** The semantic diff from {@code from} to {@code to}; an empty {@code from} makes everything added. */
    public static SemanticDiff between(Snapshot from, Snapshot to) throws HistoryException {
        GuidelineSources a = from.isEmpty() ? null : SnapshotSources.read(from);
        GuidelineSources b = SnapshotSources.read(to);

        List<ClauseChange> clauses = new ArrayList<>();
        Map<String, Clause> before = new LinkedHashMap<>();
        if (a != null) {
            a.guideline().clauses().forEach(c -> before.put(c.id(), c));
        }
        Map<String, Clause> after = new LinkedHashMap<>();
        b.guideline().clauses().forEach(c -> after.put(c.id(), c));
        for (Clause c : after.values()) {
            Clause old = before.get(c.id());
            if (old == null) {
                clauses.add(new ClauseChange(c.id(), Kind.ADDED, null, c, List.of()));
            } else {
                List<FieldChange> fields = new ArrayList<>();
                field(fields, "title", old.title(), c.title());
                field(fields, "text", old.text(), c.text());
                field(fields, "severity", old.severity().word(), c.severity().word());
                field(fields, "remediation", old.remediation(), c.remediation());
                field(fields, "source", old.source(), c.source());
                if (!fields.isEmpty()) {
                    clauses.add(new ClauseChange(c.id(), Kind.CHANGED, old, c, fields));
                }
            }
        }
        before.values().stream().filter(c -> !after.containsKey(c.id()))
                .forEach(c -> clauses.add(new ClauseChange(c.id(), Kind.REMOVED, c, null, List.of())));

        Map<String, DrlRules.Rule> rulesBefore = a == null ? Map.of() : DrlRules.of(a.rules(), a.disabledRules());
        Map<String, DrlRules.Rule> rulesAfter = DrlRules.of(b.rules(), b.disabledRules());
        List<RuleChange> rules = new ArrayList<>();
        for (DrlRules.Rule r : rulesAfter.values()) {
            DrlRules.Rule old = rulesBefore.get(r.name());
            if (old == null) {
                rules.add(new RuleChange(r.name(), Kind.ADDED, r.clause(), r.file(),
                        Hunks.of(null, 0, null, r.file(), r.line(), r.text()), false));
            } else if (!old.text().equals(r.text())) {
                rules.add(new RuleChange(r.name(), Kind.CHANGED, r.clause(), r.file(),
                        Hunks.of(old.file(), old.line(), old.text(), r.file(), r.line(), r.text()),
                        old.logic().equals(r.logic())));
            }
        }
        rulesBefore.values().stream().filter(r -> !rulesAfter.containsKey(r.name())).forEach(r -> rules.add(
                new RuleChange(r.name(), Kind.REMOVED, r.clause(), r.file(), Hunks.of(r.file(), r.line(), r.text(), null, 0, null), false)));

        Map<String, Set<String>> clausesOfLexicon = new LinkedHashMap<>();
        for (Map<String, DrlRules.Rule> side : List.of(rulesBefore, rulesAfter)) {
            for (DrlRules.Rule r : side.values()) {
                if (r.clause() != null) {
                    r.lexicons().forEach(l -> clausesOfLexicon.computeIfAbsent(l, k -> new TreeSet<>()).add(r.clause()));
                }
            }
        }
        Map<String, Lexicon> lexBefore = new LinkedHashMap<>();
        if (a != null) {
            a.lexicons().forEach(l -> lexBefore.put(l.name(), l));
        }
        Map<String, Lexicon> lexAfter = new LinkedHashMap<>();
        b.lexicons().forEach(l -> lexAfter.put(l.name(), l));
        Set<String> lexiconNames = new TreeSet<>(lexBefore.keySet());
        lexiconNames.addAll(lexAfter.keySet());
        List<LexiconChange> lexicons = new ArrayList<>();
        for (String name : lexiconNames) {
            Map<String, Lexicon.Term> termsBefore = terms(lexBefore.get(name));
            Map<String, Lexicon.Term> termsAfter = terms(lexAfter.get(name));
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            termsAfter.forEach((key, term) -> {
                Lexicon.Term old = termsBefore.get(key);
                if (old == null) {
                    added.add(term.phrase());
                } else if (!old.equals(term)) {
                    changed.add(term.phrase());
                }
            });
            List<String> removed = termsBefore.entrySet().stream().filter(e -> !termsAfter.containsKey(e.getKey()))
                    .map(e -> e.getValue().phrase()).toList();
            Kind kind = !lexBefore.containsKey(name) ? Kind.ADDED : !lexAfter.containsKey(name) ? Kind.REMOVED : Kind.CHANGED;
            if (kind != Kind.CHANGED || !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty()) {
                lexicons.add(new LexiconChange(name, kind, added, removed, changed,
                        List.copyOf(clausesOfLexicon.getOrDefault(name, Set.of()))));
            }
        }

        Map<String, TestEntries.Entry> testsBefore = TestEntries.of(from);
        Map<String, TestEntries.Entry> testsAfter = TestEntries.of(to);
        List<TestChange> tests = new ArrayList<>();
        Set<String> testKeys = new LinkedHashSet<>(testsAfter.keySet());
        testKeys.addAll(testsBefore.keySet());
        for (String key : new TreeSet<>(testKeys)) {
            TestEntries.Entry old = testsBefore.get(key);
            TestEntries.Entry now = testsAfter.get(key);
            if (old == null) {
                tests.add(new TestChange(now.file(), now.name(), Kind.ADDED, List.of(), List.copyOf(now.clauses())));
            } else if (now == null) {
                tests.add(new TestChange(old.file(), old.name(), Kind.REMOVED, List.copyOf(old.clauses()), List.of()));
            } else if (!old.content().equals(now.content())) {
                tests.add(new TestChange(now.file(), now.name(), Kind.CHANGED, List.copyOf(old.clauses()),
                        List.copyOf(now.clauses())));
            }
        }
        return new SemanticDiff(from.label(), to.label(), a == null ? null : a.guideline().version(),
                b.guideline().version(), clauses, rules, lexicons, tests, titles(before, after));
    }

    private static Map<String, String> titles(Map<String, Clause> before, Map<String, Clause> after) {
        Map<String, String> titles = new LinkedHashMap<>();
        before.values().forEach(c -> titles.put(c.id(), c.title()));
        after.values().forEach(c -> titles.put(c.id(), c.title()));
        return titles;
    }

    private static void field(List<FieldChange> fields, String name, String before, String after) {
        if (!Objects.equals(normal(before), normal(after))) {
            fields.add(new FieldChange(name, before, after));
        }
    }

    /** YAML folding may change line breaks without changing the words. */
    private static String normal(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }

    private static Map<String, Lexicon.Term> terms(Lexicon lexicon) {
        Map<String, Lexicon.Term> terms = new LinkedHashMap<>();
        if (lexicon != null) {
            lexicon.terms().forEach(t -> terms.putIfAbsent(t.phrase().toLowerCase(Locale.ROOT).strip(), t));
        }
        return terms;
    }
}
