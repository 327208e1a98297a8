package org.guidepost.model;

import java.util.Objects;

/** One clause broken by one communication, as a rule reports it. */
public final class Finding {
    private final String clause;
    private final String rule;
    private final Severity severity;
    private final String message;

    public Finding(String clause, String rule, Severity severity, String message) {
        this.clause = Objects.requireNonNull(clause, "clause");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.message = Objects.requireNonNull(message, "message");
    }

    public String getClause() {
        return clause;
    }

    public String getRule() {
        return rule;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return severity.word() + " " + clause + " (" + rule + "): " + message;
    }
}
