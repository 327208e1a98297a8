package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each clause traced to its rules and cases, with the gaps named. */
class TraceabilityTest {
    @Test
    void theFixtureTracesEveryClauseAndNamesItsGaps() {
        Traceability trace = TestRunner.trace(Fixtures.clinic(), TestRunner.Progress.NONE);

        List<String> ids = trace.clauses().stream().map(Traceability.ClauseTrace::clause).toList();
        assertTrue(ids.contains("PRV-1"), ids.toString());
        Traceability.ClauseTrace prv1 = trace.clauses().stream().filter(c -> c.clause().equals("PRV-1")).findFirst().orElseThrow();
        assertEquals(List.of("PRV-1 health information request", "PRV-1 identifiable patient image"),
                prv1.rules().stream().map(Traceability.RuleTrace::rule).sorted().toList());
        assertTrue(prv1.rules().stream().filter(r -> r.rule().equals("PRV-1 health information request"))
                .allMatch(Traceability.RuleTrace::proven));
        assertTrue(prv1.rules().stream().filter(r -> r.rule().equals("PRV-1 identifiable patient image"))
                .noneMatch(Traceability.RuleTrace::proven), "no case exercises the image rule");
        assertFalse(prv1.hits().isEmpty());
        assertTrue(prv1.gaps().contains("rule \"PRV-1 identifiable patient image\" reports nothing in any passing case"),
                prv1.gaps().toString());
        assertTrue(prv1.rules().stream().allMatch(r -> r.file().endsWith("privacy.drl")));
    }

    @Test
    void readingAloneFindsClausesWithoutRulesOrCases() throws Exception {
        java.nio.file.Path project = org.guidepost.model.GuidelineScaffold.createProject(
                java.nio.file.Files.createTempDirectory("gaps"), "gaps", "Gaps", null, "CLM-1");
        java.nio.file.Path guideline = project.resolve("guideline.yaml");
        java.nio.file.Files.writeString(guideline, java.nio.file.Files.readString(guideline)
                + "  - id: CLM-2\n    title: Cures\n    severity: warning\n    text: Do not claim to cure.\n");

        java.util.Map<String, List<String>> gaps = ClauseGaps.of(project);

        assertEquals(List.of(), gaps.get("CLM-1"));
        assertEquals(List.of("no rule", "no test case", "no near miss"), gaps.get("CLM-2"));
    }
}
