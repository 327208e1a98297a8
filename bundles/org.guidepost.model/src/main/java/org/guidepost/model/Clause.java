package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One numbered requirement of a guideline (e.g. PRV-1), as association staff write it in
 * {@code guideline.yaml}.
 */
public record Clause(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty("text") String text,
        @JsonProperty(value = "severity", required = true) Severity severity,
        @JsonProperty("source") String source,
        @JsonProperty("remediation") String remediation) {

    public Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
    }
}
