package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A person or organisation named, tagged or addressed in a communication. */
@JsonAsWritten
public final class Mention {
    private final String name;
    private final String handle;
    private final String relationship;
    private final Consent consent;
    @JsonIgnore
    private final String pointer;

    /**
     * @param relationship to the clinic: {@code current-patient}, {@code former-patient}, {@code patient-family},
     *                     {@code prospective-patient}, {@code colleague}, {@code organization}, {@code public},
     *                     {@code unknown}; or null
     * @param consent      the person's consent, or null
     */
    @JsonCreator
    public Mention(@JsonProperty("name") String name, @JsonProperty("handle") String handle,
            @JsonProperty("relationship") String relationship, @JsonProperty("consent") Consent consent) {
        this(name, handle, relationship, consent, null);
    }

    private Mention(String name, String handle, String relationship, Consent consent, String pointer) {
        this.name = name;
        this.handle = handle;
        this.relationship = relationship;
        this.consent = consent;
        this.pointer = pointer;
    }

    /** This mention as the element at {@code pointer} of a communication. */
    Mention at(String pointer) {
        return new Mention(name, handle, relationship, consent, pointer);
    }

    /** The name, or null. */
    public String getName() {
        return name;
    }

    /** The handle, or null. */
    public String getHandle() {
        return handle;
    }

    /** The relationship to the clinic, or null when not said. */
    public String getRelationship() {
        return relationship;
    }

    /** The person's consent, or null. */
    public Consent getConsent() {
        return consent;
    }

    /** Where this mention stands in its communication, e.g. {@code /mentions/1}, for evidence; null outside one. */
    public String getPointer() {
        return pointer;
    }
}
