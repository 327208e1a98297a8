package org.guidepost.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guidepost.model.Lexicon;

/**
 * Finds the terms of all lexicons in a text in one pass: the text is split into words once, each word is
 * reduced to a stem, and phrases are looked up by their first word. Matching ignores case, punctuation,
 * hyphenation ({@code x-ray}, {@code x ray} and {@code xray} are the same) and plural or inflected endings;
 * {@code *} in a phrase stands for any one word. Immutable and thread-safe.
 */
final class LexiconMatcher {
    private static final String ANY_WORD = "*";
    private static final java.util.regex.Pattern ACRONYM_PLURAL = java.util.regex.Pattern.compile("\\p{Lu}{2,}s");

    /** One way of writing a term: the stems of its words, with the lexicon and term it belongs to. */
    private record Phrase(String lexicon, String term, List<String> stems, List<List<String>> exceptions) {
    }

    private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();
    /** Phrases that start with {@code *}: tried at every word. */
    private final List<Phrase> anyFirst = new ArrayList<>();

    LexiconMatcher(List<Lexicon> lexicons) {
        for (Lexicon lexicon : lexicons) {
            for (Lexicon.Term term : lexicon.terms()) {
                List<List<String>> exceptions = new ArrayList<>();
                for (String exception : term.exceptions()) {
                    exceptions.addAll(spellings(exception));
                }
                List<String> writings = new ArrayList<>();
                writings.add(term.phrase());
                writings.addAll(term.variants());
                for (String writing : writings) {
                    for (List<String> stems : spellings(writing)) {
                        Phrase phrase = new Phrase(lexicon.name(), term.phrase(), stems, exceptions);
                        if (stems.isEmpty()) {
                            continue;
                        } else if (stems.get(0).equals(ANY_WORD)) {
                            anyFirst.add(phrase);
                        } else {
                            byFirstStem.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(phrase);
                        }
                    }
                }
            }
        }
    }

    /** Whether no lexicon has any term. */
    boolean isEmpty() {
        return byFirstStem.isEmpty() && anyFirst.isEmpty();
    }

    /** Adds the matches in {@code text} (the value of {@code field}) to {@code out}. */
    void match(String field, String text, List<LexiconMatch> out) {
        if (text == null || text.isEmpty() || isEmpty()) {
            return;
        }
        List<Word> words = words(text);
        List<LexiconMatch> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (String first : words.get(i).keys()) {
                for (Phrase phrase : byFirstStem.getOrDefault(first, List.of())) {
                    tryAt(phrase, words, i, field, text, found);
                }
            }
            for (Phrase phrase : anyFirst) {
                tryAt(phrase, words, i, field, text, found);
            }
        }
        out.addAll(withoutNested(found));
    }

    private static void tryAt(Phrase phrase, List<Word> words, int i, String field, String text, List<LexiconMatch> found) {
        int last = matchAt(phrase.stems(), words, i);
        if (last >= 0 && !excepted(phrase, words, i, last)) {
            int start = words.get(i).start();
            int end = words.get(last).end();
            found.add(new LexiconMatch(phrase.lexicon(), phrase.term(), field, start, end, text.substring(start, end)));
        }
    }

    /** Where {@code stems} match the words from {@code from} on: the index of the last word used, or -1. */
    private static int matchAt(List<String> stems, List<Word> words, int from) {
        int w = from;
        for (int s = 0; s < stems.size(); s++) {
            if (w >= words.size()) {
                return -1;
            }
            String stem = stems.get(s);
            Word word = words.get(w);
            if (stem.equals(ANY_WORD) || stem.equals(word.stem())) {
                w++;
            } else if (stem.equals(word.joinedStem())) {
                w += 2; // "x-ray" written as one word in the phrase, as two in the text
            } else {
                return -1;
            }
        }
        return w - 1;
    }

    /** Whether an exception of the phrase's term matches over any of the words {@code [first, last]}. */
    private static boolean excepted(Phrase phrase, List<Word> words, int first, int last) {
        for (List<String> exception : phrase.exceptions()) {
            for (int i = Math.max(0, first - exception.size() + 1); i <= last; i++) {
                int end = matchAt(exception, words, i);
                if (end >= first) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Drops a match lying inside a longer match of the same lexicon ("x-ray" inside "send us your x-ray"). */
    private static List<LexiconMatch> withoutNested(List<LexiconMatch> found) {
        found.sort(Comparator.comparingInt(LexiconMatch::getStart).thenComparing(m -> -m.getEnd()));
        List<LexiconMatch> kept = new ArrayList<>();
        for (LexiconMatch match : found) {
            boolean nested = kept.stream().anyMatch(k -> k.getLexicon().equals(match.getLexicon())
                    && k.getStart() <= match.getStart() && match.getEnd() <= k.getEnd());
            if (!nested) {
                kept.add(match);
            }
        }
        return kept;
    }

    /** The stem sequences a phrase may be written as: hyphenated words also as one word. */
    private static List<List<String>> spellings(String phrase) {
        List<Word> words = words(phrase.replace(ANY_WORD, " \u0000 "));
        List<String> split = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        boolean hyphenated = false;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String stem = word.stem().equals("\u0000") ? ANY_WORD : word.stem();
            split.add(stem);
            if (word.joinedStem() != null) {
                joined.add(word.joinedStem());
                hyphenated = true;
                i++;
                split.add(words.get(i).stem());
            } else {
                joined.add(stem);
            }
        }
        return hyphenated ? List.of(split, joined) : List.of(split);
    }

    /**
     * A word of the text: its UTF-16 span, its stem and, when a single hyphen joins it to the next word,
     * the stem of both written as one.
     */
    private record Word(int start, int end, String stem, String joinedStem) {
        List<String> keys() {
            return joinedStem == null ? List.of(stem) : List.of(stem, joinedStem);
        }
    }

    private static List<Word> words(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                int start = i;
                while (i < text.length()) {
                    int c = text.codePointAt(i);
                    boolean apostrophe = (c == '\'' || c == '\u2019') && i + 1 < text.length()
                            && Character.isLetter(text.codePointAt(i + 1)) && i > start;
                    if (!isWordChar(c) && !apostrophe) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                spans.add(new int[] {start, i});
            } else {
                i += Character.charCount(cp);
            }
        }
        List<Word> words = new ArrayList<>(spans.size());
        for (int w = 0; w < spans.size(); w++) {
            int[] span = spans.get(w);
            String raw = text.substring(span[0], span[1]);
            String joined = null;
            if (w + 1 < spans.size() && spans.get(w + 1)[0] == span[1] + 1 && text.charAt(span[1]) == '-') {
                joined = stem(raw + text.substring(spans.get(w + 1)[0], spans.get(w + 1)[1]));
            }
            words.add(new Word(span[0], span[1], stem(raw), joined));
        }
        return words;
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == 0;
    }

    /**
     * A light English stemmer: enough to make plural, possessive, -ed and -ing forms meet ("share", "shares",
     * "shared", "sharing" all give "shar"). It may join a few unrelated words; lexicon exceptions handle those.
     */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        w = w.replace("'", "");
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses")
                || w.endsWith("xes") || w.endsWith("zes"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 5 && w.endsWith("ing")) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = undouble(w.substring(0, w.length() - 2));
        } else if (w.length() > 6 && w.endsWith("ings")) {
            w = undouble(w.substring(0, w.length() - 4)); // "openings" meets "opening" and "open"
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                || ACRONYM_PLURAL.matcher(word).matches()) {
            w = w.substring(0, w.length() - 1); // "GPs", "PTs" are plurals too, though short
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "tagg" (from tagged, tagging) gives "tag"; "call" stays "call". */
    private static String undouble(String w) {
        int n = w.length();
        if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
