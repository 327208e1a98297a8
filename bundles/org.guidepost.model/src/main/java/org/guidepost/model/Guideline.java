package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The contents of a project's {@code guideline.yaml}: who publishes which version of which clauses. */
public record Guideline(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "version", required = true) String version,
        @JsonProperty("publisher") String publisher,
        @JsonProperty("language") String language,
        @JsonProperty("extends") String extendsPath,
        @JsonProperty("clauses") List<Clause> clauses) {

    public Guideline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    /** The clause with this id, if the guideline has one. */
    public Optional<Clause> clause(String clauseId) {
        return clauses.stream().filter(c -> c.id().equals(clauseId)).findFirst();
    }
}
