package org.guidepost.model;

import java.util.Objects;

/**
 * Why a communication sent to be checked (or the whole input) could not be read, with a stable code from
 * {@link CommunicationReader} and the place to fix it. Printed like every Guidepost diagnostic:
 * {@code stdin:3:17: error GP-JSON-1 not valid JSON: ...}.
 *
 * @param source  what was read, as the user knows it: a file name or {@code stdin}
 * @param record  the zero-based index of the record in the input (its place in the array, or among the lines of
 *                NDJSON), or -1 when the problem concerns the whole input
 * @param line    one-based line, 0 when the problem has no place (e.g. the input is too large)
 * @param column  one-based column in characters, 0 when unknown
 * @param code    stable identifier, e.g. {@code GP-COMM-2}
 * @param field   the JSON pointer of the field at fault within the record, e.g. {@code /kind}, or null
 * @param message what is wrong and how to fix it, led by the field where there is one:
 *                {@code /kind: 'tweet' is not one of post, story, ...}
 */
public record InputProblem(String source, int record, int line, int column, String code, String field,
        String message) {

    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The same problem as a diagnostic, for the command line, the Problems view and JSON output. */
    public Diagnostic toDiagnostic() {
        return new Diagnostic(code, Severity.ERROR, source, line, column, message);
    }

    /** {@code source:line:column: error CODE message}. */
    @Override
    public String toString() {
        return toDiagnostic().toString();
    }
}
