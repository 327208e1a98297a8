package org.guidepost.testing;

import java.util.List;
import java.util.Set;
import org.guidepost.model.Severity;
import org.guidepost.model.Verdict;

/**
 * What checking a test case's communication must give.
 *
 * @param clauses  the exact set of clauses raised, or null when not given
 * @param includes clauses that must be raised (among others)
 * @param excludes clauses that must not be raised
 * @param verdict  the verdict, or null when not given
 * @param findings details some findings must have
 */
public record Expectation(Set<String> clauses, Set<String> includes, Set<String> excludes, Verdict verdict,
        List<ExpectedFinding> findings) {

    public Expectation {
        clauses = clauses == null ? null : Set.copyOf(clauses);
        includes = includes == null ? Set.of() : Set.copyOf(includes);
        excludes = excludes == null ? Set.of() : Set.copyOf(excludes);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Whether the case expects {@code clause} to be raised. */
    public boolean expectsPresent(String clause) {
        return clauses != null ? clauses.contains(clause) : includes.contains(clause);
    }

    /** Whether the case expects {@code clause} not to be raised, by name: in 'excludes', or left out of 'clauses'. */
    public boolean expectsAbsent(String clause) {
        return excludes.contains(clause) || clauses != null && !clauses.contains(clause);
    }

    /**
     * A detail a finding must have.
     *
     * @param clause   the clause of the finding
     * @param severity its severity, or null
     * @param excerpt  words its evidence must quote (case-insensitive), or null
     */
    public record ExpectedFinding(String clause, Severity severity, String excerpt) {
    }
}
