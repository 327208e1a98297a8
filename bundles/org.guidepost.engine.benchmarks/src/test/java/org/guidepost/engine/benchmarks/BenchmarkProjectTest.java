package org.guidepost.engine.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Communication;
import org.guidepost.model.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark project compiles without diagnostics and its rules fire where they should, so that the
 * benchmarks measure real work. No timing here: performance is measured with the JMH benchmarks.
 */
class BenchmarkProjectTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static Path project;
    private static Compilation compilation;
    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        project = BenchmarkProjects.extract(BenchmarkProjects.REALISTIC);
        compilation = RuleEngine.compileProject(project);
        rules = compilation.ruleSet().orElse(null);
    }

    @AfterAll
    static void delete() {
        BenchmarkProjects.delete(project);
    }

    @Test
    void theProjectCompilesWithoutDiagnosticsToRulesForEveryClause() {
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        assertEquals(List.of(), compilation.diagnostics(), "not even a warning (an unenforced clause, a Drools warning)");
        assertEquals(31, rules.guideline().clauses().size());
        assertEquals(35, rules.ruleNames().size(), rules.ruleNames().toString());
    }

    @Test
    void theEmptyProjectCompilesToNoRules() {
        Path empty = BenchmarkProjects.extract(BenchmarkProjects.EMPTY);
        try {
            Compilation compiled = RuleEngine.compileProject(empty);
            assertEquals(List.of(), compiled.diagnostics());
            RuleSet none = compiled.ruleSet().orElseThrow();
            assertEquals(List.of(), none.ruleNames());
            assertEquals(List.of(), none.check(post("instagram", "post", "clinic", "DM us your MRI!!!"), DAY).findings());
        } finally {
            BenchmarkProjects.delete(empty);
        }
    }

    @Test
    void lexiconRulesFire() {
        assertClauses(List.of("PRV-2"), post("instagram", "post", "clinic", "Sore knee? DM us your MRI and we'll tell you what's wrong."));
        assertClauses(List.of(), post("email", "direct-message", "clinic", "Please send us your MRI report before you come in."));
        assertClauses(List.of("PRV-1", "PRV-5"),
                post("facebook", "post", "professional", "My patient today, a marathoner with plantar fasciitis, ran 10 km."));
        assertClauses(List.of("ADV-1", "ADV-2", "TST-1"),
                post("facebook", "advertisement", "clinic", "Five stars! Changed my life. Results guaranteed or your money back."));
        assertClauses(List.of("TST-2"), post("instagram", "post", "clinic", "“Changed my life,” says one happy runner."));
        assertClauses(List.of("ADV-3", "ADV-4", "TST-3", "TST-4"),
                post("instagram", "post", "clinic", "Leave us a review and get a free session next time."));
        assertClauses(List.of("ADV-3", "TST-3", "TST-4"),
                post("instagram", "post", "clinic", "Leave us a review and get a free session next time. Conditions apply."));
        assertClauses(List.of("PRO-1", "PRO-2"), post("linkedin", "post", "professional", "I'm a sports specialist and the best physio in the area."));
        assertClauses(List.of("PRO-1", "PRO-2", "PRO-3"),
                post("linkedin", "post", "professional", "Dr. Lee, award-winning expert and the leading specialist."));
        assertClauses(List.of(), post("instagram", "post", "clinic", "If your pain persists, we will refer you to a specialist."));
        assertClauses(List.of("ADV-6", "ADV-7"),
                post("instagram", "advertisement", "personal", "Before and after: six weeks of posture work."));
    }

    @Test
    void fieldAndRegexRulesFire() {
        assertClauses(List.of(), post("instagram", "post", "clinic", "Stretch your calves after every run and hold each stretch for thirty seconds."));
        assertClauses(List.of("BND-1"), post("linkedin", "connection-request", "personal", "Hi, great to meet you at the clinic."));
        assertClauses(List.of("BND-2"), post("instagram", "direct-message", "personal", "See you on Tuesday."));
        assertClauses(List.of("ADV-8"), post("sms", "advertisement", "clinic", "Spring hours: open until 8 pm."));
        assertClauses(List.of("PRV-3"), post("google-reviews", "reply", "clinic", "Glad your knee is better after your treatment, Sam."));
        assertClauses(List.of("PRV-4"), post("facebook", "post", "clinic", "Call Sam on 555-201-3344."));
        assertClauses(List.of("PRV-4"), post("facebook", "post", "clinic", "Questions? Write to sam.physio@example.com"));
        assertClauses(List.of("ADV-3", "ADV-5"), post("facebook", "post", "clinic", "20% off, today only. Conditions apply."));
        assertClauses(List.of("PRO-4", "PRO-5"), post("facebook", "post", "clinic", "BIG NEWS: LONGER HOURS from March!!!"));
        assertClauses(List.of("BND-4"), post("x", "post", "clinic", "Details: bit.ly/3xRun"));
        assertClauses(List.of("BND-3", "PRV-2"), post("tiktok", "direct-message", "clinic", "Send me your x-ray"));
        assertClauses(List.of("BND-5"), post("facebook", "reply", "clinic", "Sudden weakness in both legs after lifting? Rest and ice."));
        assertClauses(List.of(), post("facebook", "reply", "clinic", "Sudden weakness in both legs? Call 911 now."));
        assertClauses(List.of("BND-6"), post("website", "profile", "professional", "Physio helping runners move better."));
        assertClauses(List.of(), post("website", "profile", "professional", "Registered physiotherapist helping runners."));
        assertClauses(List.of("BND-7"), post("x", "post", "clinic", "Take the stairs. ".repeat(20)));
        assertClauses(List.of("ADV-9"), post("facebook", "post", "clinic", "Better than other clinics, because we listen."));
        assertClauses(List.of("TST-5"), post("facebook", "post", "clinic", "Reposting this lovely review from Jo."));
    }

    @Test
    void theCorpusIsDeterministicAndVaried() {
        List<Communication> corpus = Corpus.standard();
        assertEquals(Corpus.SIZE, corpus.size());
        List<Communication> again = Corpus.standard();
        for (int i = 0; i < corpus.size(); i++) {
            assertEquals(corpus.get(i).getText(), again.get(i).getText());
            assertEquals(corpus.get(i).getChannel(), again.get(i).getChannel());
        }
        int withLexicon = 0;
        int withFindings = 0;
        int withEmoji = 0;
        int withAccents = 0;
        long totalLength = 0;
        for (Communication post : corpus) {
            String text = post.getText();
            assertTrue(text.length() >= Corpus.MIN_LENGTH && text.length() <= Corpus.MAX_LENGTH, text.length() + ": " + text);
            totalLength += text.length();
            withLexicon += rules.lexiconMatches(post).isEmpty() ? 0 : 1;
            withFindings += rules.check(post, DAY).findings().isEmpty() ? 0 : 1;
            withEmoji += text.codePoints().anyMatch(c -> c > 0xFFFF || Character.getType(c) == Character.OTHER_SYMBOL) ? 1 : 0;
            withAccents += text.chars().anyMatch(c -> c >= 0xC0 && c <= 0x17F) ? 1 : 0;
        }
        double lexiconShare = withLexicon / (double) corpus.size();
        assertTrue(lexiconShare > 0.25 && lexiconShare < 0.35, "posts with lexicon phrases: " + lexiconShare);
        assertTrue(withFindings > withLexicon, "field and regex rules fire too: " + withFindings + " vs " + withLexicon);
        assertTrue(withEmoji > corpus.size() / 5, "emoji: " + withEmoji);
        assertTrue(withAccents > corpus.size() / 5, "accents: " + withAccents);
        double average = totalLength / (double) corpus.size();
        assertTrue(average > 180 && average < 350, "average length: " + average);
        assertEquals(10, corpus.stream().map(Communication::getChannel).distinct().count(), "channels");
        assertEquals(8, corpus.stream().map(Communication::getKind).distinct().count(), "kinds");
    }

    @Test
    void neutralSentencesHaveNoLexiconPhraseAndRiskyOnesHave() {
        for (String sentence : Corpus.NEUTRAL) {
            assertEquals(List.of(), rules.lexiconMatches(post("instagram", "post", "clinic", sentence)), sentence);
        }
        for (String sentence : Corpus.RISKY) {
            assertFalse(rules.lexiconMatches(post("instagram", "post", "clinic", sentence)).isEmpty(), sentence);
        }
    }

    private static Communication post(String channel, String kind, String accountType, String text) {
        return new Communication("c-1", channel, kind, accountType, text);
    }

    private static void assertClauses(List<String> expected, Communication post) {
        List<String> clauses = rules.check(post, DAY).findings().stream().map(Finding::getClause).distinct().sorted().toList();
        assertEquals(expected, clauses, post.getText());
    }
}
