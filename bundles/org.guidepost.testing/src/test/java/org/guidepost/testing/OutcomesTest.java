package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidepost.testing.CaseResult.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What running a case gives: pass, fail with what differs (in sets and in words), or error when it cannot run. */
class OutcomesTest {
    static final String OUTCOMES = """
            cases:
              - name: passes
                communication: {id: o-1, channel: instagram, kind: post, account: {type: clinic}, text: "DM us your MRI"}
                expect: {clauses: [PRV-1], verdict: fail}
              - name: wrong exact set
                communication: {id: o-2, channel: instagram, kind: post, account: {type: clinic}, text: "DM us your MRI, my patient today did"}
                expect: {clauses: [PRV-1, STY-1]}
              - name: wrong includes and excludes
                communication: {id: o-3, channel: instagram, kind: post, account: {type: clinic}, text: "My patient today: DM us your MRI TODAY"}
                expect: {includes: [OFR-1, PRV-1], excludes: [PRV-2]}
              - name: wrong verdict
                communication: {id: o-4, channel: instagram, kind: post, account: {type: clinic}, text: "My patient today ran 10 km"}
                expect: {includes: [PRV-2], verdict: fail}
              - name: wrong severity
                communication: {id: o-5, channel: instagram, kind: post, account: {type: clinic}, text: "My patient today ran 10 km"}
                expect:
                  includes: [PRV-2]
                  findings: [{clause: PRV-2, severity: error}]
              - name: wrong excerpt
                communication: {id: o-6, channel: instagram, kind: post, account: {type: clinic}, text: "DM us your MRI"}
                expect:
                  clauses: [PRV-1]
                  findings: [{clause: PRV-1, severity: error, excerpt: send us your x-ray}]
              - name: details of a finding that is not there
                communication: {id: o-7, channel: instagram, kind: post, account: {type: clinic}, text: "DM us your MRI"}
                expect:
                  includes: [PRV-1]
                  findings: [{clause: STY-1, severity: info}]
              - name: a clause the guideline lacks
                communication: {id: o-8, channel: instagram, kind: post, account: {type: clinic}, text: "DM us your MRI"}
                expect: {clauses: [PRV-1, XYZ-9]}
              - name: a clause only the variant has, without the variant
                communication: {id: o-9, channel: instagram, kind: post, account: {type: clinic}, text: "We guarantee results"}
                expect: {includes: [ADV-1]}
              - name: a variant that is not there
                variant: clinic-lenient
                communication: {id: o-10, channel: instagram, kind: post, account: {type: clinic}, text: "DM us your MRI"}
                expect: {clauses: [PRV-1]}
            """;

    @TempDir
    static Path tmp;
    private static Path project;
    private static TestRun run;
    private static Map<String, CaseResult> results;

    @BeforeAll
    static void runCases() throws Exception {
        project = Fixtures.clinicWithoutTests(tmp);
        Fixtures.write(project, "tests/outcomes.yaml", OUTCOMES);
        run = TestRunner.run(project);
        results = Fixtures.byName(run);
    }

    @Test
    void everyCaseRunsAndTheRunDoesNotSucceed() {
        assertEquals(List.of(), run.diagnostics());
        assertEquals(10, run.results().size());
        assertEquals(1, run.count(Outcome.PASS));
        assertEquals(6, run.count(Outcome.FAIL));
        assertEquals(3, run.count(Outcome.ERROR));
        assertTrue(run.compiled());
        assertFalse(run.hasErrors(), "failing cases are not diagnostics");
        assertFalse(run.succeeded());
    }

    @Test
    void aCaseThatGetsWhatItExpectsPasses() {
        CaseResult result = results.get("passes");
        assertEquals(Outcome.PASS, result.outcome());
        assertEquals(Set.of("PRV-1"), result.expected());
        assertEquals(Set.of("PRV-1"), result.actual());
        assertEquals(Set.of(), result.missing());
        assertEquals(Set.of(), result.unexpected());
        assertEquals(List.of(), result.problems());
        assertNotNull(result.report());
        assertNull(result.error());
        assertEquals(2, result.testCase().line(), "the line of the case's \"- name\"");
    }

    @Test
    void anExactSetFailsOnClausesMissingAndOnEveryClauseOutsideIt() {
        CaseResult result = results.get("wrong exact set");
        assertEquals(Outcome.FAIL, result.outcome());
        assertEquals(Set.of("PRV-1", "STY-1"), result.expected());
        assertEquals(Set.of("PRV-1", "PRV-2"), result.actual());
        assertEquals(Set.of("STY-1"), result.missing());
        assertEquals(Set.of("PRV-2"), result.unexpected());
        assertEquals(List.of("missing: STY-1", "unexpected: PRV-2"), result.problems());
        assertNull(result.error());
        assertNotNull(result.report());
    }

    @Test
    void includesFailOnlyOnWhatIsMissingAndExcludesOnlyOnWhatTheyName() {
        CaseResult result = results.get("wrong includes and excludes");
        assertEquals(Outcome.FAIL, result.outcome());
        assertEquals(Set.of("OFR-1", "PRV-1"), result.expected());
        assertEquals(Set.of("PRV-1", "PRV-2", "STY-1"), result.actual());
        assertEquals(Set.of("OFR-1"), result.missing());
        assertEquals(Set.of("PRV-2"), result.unexpected(), "STY-1 is raised too, but the case does not rule it out");
        assertEquals(List.of("missing: OFR-1", "unexpected: PRV-2"), result.problems());
    }

    @Test
    void aVerdictMismatchFailsEvenWithTheRightClauses() {
        CaseResult result = results.get("wrong verdict");
        assertEquals(Outcome.FAIL, result.outcome());
        assertEquals(Set.of(), result.missing());
        assertEquals(Set.of(), result.unexpected());
        assertEquals(List.of("verdict review, expected fail"), result.problems());
    }

    @Test
    void aSeverityMismatchFails() {
        CaseResult result = results.get("wrong severity");
        assertEquals(Outcome.FAIL, result.outcome());
        assertEquals(List.of("PRV-2 is warning, expected error"), result.problems());
    }

    @Test
    void anExcerptMismatchFailsAndSaysWhatTheFindingQuotes() {
        CaseResult result = results.get("wrong excerpt");
        assertEquals(Outcome.FAIL, result.outcome());
        assertEquals(List.of("PRV-1 quotes 'DM us your MRI', expected 'send us your x-ray'"), result.problems(),
                "the severity matched, so only the excerpt is a problem");
    }

    @Test
    void detailsOfAFindingThatIsNotRaisedFail() {
        CaseResult result = results.get("details of a finding that is not there");
        assertEquals(Outcome.FAIL, result.outcome());
        assertEquals(List.of("no finding of STY-1 to compare"), result.problems());
    }

    @Test
    void aClauseTheGuidelineLacksIsAnErrorNotAFailure() {
        CaseResult result = results.get("a clause the guideline lacks");
        assertEquals(Outcome.ERROR, result.outcome());
        assertEquals("the case expects clause XYZ-9, which clinic does not have", result.error());
        assertEquals(List.of(result.error()), result.problems());
        assertNull(result.report(), "the communication is not checked");
        assertEquals(Set.of("PRV-1", "XYZ-9"), result.expected());
        assertEquals(Set.of(), result.actual());

        CaseResult variantOnly = results.get("a clause only the variant has, without the variant");
        assertEquals(Outcome.ERROR, variantOnly.outcome());
        assertEquals("the case expects clause ADV-1, which clinic does not have", variantOnly.error());
    }

    @Test
    void anUnknownVariantIsAnError() {
        CaseResult result = results.get("a variant that is not there");
        assertEquals(Outcome.ERROR, result.outcome());
        assertNull(result.report());
        assertTrue(result.error().startsWith("no variant 'clinic-lenient' beside "), result.error());
        assertTrue(result.error().contains(project.toString()), result.error());
    }
}
