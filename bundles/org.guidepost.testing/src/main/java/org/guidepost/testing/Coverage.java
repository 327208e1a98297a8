package org.guidepost.testing;

import java.util.List;

/**
 * How well the test cases cover a guideline. A rule is covered when it reported a finding in a passing case. A
 * clause is covered when a passing case expects it and another passing case expects it absent: a near miss, which
 * names the clause in {@code excludes}, or leaves it out of an exact {@code clauses} set while naming it in its
 * name or note ("near miss for PRV-1"). For a variant, the rules and clauses counted are those it adds or changes
 * (its own rules and clauses, the clauses whose severity it changes, the clauses its own rules enforce): what it
 * inherits unchanged is covered by the tests of the project it extends.
 *
 * @param rules             every rule of the guideline
 * @param uncoveredRules    rules that reported nothing in any passing case
 * @param clauses           every clause of the guideline
 * @param clausesWithoutHit clauses no passing case expects
 * @param clausesWithoutNearMiss clauses no passing case expects absent
 */
public record Coverage(List<String> rules, List<String> uncoveredRules, List<String> clauses,
        List<String> clausesWithoutHit, List<String> clausesWithoutNearMiss) {

    public Coverage {
        rules = List.copyOf(rules);
        uncoveredRules = List.copyOf(uncoveredRules);
        clauses = List.copyOf(clauses);
        clausesWithoutHit = List.copyOf(clausesWithoutHit);
        clausesWithoutNearMiss = List.copyOf(clausesWithoutNearMiss);
    }

    /** Percentage of rules covered (100 when there are none). */
    public double rulePercent() {
        return percent(rules.size() - uncoveredRules.size(), rules.size());
    }

    /** Percentage of clauses with both a hit and a near miss (100 when there are none). */
    public double clausePercent() {
        long covered = clauses.stream().filter(c -> !clausesWithoutHit.contains(c) && !clausesWithoutNearMiss.contains(c))
                .count();
        return percent(covered, clauses.size());
    }

    /** The figure {@code --min-coverage} compares with: the lower of the rule and the clause coverage. */
    public double percent() {
        return Math.min(rulePercent(), clausePercent());
    }

    private static double percent(long covered, long all) {
        return all == 0 ? 100.0 : 100.0 * covered / all;
    }
}
