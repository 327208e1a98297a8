package org.guidepost.engine.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Communication;
import org.guidepost.model.Evidence;
import org.guidepost.model.Finding;
import org.guidepost.model.Report;
import org.guidepost.pack.PackReader;
import org.guidepost.runtime.Checker;
import org.guidepost.runtime.Guidepost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-written baseline implements its five clauses for real (so the benchmark compares like with like), and
 * the shipped pack the benchmarks load is signed, precompiled and restricted as they say. No timing here.
 */
class HandWrittenCheckerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private final HandWrittenChecker checker = new HandWrittenChecker();

    private static Communication post(String text) {
        return new Communication("p", "instagram", "post", "clinic", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PRV-5|Sore knee? DM us your MRI and we'll have a look.|dm us your mri",
        "CLM-1|Results guaranteed after three sessions.|guaranteed",
        "CLM-2|We cure sciatica.|cure",
        "CLM-3|Come and see the best physio in the city.|best physio",
        "INC-2|Giveaway! Win a foam roller this week.|giveaway"})
    void eachClauseFiresWithItsEvidence(String clause, String text, String excerpt) {
        Report report = checker.check(post(text));

        Finding finding = report.findings().stream().filter(f -> f.getClause().equals(clause)).findFirst()
                .orElseThrow(() -> new AssertionError(clause + " not found in " + report.findings()));
        Evidence evidence = finding.getEvidence().get(0);
        assertEquals(excerpt, text.substring(evidence.start(), evidence.end()).toLowerCase());
    }

    @Test
    void negationsSecureChannelsAndEmailDoNotFire() {
        assertEquals(List.of(), checker.check(post("We can't guarantee results, and nothing will cure it overnight.")).findings());
        assertEquals(List.of(), checker.check(post("Please don't send us your MRI here: call us instead.")).findings());
        assertEquals(List.of(), checker.check(new Communication("e", "email", "direct-message", "clinic",
                "Send us your MRI report before your visit.")).findings());
    }

    @Test
    void theBenchmarkPackIsSignedAndLoadsPrecompiled() throws Exception {
        Checker shipped = Guidepost.open(ShippedPack.bytes(), "shipped.gpack").verify(ShippedPack.trustedKeys()).checker();
        assertTrue(shipped.loadedPrecompiled());
    }

    @Test
    void theRuleSetOfFiveClausesRunsOnlyTheirRulesAndMostlyAgreesWithTheBaseline() throws Exception {
        RuleSet five = CheckerBenchmark.onlyClauses(new PackReader().read(ShippedPack.bytes(), "shipped.gpack"),
                HandWrittenChecker.CLAUSES);
        assertTrue(five.ruleNames().stream().allMatch(rule -> HandWrittenChecker.CLAUSES.contains(five.clauseOf(rule))));
        assertTrue(five.ruleNames().size() >= HandWrittenChecker.CLAUSES.size(), five.ruleNames().toString());

        List<Communication> corpus = Corpus.standard();
        int agree = 0;
        int flaggedByRules = 0;
        for (Communication post : corpus) {
            Set<String> rules = clauses(five.check(post, DAY));
            Set<String> hand = clauses(checker.check(post));
            flaggedByRules += rules.isEmpty() ? 0 : 1;
            agree += rules.equals(hand) ? 1 : 0;
        }
        System.out.printf("hand-written vs rules on the five clauses: %d of %d posts agree; rules flag %d%n", agree,
                corpus.size(), flaggedByRules);
        assertTrue(flaggedByRules > 100, "the corpus exercises the five clauses: " + flaggedByRules);
        assertTrue(agree >= corpus.size() * 0.9, agree + " of " + corpus.size());
    }

    private static Set<String> clauses(Report report) {
        return report.findings().stream().map(Finding::getClause).collect(Collectors.toCollection(TreeSet::new));
    }
}
