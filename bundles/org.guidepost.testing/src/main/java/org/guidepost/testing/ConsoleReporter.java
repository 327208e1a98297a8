package org.guidepost.testing;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Severity;
import org.guidepost.testing.CaseResult.Outcome;

/**
 * The test run for people at a terminal: problems first, then each case that did not pass with what differed,
 * coverage when asked, and a closing line {@code N passed, N failed}. Colour only when asked (a terminal).
 */
public final class ConsoleReporter {
    private final boolean colour;
    private final boolean showCoverage;

    public ConsoleReporter(boolean colour, boolean showCoverage) {
        this.colour = colour;
        this.showCoverage = showCoverage;
    }

    public void write(TestRun run, PrintWriter out) {
        for (Diagnostic diagnostic : run.diagnostics()) {
            out.println(diagnostic);
        }
        if (!run.compiled()) {
            out.println(run.project() + ": the guideline does not compile; no case was run");
            return;
        }
        out.println(run.project() + " (" + run.guideline() + "): " + plural(run.results().size(), "case"));
        for (CaseResult result : run.results()) {
            if (result.outcome() == Outcome.PASS) {
                continue;
            }
            TestCase testCase = result.testCase();
            String label = result.outcome() == Outcome.FAIL ? paint("FAIL", "31") : paint("ERROR", "35");
            out.println("  " + label + " " + testCase.file() + ":" + testCase.line() + "  " + testCase.name());
            if (result.outcome() == Outcome.FAIL) {
                out.println("       expected " + result.expected() + (testCase.expectation().clauses() == null ? " (among others)" : "")
                        + ", got " + result.actual());
            }
            for (String problem : result.problems()) {
                out.println("       " + problem);
            }
        }
        if (showCoverage && run.coverage() != null) {
            Coverage coverage = run.coverage();
            out.println(String.format(Locale.ROOT, "coverage: rules %.1f%% (%d/%d), clauses %.1f%% (%d/%d)",
                    coverage.rulePercent(), coverage.rules().size() - coverage.uncoveredRules().size(), coverage.rules().size(),
                    coverage.clausePercent(), Math.round(coverage.clausePercent() * coverage.clauses().size() / 100),
                    coverage.clauses().size()));
            list(out, "rules that reported nothing in a passing case", coverage.uncoveredRules());
            list(out, "clauses no passing case expects", coverage.clausesWithoutHit());
            list(out, "clauses without a near miss (a passing case that expects them absent)", coverage.clausesWithoutNearMiss());
        }
        // A case that could not be read failed too: the closing line must not look green.
        long unreadable = run.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        long failed = run.count(Outcome.FAIL) + run.count(Outcome.ERROR) + unreadable;
        if (run.count(Outcome.ERROR) > 0) {
            out.println(plural(run.count(Outcome.ERROR), "case") + " could not run (errors above)");
        }
        if (unreadable > 0) {
            out.println(plural(unreadable, "problem") + " in the test files (above): those cases did not run");
        }
        out.println(String.format(Locale.ROOT, "ran in %.0f ms", run.nanos() / 1e6));
        out.println(paint(run.count(Outcome.PASS) + " passed", failed == 0 ? "32" : "0") + ", "
                + paint(failed + " failed", failed == 0 ? "0" : "31"));
        out.flush();
    }

    private static void list(PrintWriter out, String what, List<String> items) {
        if (!items.isEmpty()) {
            out.println("  " + what + ": " + String.join(", ", items));
        }
    }

    private String paint(String text, String code) {
        return colour && !"0".equals(code) ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
