package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/** One clause broken by one communication: which, how badly, why, what to do instead, and where. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"clause", "rule", "severity", "message", "remediation", "evidence"})
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Finding {
    private final String clause;
    private final String rule;
    private final Severity severity;
    private final String message;
    private final String remediation;
    private final List<Evidence> evidence;

    @JsonCreator
    public Finding(
            @JsonProperty(value = "clause", required = true) String clause,
            @JsonProperty(value = "rule", required = true) String rule,
            @JsonProperty(value = "severity", required = true) Severity severity,
            @JsonProperty(value = "message", required = true) String message,
            @JsonProperty("remediation") String remediation,
            @JsonProperty("evidence") List<Evidence> evidence) {
        this.clause = Objects.requireNonNull(clause, "clause");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.message = Objects.requireNonNull(message, "message");
        this.remediation = remediation;
        this.evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Finding(String clause, String rule, Severity severity, String message) {
        this(clause, rule, severity, message, null, List.of());
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

    /** What to do instead, or null. */
    public String getRemediation() {
        return remediation;
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding f && clause.equals(f.clause) && rule.equals(f.rule) && severity == f.severity
                && message.equals(f.message) && Objects.equals(remediation, f.remediation) && evidence.equals(f.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clause, rule, severity, message, remediation, evidence);
    }

    @Override
    public String toString() {
        return severity.word() + " " + clause + " (" + rule + "): " + message;
    }
}
