package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A discount, gift, contest or other incentive a communication offers. */
@JsonAsWritten
public final class Offer {
    private final String kind;
    private final String description;
    private final String expires;
    @JsonIgnore
    private final String pointer;

    /**
     * @param kind    {@code discount}, {@code free-service}, {@code gift}, {@code contest}, {@code referral-reward}
     *                or {@code package-deal}
     * @param expires the last day of the offer, {@code YYYY-MM-DD}, or null
     */
    @JsonCreator
    public Offer(@JsonProperty("kind") String kind, @JsonProperty("description") String description,
            @JsonProperty("expires") String expires) {
        this(kind, description, expires, null);
    }

    private Offer(String kind, String description, String expires, String pointer) {
        this.kind = Objects.requireNonNull(kind, "offer.kind");
        this.description = description;
        this.expires = expires;
        this.pointer = pointer;
    }

    /** This offer as the element at {@code pointer} of a communication. */
    Offer at(String pointer) {
        return new Offer(kind, description, expires, pointer);
    }

    public String getKind() {
        return kind;
    }

    /** What is offered, or null. */
    public String getDescription() {
        return description;
    }

    /** The last day of the offer ({@code YYYY-MM-DD}), or null. */
    public String getExpires() {
        return expires;
    }

    /** Where this offer stands in its communication, e.g. {@code /offers/0}, for evidence; null outside one. */
    public String getPointer() {
        return pointer;
    }
}
