package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of a project's {@code guideline.yaml}: who publishes which version of which clauses. A variant
 * {@code extends} another project (a relative path): it inherits its clauses, rules and lexicons, may add
 * clauses, change an inherited clause's severity ({@code severities}) and switch inherited rules off
 * ({@code disable}, by rule name).
 */
public record Guideline(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "version", required = true) String version,
        @JsonProperty("publisher") String publisher,
        @JsonProperty("language") String language,
        @JsonProperty("extends") String extendsPath,
        @JsonProperty("clauses") List<Clause> clauses,
        @JsonProperty("severities") Map<String, Severity> severities,
        @JsonProperty("disable") List<String> disabledRules) {

    public Guideline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        severities = severities == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
    }

    /** A guideline of its own (no {@code extends}, no overrides). */
    public Guideline(String id, String title, String version, String publisher, String language, List<Clause> clauses) {
        this(id, title, version, publisher, language, null, clauses, Map.of(), List.of());
    }

    /** The clause with this id, if the guideline has one. */
    public Optional<Clause> clause(String clauseId) {
        return clauses.stream().filter(c -> c.id().equals(clauseId)).findFirst();
    }
}
