package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Severity;
import org.guidepost.testing.CaseResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test cases catch a rule that stops working, and a guideline that does not compile runs no case. */
class BrokenProjectTest {

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aRuleThatNoLongerFiresFailsTheCasesThatNeedItAndOnlyThose(@TempDir Path tmp) throws Exception {
        Path project = Fixtures.copyClinic(tmp);
        replace(project.resolve("rules/privacy.drl"), "Communication( channel != \"email\" )",
                "Communication( channel == \"carrier-pigeon\" )");

        TestRun run = TestRunner.run(project);

        assertTrue(run.compiled(), run.diagnostics().toString());
        assertEquals(List.of(), run.diagnostics());
        assertFalse(run.succeeded());
        List<CaseResult> failed = run.results().stream().filter(r -> r.outcome() != Outcome.PASS).toList();
        String tests = project.resolve("tests") + "/";
        assertEquals(List.of(
                tests + "corpus.jsonl: corpus-dm-mri",
                tests + "privacy.yaml: A request that also shouts raises PRV-1 among others",
                tests + "prv-1-dm-your-mri.yaml: Asking for an MRI by direct message breaks PRV-1"),
                failed.stream().map(r -> r.testCase().qualifiedName()).toList());
        for (CaseResult result : failed) {
            assertEquals(Outcome.FAIL, result.outcome());
            assertEquals(Set.of("PRV-1"), result.missing());
            assertEquals("missing: PRV-1", result.problems().get(0));
        }
        assertEquals(List.of("missing: PRV-1", "verdict pass, expected fail", "no finding of PRV-1 to compare"),
                failed.get(2).problems());
        assertEquals(8, run.count(Outcome.PASS), "the email case (excludes PRV-1) still passes");

        // what passed before no longer covers the rule nor the clause
        assertEquals(List.of("PRV-1 health information request", "PRV-1 identifiable patient image", "STY-1 shouting"),
                run.coverage().uncoveredRules(), "STY-1's rule reported only in the shouting case, which now fails");
        assertEquals(List.of("PRV-1", "STY-1"), run.coverage().clausesWithoutHit());

        StringWriter console = new StringWriter();
        new ConsoleReporter(false, false).write(run, new PrintWriter(console));
        for (CaseResult result : failed) {
            assertTrue(console.toString().contains("FAIL " + result.testCase().file() + ":" + result.testCase().line() + "  "
                    + result.testCase().name()), console.toString());
        }
        assertTrue(console.toString().endsWith("8 passed, 3 failed" + System.lineSeparator()), console.toString());
    }

    @Test
    void aProjectThatDoesNotCompileRunsNoCaseAndGivesItsDiagnostics(@TempDir Path tmp) throws Exception {
        Path project = Fixtures.copyClinic(tmp);
        replace(project.resolve("rules/style.drl"), "Communication( text matches", "Communication( text matches matches");

        TestRun run = TestRunner.run(project);

        assertFalse(run.compiled());
        assertNull(run.guideline());
        assertNull(run.coverage());
        assertEquals(List.of(), run.results());
        assertTrue(run.hasErrors());
        assertFalse(run.succeeded());
        Diagnostic error = run.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertEquals("GP-DRL-1", error.code(), run.diagnostics().toString());
        assertTrue(error.file().endsWith("rules/style.drl"), error.toString());
        assertTrue(error.line() > 0, error.toString());

        StringWriter console = new StringWriter();
        new ConsoleReporter(false, true).write(run, new PrintWriter(console));
        List<String> lines = console.toString().lines().toList();
        assertTrue(lines.contains(error.toString()), console.toString());
        assertEquals(project + ": the guideline does not compile; no case was run", lines.get(lines.size() - 1));
    }

    @Test
    void aRuleForAClauseTheGuidelineLacksAlsoStopsTheRun(@TempDir Path tmp) throws Exception {
        Path project = Fixtures.copyClinic(tmp);
        replace(project.resolve("rules/style.drl"), "@clause(\"STY-1\")", "@clause(\"STY-9\")");

        TestRun run = TestRunner.run(project);

        assertFalse(run.compiled());
        assertEquals(List.of("GP-RULE-2"), run.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::code).distinct().toList(), run.diagnostics().toString());
        assertEquals(List.of(), run.results());
    }

    @Test
    void aVariantThatDoesNotCompileIsAnErrorOfTheCasesThatNameIt(@TempDir Path tmp) throws Exception {
        Path project = Fixtures.copyClinic(tmp);
        replace(tmp.resolve("clinic-strict/rules/advertising.drl"), "LexiconMatch( lexicon", "LexiconMatch( lexicon lexicon");

        TestRun run = TestRunner.run(project);

        assertTrue(run.compiled());
        CaseResult variantCase = run.results().stream().filter(r -> r.testCase().variant() != null).findFirst().orElseThrow();
        assertEquals(Outcome.ERROR, variantCase.outcome());
        assertTrue(variantCase.error().startsWith("variant clinic-strict does not compile: "), variantCase.error());
        assertTrue(variantCase.error().contains("GP-DRL-1"), variantCase.error());
        assertEquals(10, run.count(Outcome.PASS), "the other cases are checked against clinic as usual");
    }
}
