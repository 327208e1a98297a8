package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** What a reply, comment or message answers: a review, a comment, a message or a post. */
@JsonAsWritten
public final class InReplyTo {
    private final String kind;
    /** As written (1 stays 1, 4.5 stays 4.5), so that the communication is written back unchanged. */
    private final BigDecimal rating;
    private final String text;
    private final String authorRelationship;

    /**
     * @param kind               {@code review}, {@code comment}, {@code message} or {@code post}, or null
     * @param rating             the review's rating, 0 to 5, or null
     * @param authorRelationship the answered person's relationship to the clinic (as in {@link Mention}), or null
     */
    @JsonCreator
    public InReplyTo(@JsonProperty("kind") String kind, @JsonProperty("rating") BigDecimal rating,
            @JsonProperty("text") String text, @JsonProperty("authorRelationship") String authorRelationship) {
        this.kind = kind;
        this.rating = rating;
        this.text = text;
        this.authorRelationship = authorRelationship;
    }

    /** What is answered, or null when not said. */
    public String getKind() {
        return kind;
    }

    /** The rating of the answered review, or null. */
    public Double getRating() {
        return rating == null ? null : rating.doubleValue();
    }

    /** The words answered, or null. */
    public String getText() {
        return text;
    }

    /** The answered person's relationship to the clinic, or null when not said. */
    public String getAuthorRelationship() {
        return authorRelationship;
    }
}
