package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Who wrote a communication, and the titles they actually hold. */
@JsonAsWritten
public final class Author {
    private final String name;
    private final String profession;
    private final Boolean registered;
    private final List<String> credentials;

    /**
     * @param profession  e.g. {@code physiotherapist}, {@code office-staff}, or null
     * @param registered  whether the author holds a current registration, or null when not said
     * @param credentials designations held, e.g. {@code PT}, {@code FCAMPT}, or null when not said
     */
    @JsonCreator
    public Author(@JsonProperty("name") String name, @JsonProperty("profession") String profession,
            @JsonProperty("registered") Boolean registered, @JsonProperty("credentials") List<String> credentials) {
        this.name = name;
        this.profession = profession;
        this.registered = registered;
        this.credentials = credentials == null ? null : List.copyOf(credentials);
    }

    /** The name, or null. */
    public String getName() {
        return name;
    }

    /** The profession, or null. */
    public String getProfession() {
        return profession;
    }

    /** Whether the author holds a current registration; false when not said. */
    public boolean isRegistered() {
        return Boolean.TRUE.equals(registered);
    }

    /** The designations the author holds; empty when not said. */
    public List<String> getCredentials() {
        return credentials == null ? List.of() : credentials;
    }
}
