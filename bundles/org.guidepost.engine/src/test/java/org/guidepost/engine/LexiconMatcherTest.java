package org.guidepost.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.guidepost.model.Lexicon;
import org.guidepost.model.Lexicon.Term;
import org.junit.jupiter.api.Test;

class LexiconMatcherTest {

    private static List<String> excerpts(LexiconMatcher matcher, String text) {
        List<LexiconMatch> matches = new ArrayList<>();
        matcher.match("/text", text, matches);
        return matches.stream().map(LexiconMatch::getExcerpt).toList();
    }

    private static LexiconMatcher of(String... phrases) {
        return new LexiconMatcher(List.of(new Lexicon("l", null,
                java.util.Arrays.stream(phrases).map(p -> new Term(p, List.of(), List.of())).toList())));
    }

    @Test
    void ignoresCaseAndPunctuationBetweenWords() {
        LexiconMatcher matcher = of("leave us a review");
        assertEquals(List.of("LEAVE US... a review"), excerpts(matcher, "Please LEAVE US... a review!"));
    }

    @Test
    void hyphenatedWordsMatchWrittenTogetherApartOrHyphenated() {
        LexiconMatcher matcher = of("x-ray");
        assertEquals(List.of("x-ray", "xray", "X ray", "X-Rays"), excerpts(matcher, "x-ray, xray, X ray and X-Rays"));
        LexiconMatcher joined = of("followup");
        assertEquals(List.of("follow-up"), excerpts(joined, "Book your follow-up"));
    }

    @Test
    void pluralPossessiveAndInflectedFormsMatch() {
        assertEquals(List.of("patients", "patient's", "Patient"), excerpts(of("patient"), "patients, patient's, Patient"));
        assertEquals(List.of("tagged", "tagging", "tags"), excerpts(of("tag"), "tagged, tagging, tags"));
        assertEquals(List.of("shared", "sharing"), excerpts(of("share"), "shared, sharing"));
        assertEquals(List.of("injuries"), excerpts(of("injury"), "injuries"));
        assertEquals(List.of("openings", "opening"), excerpts(of("opening"), "openings, opening"));
        assertEquals(List.of("GPs", "GP"), excerpts(of("gp"), "GPs and a GP"));
    }

    @Test
    void aStarStandsForAnyOneWord() {
        LexiconMatcher matcher = of("dm * your mri");
        assertEquals(List.of("DM me your MRI", "dm us your mri"), excerpts(matcher, "DM me your MRI; dm us your mri; dm your mri"));
    }

    @Test
    void aPhraseMayStartOrEndWithAStar() {
        assertEquals(List.of("15 percent off"), excerpts(of("* percent off"), "Students get 15 percent off!"));
        assertEquals(List.of("book now"), excerpts(of("book *"), "Please book now"));
        assertEquals(List.of(), excerpts(of("book *"), "Please book"));
    }

    @Test
    void wordsMustBeWholeWords() {
        assertEquals(List.of(), excerpts(of("cure"), "secure, manicure"));
    }

    @Test
    void anExceptionOverlappingAMatchCancelsIt() {
        LexiconMatcher matcher = new LexiconMatcher(List.of(new Lexicon("l", null,
                List.of(new Term("a client of mine", List.of(), List.of("a client of mine asked me to share"))))));
        assertEquals(List.of("a client of mine"), excerpts(matcher, "Today a client of mine ran a marathon"));
        assertEquals(List.of(), excerpts(matcher, "A client of mine asked me to share this tip"));
    }

    @Test
    void aShorterTermInsideALongerOneOfTheSameLexiconIsNotRepeated() {
        LexiconMatcher matcher = of("x-ray", "send us your x-ray");
        assertEquals(List.of("send us your x-ray"), excerpts(matcher, "send us your x-ray"));
    }

    @Test
    void offsetsAreUtf16() {
        List<LexiconMatch> matches = new ArrayList<>();
        String text = "👍🏽 Naïve café patient";
        of("patient").match("/text", text, matches);
        assertEquals(text.indexOf("patient"), matches.get(0).getStart());
        assertEquals(text.length(), matches.get(0).getEnd());
    }

    @Test
    void allLexiconsAreMatchedInOnePass() {
        LexiconMatcher matcher = new LexiconMatcher(List.of(
                new Lexicon("a", null, List.of(new Term("review", List.of(), List.of()))),
                new Lexicon("b", null, List.of(new Term("five star review", List.of("5-star review"), List.of())))));
        List<LexiconMatch> matches = new ArrayList<>();
        matcher.match("/text", "Leave a 5-star review", matches);
        assertEquals(List.of("b:5-star review", "a:review"),
                matches.stream().map(m -> m.getLexicon() + ":" + m.getExcerpt()).toList());
    }
}
