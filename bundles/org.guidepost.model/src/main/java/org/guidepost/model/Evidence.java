package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Where in a communication a problem stands: a JSON pointer to the field and, for text fields, the UTF-16
 * offsets of the words and the words themselves.
 *
 * @param field   JSON pointer into the communication, e.g. {@code /text}, {@code /media/0}
 * @param start   offset of the first character, or null for a whole field
 * @param end     offset after the last character, or null for a whole field
 * @param excerpt the words at {@code [start, end)}, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(
        @JsonProperty(value = "field", required = true) String field,
        @JsonProperty("start") Integer start,
        @JsonProperty("end") Integer end,
        @JsonProperty("excerpt") String excerpt) {

    @JsonCreator
    public Evidence {
        Objects.requireNonNull(field, "field");
        if ((start == null) != (end == null) || start != null && (start < 0 || end < start)) {
            throw new IllegalArgumentException("evidence offsets must be both given with 0 <= start <= end, were "
                    + start + ", " + end);
        }
    }

    /** A whole field, e.g. an image or a mention. */
    public static Evidence of(String field) {
        return new Evidence(field, null, null, null);
    }

    /** Words in a text field. */
    public static Evidence of(String field, int start, int end, String excerpt) {
        return new Evidence(field, start, end, excerpt);
    }
}
