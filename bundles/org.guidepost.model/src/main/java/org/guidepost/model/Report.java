package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * What checking one communication against one rule pack gives back ({@code report.schema.json}). The verdict
 * is derived from the findings.
 *
 * @param communication the id of the communication checked
 * @param pack          the guideline (or pack) it was checked against
 * @param findings      in a stable order: by clause, rule, then place
 */
@JsonPropertyOrder({"communication", "pack", "verdict", "findings"})
@JsonIgnoreProperties(value = "verdict", allowGetters = true)
public record Report(
        @JsonProperty(value = "communication", required = true) String communication,
        @JsonProperty(value = "pack", required = true) PackId pack,
        @JsonProperty(value = "findings", required = true) List<Finding> findings) {

    @JsonCreator
    public Report {
        Objects.requireNonNull(communication, "communication");
        Objects.requireNonNull(pack, "pack");
        findings = List.copyOf(findings);
    }

    @JsonProperty("verdict")
    public Verdict verdict() {
        return Verdict.of(findings);
    }

    /** The id and semantic version of what a communication was checked against. */
    public record PackId(@JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "version", required = true) String version) {
        public PackId {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(version, "version");
        }
    }
}
