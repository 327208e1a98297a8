package org.guidepost.testing;

import java.util.List;
import java.util.Set;
import org.guidepost.model.Report;

/**
 * What running one test case gave.
 *
 * @param testCase   the case
 * @param outcome    pass, fail or error
 * @param expected   the clauses the case expects raised (its exact set, or its includes)
 * @param actual     the clauses raised
 * @param missing    expected clauses that were not raised
 * @param unexpected clauses raised that the case rules out
 * @param problems   every way the result differs from the expectation, in words (empty when it passes)
 * @param report     the report, or null when the check failed with an error
 * @param error      what went wrong when the outcome is an error, else null
 * @param nanos      how long the check took
 */
public record CaseResult(TestCase testCase, Outcome outcome, Set<String> expected, Set<String> actual,
        Set<String> missing, Set<String> unexpected, List<String> problems, Report report, String error, long nanos) {

    /** The outcome of a test case. */
    public enum Outcome {
        PASS, FAIL, ERROR
    }

    public CaseResult {
        expected = Set.copyOf(expected);
        actual = Set.copyOf(actual);
        missing = Set.copyOf(missing);
        unexpected = Set.copyOf(unexpected);
        problems = List.copyOf(problems);
    }
}
