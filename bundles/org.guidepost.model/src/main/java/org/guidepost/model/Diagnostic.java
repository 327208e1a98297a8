package org.guidepost.model;

import java.util.Objects;

/**
 * A problem found in a guideline project, with a stable code and the place to fix it; printed the same way
 * by the command line, the Problems view and JSON: {@code file:line:column: severity CODE message}.
 *
 * @param code    stable identifier, e.g. {@code GP-DRL-1}
 * @param file    the file as the user knows it (a project-relative path where possible)
 * @param line    one-based line, 0 when the problem concerns the whole file
 * @param column  one-based column, 0 when unknown
 */
public record Diagnostic(String code, Severity severity, String file, int line, int column, String message) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.word() + " " + code + " " + message;
    }
}
