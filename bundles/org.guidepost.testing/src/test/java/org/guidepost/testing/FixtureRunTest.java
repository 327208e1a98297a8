package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidepost.model.Evidence;
import org.guidepost.model.Finding;
import org.guidepost.model.Report;
import org.guidepost.model.Severity;
import org.guidepost.model.Verdict;
import org.guidepost.testing.CaseResult.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixture project {@code clinic} runs green: every kind of test file is read (one case, several under
 * {@code cases}, a communication in a JSON file, a JSONL corpus) and every kind of expectation is checked
 * (clauses, includes/excludes, verdict, findings with severity and excerpt, date, variant).
 */
class FixtureRunTest {
    /** The project as a relative path, as a user names it on the command line: names stay short and stable. */
    static final Path CLINIC = Path.of("").toAbsolutePath().relativize(Fixtures.clinic());
    static final String TESTS = CLINIC + "/tests/";

    private static TestRun run;
    private static Map<String, CaseResult> results;

    @BeforeAll
    static void runFixture() {
        run = TestRunner.run(CLINIC);
        results = Fixtures.byName(run);
    }

    @Test
    void theFixtureCompilesAndEveryCasePasses() {
        assertEquals(List.of(), run.diagnostics());
        assertEquals("clinic 1.0.0", run.guideline());
        assertEquals(CLINIC.toString(), run.project());
        for (CaseResult result : run.results()) {
            assertEquals(Outcome.PASS, result.outcome(), result.testCase().qualifiedName() + ": " + result.problems());
            assertEquals(List.of(), result.problems());
            assertNull(result.error());
        }
        assertEquals(11, run.results().size());
        assertEquals(11, run.count(Outcome.PASS));
        assertTrue(run.compiled());
        assertTrue(run.succeeded());
    }

    @Test
    void casesComeInFileNameOrderWithTheirFileAndLine() {
        List<String> places = run.results().stream()
                .map(r -> r.testCase().file().substring(TESTS.length()) + ":" + r.testCase().line() + " " + r.testCase().name())
                .toList();
        assertEquals(List.of(
                "corpus.jsonl:1 corpus-dm-mri",
                "corpus.jsonl:2 corpus-stretch",
                "corpus.jsonl:4 corpus-client",
                "offers.yaml:3 An offer that ended before the day of the check has expired",
                "offers.yaml:9 The same offer on the day it is published is fine",
                "privacy.yaml:3 The same request by email is fine",
                "privacy.yaml:13 A request that also shouts raises PRV-1 among others",
                "privacy.yaml:23 A patient's story is a case story",
                "privacy.yaml:37 Sharing what a client asked to share is no PRV-2 case story",
                "prv-1-dm-your-mri.yaml:2 Asking for an MRI by direct message breaks PRV-1",
                "variant-strict.yaml:2 In the strict variant a case story is an error and a guarantee breaks ADV-1"),
                places);
    }

    @Test
    void aSingleCaseFileGivesOneCaseWithItsExactClausesVerdictAndFindingDetails() {
        CaseResult result = results.get("Asking for an MRI by direct message breaks PRV-1");
        TestCase testCase = result.testCase();
        assertEquals(TESTS + "prv-1-dm-your-mri.yaml", testCase.file());
        assertEquals("the request the guideline was written for", testCase.note());
        assertEquals("t-prv-1-dm", testCase.communication().getId());
        Expectation expectation = testCase.expectation();
        assertEquals(Set.of("PRV-1"), expectation.clauses());
        assertEquals(Verdict.FAIL, expectation.verdict());
        assertEquals(List.of(new Expectation.ExpectedFinding("PRV-1", Severity.ERROR, "dm us your mri")),
                expectation.findings());
        assertEquals(Set.of("PRV-1"), result.expected());
        assertEquals(Set.of("PRV-1"), result.actual());
        assertEquals(Verdict.FAIL, result.report().verdict());
        assertEquals("DM us your MRI", result.report().findings().get(0).getEvidence().get(0).excerpt(),
                "the excerpt is compared case-insensitively");
    }

    @Test
    void casesUnderCasesKeepIncludesExcludesAndNotes() {
        CaseResult email = results.get("The same request by email is fine");
        assertNull(email.testCase().expectation().clauses());
        assertEquals(Set.of(), email.testCase().expectation().includes());
        assertEquals(Set.of("PRV-1"), email.testCase().expectation().excludes());
        assertEquals(Set.of(), email.expected());
        assertEquals(Verdict.PASS, email.report().verdict());

        CaseResult shout = results.get("A request that also shouts raises PRV-1 among others");
        assertEquals(Set.of("PRV-1"), shout.testCase().expectation().includes());
        assertEquals(Set.of("PRV-1"), shout.expected());
        assertEquals(Set.of("PRV-1", "STY-1"), shout.actual(), "includes allows other clauses");
        assertEquals(Set.of(), shout.unexpected());

        CaseResult story = results.get("A patient's story is a case story");
        assertEquals(Verdict.REVIEW, story.testCase().expectation().verdict());
        assertEquals(List.of(new Expectation.ExpectedFinding("PRV-2", Severity.WARNING, "my patient today")),
                story.testCase().expectation().findings());

        assertEquals("the exception in the case-stories lexicon",
                results.get("Sharing what a client asked to share is no PRV-2 case story").testCase().note());
    }

    @Test
    void aCommunicationMayBeAJsonFileBesideTheTestFileAndDateFixesTheDayOfTheCheck() {
        CaseResult expired = results.get("An offer that ended before the day of the check has expired");
        CaseResult published = results.get("The same offer on the day it is published is fine");
        for (CaseResult result : List.of(expired, published)) {
            assertEquals("t-ofr-1-spring", result.testCase().communication().getId());
            assertEquals("2026-02-28", result.testCase().communication().getOffers().get(0).getExpires());
            assertEquals(TESTS + "offers.yaml", result.testCase().file(), "the case belongs to the YAML file");
        }
        // The offer expires on 2026-02-28 and is published on 2026-01-15: only the date makes it expired.
        assertEquals(LocalDate.of(2026, 3, 1), expired.testCase().date());
        assertEquals(Set.of("OFR-1"), expired.actual());
        Finding finding = expired.report().findings().get(0);
        assertEquals("OFR-1 expired offer", finding.getRule());
        assertEquals(List.of("/offers/0"), finding.getEvidence().stream().map(Evidence::field).toList());
        assertNull(published.testCase().date());
        assertEquals(Set.of(), published.actual(), "without a date the check runs on publishedAt");
    }

    @Test
    void aCorpusLineIsACaseNamedByItsCommunicationWithTheExactClausesAndTheNote() {
        CaseResult mri = results.get("corpus-dm-mri");
        assertEquals(TESTS + "corpus.jsonl", mri.testCase().file());
        assertEquals(1, mri.testCase().line());
        assertEquals("a request in a comment", mri.testCase().note());
        assertEquals(Set.of("PRV-1"), mri.testCase().expectation().clauses());
        assertNull(mri.testCase().expectation().verdict());
        assertEquals(Set.of(), results.get("corpus-stretch").testCase().expectation().clauses());
        assertNull(results.get("corpus-stretch").testCase().note());
        assertEquals(4, results.get("corpus-client").testCase().line(), "blank lines are skipped but counted");
    }

    @Test
    void aCaseNamingAVariantIsCheckedAgainstTheVariantBesideTheProject() {
        CaseResult result = results.get("In the strict variant a case story is an error and a guarantee breaks ADV-1");
        assertEquals("clinic-strict", result.testCase().variant());
        Report report = result.report();
        assertEquals(new Report.PackId("clinic-strict", "2.0.0"), report.pack());
        assertEquals(Set.of("ADV-1", "PRV-2"), result.actual(),
                "ADV-1 exists only in the variant; STY-1 (shouting) is switched off there");
        Finding caseStory = report.findings().stream().filter(f -> f.getClause().equals("PRV-2")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, caseStory.getSeverity(), "a warning in clinic, an error in clinic-strict");
        assertEquals("One of my clients", caseStory.getEvidence().get(0).excerpt(), "a term the variant added");
    }

    @Test
    void theFilterSeesQualifiedNamesAndOnlyTheCasesItAcceptsRun() {
        List<String> offered = new ArrayList<>();
        TestRun filtered = TestRunner.run(CLINIC, name -> {
            offered.add(name);
            return name.startsWith(TESTS + "privacy.yaml: ") || name.equals(TESTS + "corpus.jsonl: corpus-stretch");
        });

        assertEquals(run.results().stream().map(r -> r.testCase().qualifiedName()).toList(), offered);
        assertTrue(offered.contains(TESTS + "privacy.yaml: The same request by email is fine"), offered.toString());
        assertEquals(List.of("corpus-stretch", "The same request by email is fine",
                "A request that also shouts raises PRV-1 among others", "A patient's story is a case story",
                "Sharing what a client asked to share is no PRV-2 case story"),
                filtered.results().stream().map(r -> r.testCase().name()).toList());
        assertTrue(filtered.succeeded());
        assertEquals(List.of(), TestRunner.run(CLINIC, name -> false).results());
    }

    @Test
    void aProjectPathIsKeptAsGivenInFileNames() {
        Path absolute = Fixtures.clinic();
        TestRun absoluteRun = TestRunner.run(absolute, name -> name.endsWith(": corpus-stretch"));
        assertEquals(absolute.resolve("tests/corpus.jsonl").toString(), absoluteRun.results().get(0).testCase().file());
        assertEquals(absolute + "/tests/corpus.jsonl: corpus-stretch", absoluteRun.results().get(0).testCase().qualifiedName());
    }

    @Test
    void progressSeesEveryCaseAndCancellingStopsTheRun() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        int[] total = {-1};
        TestRun all = TestRunner.run(Fixtures.clinic(), name -> true, new TestRunner.Progress() {
            @Override
            public void started(int cases) {
                total[0] = cases;
            }

            @Override
            public void ran(CaseResult result) {
                seen.add(result.testCase().qualifiedName());
            }
        });
        assertEquals(all.results().size(), total[0]);
        assertEquals(all.results().stream().map(r -> r.testCase().qualifiedName()).toList(), seen);

        TestRun cancelled = TestRunner.run(Fixtures.clinic(), name -> true, new TestRunner.Progress() {
            private int ran;

            @Override
            public void ran(CaseResult result) {
                ran++;
            }

            @Override
            public boolean isCancelled() {
                return ran >= 2;
            }
        });
        assertEquals(2, cancelled.results().size());
    }
}
