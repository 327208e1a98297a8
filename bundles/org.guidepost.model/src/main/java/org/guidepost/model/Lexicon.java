package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A named list of words and phrases that rules match in text ({@code lexicons/<name>.yaml}), kept as data so
 * that staff extend it without touching rule logic. Matching is case-insensitive and tolerant of punctuation,
 * hyphenation and plural or inflected forms; {@code *} in a phrase stands for any one word.
 */
public record Lexicon(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty("description") String description,
        @JsonProperty(value = "terms", required = true) List<Term> terms) {

    public Lexicon {
        Objects.requireNonNull(name, "name");
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** This lexicon with {@code more} terms after its own (a variant adding terms to an inherited lexicon). */
    public Lexicon plus(List<Term> more) {
        return new Lexicon(name, description, java.util.stream.Stream.concat(terms.stream(), more.stream()).toList());
    }

    /**
     * One entry: a phrase, other ways of saying it, and phrases that look alike but must not count (a match
     * overlapping an exception is dropped). In YAML a term without variants or exceptions may be a plain string.
     */
    public record Term(
            @JsonProperty(value = "phrase", required = true) String phrase,
            @JsonProperty("variants") List<String> variants,
            @JsonProperty("exceptions") List<String> exceptions) {

        public Term {
            Objects.requireNonNull(phrase, "phrase");
            variants = variants == null ? List.of() : List.copyOf(variants);
            exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Term of(String phrase) {
            return new Term(phrase, List.of(), List.of());
        }
    }
}
