package org.guidepost.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * For each clause of a guideline: the rules that enforce it and the test cases that prove it, from a full test run,
 * with the gaps a committee would ask about. Computed by {@link TestRunner#trace}.
 *
 * @param project the project, as the caller named it
 * @param clauses one entry per clause, in the guideline's order; empty when the guideline does not compile
 * @param run     the test run the traces come from
 */
public record Traceability(String project, List<ClauseTrace> clauses, TestRun run) {

    public Traceability {
        clauses = List.copyOf(clauses);
    }

    /**
     * One clause's trace.
     *
     * @param clause     the clause id
     * @param title      its title
     * @param rules      the rules that enforce it, with whether a passing case made each one report
     * @param hits       passing cases that expect it raised
     * @param nearMisses passing cases that expect it absent (by name)
     * @param failing    failing cases that expect or raise it
     */
    public record ClauseTrace(String clause, String title, List<RuleTrace> rules, List<TestCase> hits,
            List<TestCase> nearMisses, List<TestCase> failing) {

        public ClauseTrace {
            rules = List.copyOf(rules);
            hits = List.copyOf(hits);
            nearMisses = List.copyOf(nearMisses);
            failing = List.copyOf(failing);
        }

        /** What is missing to trust this clause, in words; empty when nothing is. */
        public List<String> gaps() {
            List<String> gaps = new ArrayList<>();
            if (rules.isEmpty()) {
                gaps.add("no rule enforces it");
            }
            rules.stream().filter(r -> !r.proven()).forEach(r -> gaps.add("rule \"" + r.rule() + "\" reports nothing in any passing case"));
            if (hits.isEmpty()) {
                gaps.add("no passing case expects it");
            }
            if (nearMisses.isEmpty()) {
                gaps.add("no near miss (a passing case that expects it absent)");
            }
            if (!failing.isEmpty()) {
                gaps.add(failing.size() + (failing.size() == 1 ? " failing case" : " failing cases"));
            }
            return gaps;
        }
    }

    /**
     * A rule that enforces a clause.
     *
     * @param rule   its name
     * @param file   the rule file that defines it, as diagnostics name it
     * @param proven whether it reported a finding in a passing case
     */
    public record RuleTrace(String rule, String file, boolean proven) {
    }
}
