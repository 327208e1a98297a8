package org.guidepost.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.guidepost.model.Communication;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Evidence;
import org.guidepost.model.Finding;
import org.guidepost.model.Report;
import org.guidepost.model.Severity;
import org.guidepost.model.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiling guideline projects and checking communications, on a flat classpath (no OSGi). */
class RuleEngineTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static RuleSet base;
    private static RuleSet variant;

    @BeforeAll
    static void compile() throws Exception {
        base = RuleEngine.compileProject(Fixtures.project("base")).ruleSetOrThrow();
        variant = RuleEngine.compileProject(Fixtures.project("variant")).ruleSetOrThrow();
    }

    @Test
    void aProjectCompilesWithoutDiagnostics() {
        Compilation compilation = RuleEngine.compileProject(Fixtures.project("base"));
        assertEquals(List.of(), compilation.diagnostics());
        assertEquals(List.of("A-1 health information request", "A-2 case story", "A-3 shouting"), base.ruleNames());
    }

    @Test
    void aFindingSaysWhichClauseHowBadWhatToDoAndWhere() {
        String text = "Sore knee? Send us your X-rays and we'll have a look!";
        Report report = base.check(Fixtures.post(text), DAY);

        assertEquals("c-1", report.communication());
        assertEquals(new Report.PackId("fixture-base", "1.2.0"), report.pack());
        assertEquals(Verdict.FAIL, report.verdict());
        Finding finding = report.findings().get(0);
        assertEquals("A-1", finding.getClause());
        assertEquals("A-1 health information request", finding.getRule());
        assertEquals(Severity.ERROR, finding.getSeverity());
        assertEquals("Asks for health information through a social channel.", finding.getMessage());
        assertEquals("Direct people to the clinic's secure channels.", finding.getRemediation());
        int start = text.indexOf("Send");
        assertEquals(List.of(Evidence.of("/text", start, start + "Send us your X-rays".length(), "Send us your X-rays")),
                finding.getEvidence());
    }

    @Test
    void evidenceOffsetsAreUtf16EvenAfterEmojiAndAccents() {
        String text = "🏃‍♀️ Café talk 🎉: DM us your x-ray, s'il vous plaît";
        Finding finding = base.check(Fixtures.post(text), DAY).findings().get(0);

        Evidence evidence = finding.getEvidence().get(0);
        assertEquals(text.indexOf("DM us"), evidence.start());
        assertEquals("DM us your x-ray", text.substring(evidence.start(), evidence.end()));
        assertEquals("DM us your x-ray", evidence.excerpt());
    }

    @Test
    void theVerdictFollowsTheWorstFinding() {
        assertEquals(Verdict.PASS, base.check(Fixtures.post("Stretch before you run."), DAY).verdict());
        assertEquals(Verdict.PASS, base.check(Fixtures.post("STRETCH before you run."), DAY).verdict(), "info only");
        Report review = base.check(Fixtures.post("My patient today ran 10 km!"), DAY);
        assertEquals(Verdict.REVIEW, review.verdict());
        assertEquals(List.of("A-2"), review.findings().stream().map(Finding::getClause).toList());
    }

    @Test
    void aRuleMayLookAtOtherFieldsThanText() {
        Communication email = new Communication("c-2", "email", "direct-message", "clinic", "Send us your x-ray, please.");
        assertEquals(List.of(), base.check(email, DAY).findings());
    }

    @Test
    void oneRuleMatchingTwiceGivesOneFindingWithBothPlaces() {
        String text = "DM me your MRI or send us your x-rays.";
        List<Finding> findings = base.check(Fixtures.post(text), DAY).findings();

        assertEquals(1, findings.size());
        assertEquals(List.of("DM me your MRI", "send us your x-rays"),
                findings.get(0).getEvidence().stream().map(Evidence::excerpt).toList());
    }

    @Test
    void aVariantOverridesSeverityAddsClausesAndTermsAndSwitchesRulesOff() {
        Report report = variant.check(Fixtures.post("ONE OF MY CLIENTS got GUARANTEED RESULTS."), DAY);

        assertEquals(new Report.PackId("fixture-variant", "2.0.0"), report.pack());
        assertEquals(List.of("A-2", "V-1"), report.findings().stream().map(Finding::getClause).toList(),
                "A-3 (shouting) is switched off in the variant");
        Finding caseStory = report.findings().get(0);
        assertEquals(Severity.ERROR, caseStory.getSeverity(), "A-2 is a warning in base, an error in the variant");
        assertEquals("ONE OF MY CLIENTS", caseStory.getEvidence().get(0).excerpt(), "a term the variant added");
        assertEquals("Describe what treatment can do, without promises.", report.findings().get(1).getRemediation());
        assertEquals(Severity.WARNING, base.check(Fixtures.post("my patient today"), DAY).findings().get(0).getSeverity());
        assertFalse(variant.ruleNames().contains("A-3 shouting"));
        assertTrue(base.ruleNames().contains("A-3 shouting"));
    }

    @Test
    void aRuleSetIsSafeToShareBetweenThreads() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    String text = (i + id) % 2 == 0 ? "send us your x-ray " + i : "nice run " + i;
                    int expected = (i + id) % 2 == 0 ? 1 : 0;
                    int actual = base.check(Fixtures.post(text), DAY).findings().size();
                    if (actual != expected) {
                        failures.add(text + " gave " + actual);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), List.copyOf(failures));
    }

    @Test
    void theShippedProjectCompilesAndFlagsAHealthInformationRequest() {
        Compilation compilation = RuleEngine.compileProject(Path.of("../../rules/model-social-media"));
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        RuleSet shipped = compilation.ruleSet().orElseThrow();

        Report report = shipped.check(Fixtures.post("Sore knee? DM us your MRI report and we'll tell you if you need surgery!"), DAY);
        assertTrue(report.findings().stream().map(Finding::getClause).toList().contains("PRV-5"), report.findings().toString());
        Communication email = new Communication("c-2", "email", "direct-message", "clinic",
                "Please send us your MRI report before your appointment.");
        assertFalse(shipped.check(email, DAY).findings().stream().anyMatch(f -> f.getClause().equals("PRV-5")));
        for (Diagnostic diagnostic : compilation.diagnostics()) {
            assertEquals(Severity.WARNING, diagnostic.severity(), diagnostic.toString());
        }
    }
}
