package org.guidepost.testing;

import java.util.List;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Severity;

/**
 * The result of running a project's test cases.
 *
 * @param project     the project folder, as the caller named it
 * @param guideline   the guideline's id and version, e.g. {@code model-social-media 1.0.0}, or null when it did not
 *                    compile
 * @param diagnostics problems compiling the guideline or reading the test files
 * @param results     one per case run, in file order
 * @param coverage    how well the cases cover the guideline, or null when it did not compile
 * @param nanos       how long running the cases took (compilation excluded)
 */
public record TestRun(String project, String guideline, List<Diagnostic> diagnostics, List<CaseResult> results,
        Coverage coverage, long nanos) {

    public TestRun {
        diagnostics = List.copyOf(diagnostics);
        results = List.copyOf(results);
    }

    /** Whether the guideline compiled (the cases could run). */
    public boolean compiled() {
        return guideline != null;
    }

    /** Whether any test file could not be read or any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public long count(CaseResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Whether every case passed and nothing could not be read. */
    public boolean succeeded() {
        return compiled() && !hasErrors() && count(CaseResult.Outcome.PASS) == results.size();
    }
}
