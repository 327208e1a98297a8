package org.guidepost.engine;

import java.util.Objects;
import org.guidepost.model.Evidence;

/**
 * A fact for rules: a lexicon's term found in a text field of the communication, with where it stands
 * ({@code field} is a JSON pointer such as {@code /text}; {@code start}/{@code end} are UTF-16 offsets).
 * Rules join on it, e.g. {@code LexiconMatch( lexicon == "case-stories", field == "/text" )}.
 */
public final class LexiconMatch {
    private final String lexicon;
    private final String term;
    private final String field;
    private final int start;
    private final int end;
    private final String excerpt;

    public LexiconMatch(String lexicon, String term, String field, int start, int end, String excerpt) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.term = Objects.requireNonNull(term, "term");
        this.field = Objects.requireNonNull(field, "field");
        this.start = start;
        this.end = end;
        this.excerpt = Objects.requireNonNull(excerpt, "excerpt");
    }

    public String getLexicon() {
        return lexicon;
    }

    /** The lexicon's phrase that matched (as written in the lexicon). */
    public String getTerm() {
        return term;
    }

    public String getField() {
        return field;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    /** The words of the communication that matched. */
    public String getExcerpt() {
        return excerpt;
    }

    /** This match as evidence of a finding. */
    public Evidence toEvidence() {
        return Evidence.of(field, start, end, excerpt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LexiconMatch m && lexicon.equals(m.lexicon) && term.equals(m.term)
                && field.equals(m.field) && start == m.start && end == m.end;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lexicon, term, field, start, end);
    }

    @Override
    public String toString() {
        return lexicon + ":" + field + "[" + start + "," + end + ")'" + excerpt + "'";
    }
}
