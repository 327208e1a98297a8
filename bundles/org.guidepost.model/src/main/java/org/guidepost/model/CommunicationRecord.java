package org.guidepost.model;

import java.util.Objects;

/**
 * A communication read from an input, and where it stands there.
 *
 * @param index  zero-based place among the records of the input (array element or NDJSON line)
 * @param line   one-based line where the record starts
 * @param column one-based column where the record starts
 */
public record CommunicationRecord(int index, int line, int column, Communication communication) {

    public CommunicationRecord {
        Objects.requireNonNull(communication, "communication");
    }
}
