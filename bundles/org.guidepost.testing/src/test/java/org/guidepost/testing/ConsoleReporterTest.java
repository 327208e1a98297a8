package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run for people at a terminal: problems, each case that did not pass with what differed, a closing count. */
class ConsoleReporterTest {
    private static final String ESC = "\u001b[";

    @TempDir
    static Path tmp;
    private static Path project;
    private static TestRun mixed;
    private static TestRun green;

    @BeforeAll
    static void run() throws Exception {
        project = Fixtures.reportProject(tmp);
        mixed = TestRunner.run(project);
        green = TestRunner.run(Fixtures.clinic());
    }

    private static String write(TestRun run, boolean colour, boolean coverage) {
        StringWriter out = new StringWriter();
        new ConsoleReporter(colour, coverage).write(run, new PrintWriter(out));
        return out.toString();
    }

    private static String lastLine(String output) {
        List<String> lines = output.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void aFailingCaseShowsItsFileLineNameExpectedAndGotAndEveryProblem() {
        String output = write(mixed, false, false);
        String file = project.resolve("tests/a-mixed.yaml").toString();
        List<String> lines = output.lines().toList();
        int fail = lines.indexOf("  FAIL " + file + ":5  fails");
        assertTrue(fail >= 0, output);
        assertEquals(List.of(
                "       expected [PRV-2], got [PRV-1]",
                "       missing: PRV-2",
                "       unexpected: PRV-1",
                "       verdict fail, expected review"), lines.subList(fail + 1, fail + 5));
        int error = lines.indexOf("  ERROR " + file + ":8  errs");
        assertTrue(error >= 0, output);
        assertEquals("       the case expects clause XYZ-9, which clinic does not have", lines.get(error + 1));
        assertFalse(output.contains("passes"), "passing cases are not listed: " + output);
        assertFalse(output.contains("Quiet words pass"), output);
    }

    @Test
    void problemsReadingTheTestFilesComeFirstAsDiagnostics() {
        List<String> lines = write(mixed, false, false).lines().toList();
        assertEquals(mixed.diagnostics().stream().map(Object::toString).toList(), lines.subList(0, 2));
        assertEquals(project.resolve("tests/a-mixed.yaml") + ":12:1: error GP-TEST-3", lines.get(0).substring(0,
                lines.get(0).indexOf(" cannot read")));
        assertTrue(lines.get(1).startsWith(project.resolve("tests/b-broken.yaml") + ":4:3: error GP-YAML-2 "), lines.get(1));
        assertEquals(project + " (clinic 1.0.0): 4 cases", lines.get(2));
    }

    @Test
    void theLastLineCountsPassedAndFailedWithoutColourWhenNotAsked() {
        String output = write(mixed, false, false);
        assertFalse(output.contains("\u001b"), output);
        // failed: 1 failing case, 1 erroring case and the 2 problems that kept cases from running
        assertEquals("2 passed, 4 failed", lastLine(output));
        assertTrue(output.contains("1 case could not run (errors above)"), output);

        String greenOutput = write(green, false, false);
        assertFalse(greenOutput.contains("\u001b"), greenOutput);
        assertEquals("11 passed, 0 failed", lastLine(greenOutput));
        assertTrue(greenOutput.endsWith("11 passed, 0 failed" + System.lineSeparator()));
    }

    @Test
    void colourMarksFailuresRedErrorsMagentaAndAGreenRunGreen() {
        String output = write(mixed, true, false);
        String file = project.resolve("tests/a-mixed.yaml").toString();
        assertTrue(output.contains("  " + ESC + "31mFAIL" + ESC + "0m " + file + ":5  fails"), output);
        assertTrue(output.contains("  " + ESC + "35mERROR" + ESC + "0m " + file + ":8  errs"), output);
        assertEquals("2 passed, " + ESC + "31m4 failed" + ESC + "0m", lastLine(output));
        assertEquals("2 passed, 4 failed", lastLine(output).replaceAll("\u001b\\[\\d+m", ""));

        assertEquals(ESC + "32m11 passed" + ESC + "0m, 0 failed", lastLine(write(green, true, false)));
    }

    @Test
    void coverageIsShownOnlyWhenAsked() {
        String output = write(green, false, true);
        List<String> lines = output.lines().toList();
        int at = lines.indexOf("coverage: rules 80.0% (4/5), clauses 50.0% (2/4)");
        assertTrue(at >= 0, output);
        assertEquals(List.of(
                "  rules that reported nothing in a passing case: PRV-1 identifiable patient image",
                "  clauses no passing case expects: STY-1",
                "  clauses without a near miss (a passing case that expects them absent): STY-1, OFR-1"),
                lines.subList(at + 1, at + 4));
        assertFalse(write(green, false, false).contains("coverage"));
    }
}
