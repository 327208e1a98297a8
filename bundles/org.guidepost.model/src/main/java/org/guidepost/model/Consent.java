package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** The consent a person gave for a mention or an image of them ({@code $defs/consent} of the schema). */
@JsonAsWritten
public final class Consent {
    private final Boolean obtained;
    private final Boolean written;
    private final List<String> scope;
    private final String expires;

    /**
     * @param scope   uses consented to: {@code social-media}, {@code website}, {@code advertising},
     *                {@code education}, {@code internal}; or null when not said
     * @param expires the last day of the consent, {@code YYYY-MM-DD}, or null when it does not expire
     */
    @JsonCreator
    public Consent(@JsonProperty("obtained") Boolean obtained, @JsonProperty("written") Boolean written,
            @JsonProperty("scope") List<String> scope, @JsonProperty("expires") String expires) {
        this.obtained = obtained;
        this.written = written;
        this.scope = scope == null ? null : List.copyOf(scope);
        this.expires = expires;
    }

    /** Whether consent was obtained; false when not said. */
    public boolean isObtained() {
        return Boolean.TRUE.equals(obtained);
    }

    /** Whether it was obtained in writing; false when not said. */
    public boolean isWritten() {
        return Boolean.TRUE.equals(written);
    }

    /** The uses consented to; empty when not said. */
    public List<String> getScope() {
        return scope == null ? List.of() : scope;
    }

    /** The last day of the consent ({@code YYYY-MM-DD}), or null. */
    public String getExpires() {
        return expires;
    }

    /**
     * Whether this consent is valid for publishing {@code communication} on {@code day}: obtained in writing,
     * for the communication's use ({@link Communication#getUse()}), and not expired on that day. The guideline's
     * one definition of valid consent, so that every rule applies the same one.
     */
    public boolean isValidFor(Communication communication, LocalDate day) {
        return isObtained() && isWritten() && getScope().contains(communication.getUse())
                && (expires == null || !LocalDate.parse(expires).isBefore(day));
    }

    /** Whether {@code consent} is present and valid for the communication on the day (null-safe, for rules). */
    public static boolean valid(Consent consent, Communication communication, LocalDate day) {
        return consent != null && consent.isValidFor(communication, day);
    }
}
