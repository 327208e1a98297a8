package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.guidepost.testing.CaseResult.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage counts passing cases only: a rule is covered when it reported a finding; a clause needs a hit (a case
 * that expects it) and a near miss (a case that excludes it, or leaves it out of an exact set and names it).
 */
class CoverageTest {
    private static final List<String> ALL_CLAUSES = List.of("PRV-1", "PRV-2", "STY-1", "OFR-1");
    private static Coverage fixture;

    @BeforeAll
    static void runFixture() {
        fixture = TestRunner.run(Fixtures.clinic()).coverage();
    }

    private static Coverage coverageOf(String caseName) {
        TestRun run = TestRunner.run(Fixtures.clinic(), name -> name.endsWith(": " + caseName));
        assertEquals(1, run.results().size(), caseName);
        assertEquals(Outcome.PASS, run.results().get(0).outcome());
        return run.coverage();
    }

    @Test
    void theFixtureLeavesOneRuleUncoveredOneClauseWithoutHitAndTwoWithoutNearMiss() {
        assertEquals(List.of("OFR-1 expired offer", "PRV-1 health information request", "PRV-1 identifiable patient image",
                "PRV-2 case story", "STY-1 shouting"), fixture.rules());
        assertEquals(List.of("PRV-1 identifiable patient image"), fixture.uncoveredRules());
        assertEquals(ALL_CLAUSES, fixture.clauses());
        // STY-1's rule reports in a passing case (among others, with includes) but no case expects the clause.
        assertEquals(List.of("STY-1"), fixture.clausesWithoutHit());
        assertEquals(List.of("STY-1", "OFR-1"), fixture.clausesWithoutNearMiss());
        assertEquals(80.0, fixture.rulePercent());
        assertEquals(50.0, fixture.clausePercent());
        assertEquals(50.0, fixture.percent(), "the lower of the two");
    }

    @Test
    void aNearMissCountsThroughExcludes() {
        Coverage coverage = coverageOf("The same request by email is fine");
        assertEquals(List.of("PRV-2", "STY-1", "OFR-1"), coverage.clausesWithoutNearMiss());
        assertEquals(ALL_CLAUSES, coverage.clausesWithoutHit());
        assertEquals(0.0, coverage.clausePercent());
        assertEquals(0.0, coverage.rulePercent(), "no rule reported anything");
    }

    @Test
    void aNearMissCountsThroughAnExactSetThatLeavesOutTheClauseNamedInTheCaseName() {
        Coverage coverage = coverageOf("Sharing what a client asked to share is no PRV-2 case story");
        assertEquals(List.of("PRV-1", "STY-1", "OFR-1"), coverage.clausesWithoutNearMiss());
    }

    @Test
    void anExactSetAloneIsNoNearMiss() {
        assertEquals(ALL_CLAUSES, coverageOf("The same offer on the day it is published is fine").clausesWithoutNearMiss());
        assertEquals(ALL_CLAUSES, coverageOf("corpus-stretch").clausesWithoutNearMiss());
    }

    @Test
    void aHitCountsThroughIncludesAndThroughAnExactSet() {
        Coverage includes = coverageOf("A request that also shouts raises PRV-1 among others");
        assertEquals(List.of("PRV-2", "STY-1", "OFR-1"), includes.clausesWithoutHit());
        assertEquals(List.of("OFR-1 expired offer", "PRV-1 identifiable patient image", "PRV-2 case story"),
                includes.uncoveredRules(), "both rules that reported are covered, STY-1's too");
        Coverage exact = coverageOf("corpus-client");
        assertEquals(List.of("PRV-1", "STY-1", "OFR-1"), exact.clausesWithoutHit());
    }

    @Test
    void onlyPassingCasesCountAndTheNoteNamesANearMissTooButNotAsPartOfALongerId(@TempDir Path tmp) throws Exception {
        Path project = Fixtures.clinicWithoutTests(tmp);
        Fixtures.write(project, "tests/coverage.yaml", """
                cases:
                  - name: Words in capitals
                    communication: {id: k-1, channel: instagram, kind: post, account: {type: clinic}, text: "STRETCH first"}
                    expect: {clauses: [STY-1]}
                  - name: Quiet words
                    note: near miss for STY-1
                    communication: {id: k-2, channel: instagram, kind: post, account: {type: clinic}, text: "Stretch first"}
                    expect: {clauses: []}
                  - name: Not PRV-10, which the guideline does not have
                    note: says nothing about PRV-1X either
                    communication: {id: k-3, channel: instagram, kind: post, account: {type: clinic}, text: "Stretch first"}
                    expect: {clauses: []}
                  - name: A failing case counts for nothing
                    communication: {id: k-4, channel: instagram, kind: post, account: {type: clinic}, text: "My patient today: DM us your MRI"}
                    expect: {includes: [OFR-1], excludes: [PRV-2]}
                """);
        TestRun run = TestRunner.run(project);
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.FAIL),
                run.results().stream().map(CaseResult::outcome).toList());
        Coverage coverage = run.coverage();
        assertEquals(List.of("PRV-1", "PRV-2", "OFR-1"), coverage.clausesWithoutHit(),
                "OFR-1 is only expected by the failing case");
        assertEquals(List.of("PRV-1", "PRV-2", "OFR-1"), coverage.clausesWithoutNearMiss(),
                "STY-1 through the note; not PRV-1 through 'PRV-10', nor PRV-2 through the failing case");
        assertEquals(List.of("OFR-1 expired offer", "PRV-1 health information request", "PRV-1 identifiable patient image",
                "PRV-2 case story"), coverage.uncoveredRules(), "the rules reported only in the failing case");
        assertEquals(25.0, coverage.clausePercent());
        assertEquals(20.0, coverage.rulePercent());
        assertEquals(20.0, coverage.percent());
    }

    @Test
    void nothingToCoverIsFullyCovered() {
        Coverage empty = new Coverage(List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(100.0, empty.rulePercent());
        assertEquals(100.0, empty.clausePercent());
        assertEquals(100.0, empty.percent());
    }
}
