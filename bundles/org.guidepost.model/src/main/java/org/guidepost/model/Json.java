package org.guidepost.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON as Guidepost writes it: communications, reports and findings in the shapes of the published schemas
 * ({@link Schemas}). One configured mapper for the whole model; to read communications use
 * {@link CommunicationReader}, which also validates them.
 */
public final class Json {
    /** Shared and never reconfigured after this line; hand out only immutable readers and writers. */
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** A writer of model objects (thread-safe); e.g. {@code Json.writer().withDefaultPrettyPrinter()}. */
    public static ObjectWriter writer() {
        return MAPPER.writer();
    }

    /** A communication, report, finding or other model object as compact JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
