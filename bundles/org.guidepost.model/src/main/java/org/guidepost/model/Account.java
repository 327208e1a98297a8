package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** The account a communication is published from. */
@JsonAsWritten
public final class Account {
    private final String type;
    private final String handle;
    private final String displayName;

    /**
     * @param type        {@code clinic}, {@code professional} or {@code personal}
     * @param handle      e.g. {@code @harbourside.physio}, or null
     * @param displayName the name shown on the account, e.g. {@code Jane Roe, PT}, or null
     */
    @JsonCreator
    public Account(@JsonProperty("type") String type, @JsonProperty("handle") String handle,
            @JsonProperty("displayName") String displayName) {
        this.type = Objects.requireNonNull(type, "account.type");
        this.handle = handle;
        this.displayName = displayName;
    }

    /** {@code clinic}: the practice's account; {@code professional}: a practitioner's; {@code personal}: private. */
    public String getType() {
        return type;
    }

    /** The handle, or null. */
    public String getHandle() {
        return handle;
    }

    /** The name shown on the account, or null. */
    public String getDisplayName() {
        return displayName;
    }
}
