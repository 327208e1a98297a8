package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much a finding blocks publication: error must not be published, warning needs review, info reminds. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The word used in YAML, JSON and on the command line: {@code error}, {@code warning}, {@code info}. */
    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the word, refusing anything else with the allowed values in the message. */
    @JsonCreator
    public static Severity of(String word) {
        for (Severity severity : values()) {
            if (severity.word().equals(word)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + word + "'; allowed: "
                + Arrays.stream(values()).map(Severity::word).collect(Collectors.joining(", ")));
    }
}
