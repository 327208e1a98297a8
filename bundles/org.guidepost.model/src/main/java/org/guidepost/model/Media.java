package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** An image, video, audio or document attached to a communication, and what it shows. */
@JsonAsWritten
public final class Media {
    private final String type;
    private final String caption;
    private final Boolean depictsPatient;
    private final Boolean identifiable;
    private final Boolean showsRecords;
    private final Boolean beforeAfter;
    private final Consent consent;
    @JsonIgnore
    private final String pointer;

    /**
     * Booleans may be null when the client did not say; they then count as false.
     *
     * @param type    {@code image}, {@code video}, {@code audio} or {@code document}
     * @param consent the depicted person's consent, or null
     */
    @JsonCreator
    public Media(@JsonProperty("type") String type, @JsonProperty("caption") String caption,
            @JsonProperty("depictsPatient") Boolean depictsPatient, @JsonProperty("identifiable") Boolean identifiable,
            @JsonProperty("showsRecords") Boolean showsRecords, @JsonProperty("beforeAfter") Boolean beforeAfter,
            @JsonProperty("consent") Consent consent) {
        this(type, caption, depictsPatient, identifiable, showsRecords, beforeAfter, consent, null);
    }

    private Media(String type, String caption, Boolean depictsPatient, Boolean identifiable, Boolean showsRecords,
            Boolean beforeAfter, Consent consent, String pointer) {
        this.type = Objects.requireNonNull(type, "media.type");
        this.caption = caption;
        this.depictsPatient = depictsPatient;
        this.identifiable = identifiable;
        this.showsRecords = showsRecords;
        this.beforeAfter = beforeAfter;
        this.consent = consent;
        this.pointer = pointer;
    }

    /** This item as the element at {@code pointer} of a communication. */
    Media at(String pointer) {
        return new Media(type, caption, depictsPatient, identifiable, showsRecords, beforeAfter, consent, pointer);
    }

    public String getType() {
        return type;
    }

    /** The caption or a description of what it shows, or null. */
    public String getCaption() {
        return caption;
    }

    /** Whether a patient is shown; false when not said. */
    public boolean isDepictsPatient() {
        return Boolean.TRUE.equals(depictsPatient);
    }

    /** Whether a face, name, tattoo, chart or other detail lets someone recognise the patient; false when not said. */
    public boolean isIdentifiable() {
        return Boolean.TRUE.equals(identifiable);
    }

    /** Whether a chart, screen, x-ray, schedule or other record is visible; false when not said. */
    public boolean isShowsRecords() {
        return Boolean.TRUE.equals(showsRecords);
    }

    /** Whether it is a before-and-after image; false when not said. */
    public boolean isBeforeAfter() {
        return Boolean.TRUE.equals(beforeAfter);
    }

    /** The depicted person's consent, or null. */
    public Consent getConsent() {
        return consent;
    }

    /** Where this item stands in its communication, e.g. {@code /media/0}, for evidence; null outside one. */
    public String getPointer() {
        return pointer;
    }
}
