package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One online communication to check (a post, reply, message, profile, advertisement), as described by
 * {@code communication.schema.json}. Getters, not record accessors, because rules read it through MVEL.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Communication {
    private final String id;
    private final String channel;
    private final String kind;
    private final String accountType;
    private final String text;

    @JsonCreator
    public Communication(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "channel", required = true) String channel,
            @JsonProperty(value = "kind", required = true) String kind,
            @JsonProperty(value = "account", required = true) Account account,
            @JsonProperty(value = "text", required = true) String text) {
        this(id, channel, kind, account == null ? null : account.type(), text);
    }

    public Communication(String id, String channel, String kind, String accountType, String text) {
        this.id = Objects.requireNonNull(id, "id");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.accountType = Objects.requireNonNull(accountType, "account.type");
        this.text = Objects.requireNonNull(text, "text");
    }

    public String getId() {
        return id;
    }

    public String getChannel() {
        return channel;
    }

    public String getKind() {
        return kind;
    }

    /** {@code clinic}, {@code professional} or {@code personal}. */
    public String getAccountType() {
        return accountType;
    }

    public String getText() {
        return text;
    }

    /** The account a communication is published from, as the JSON nests it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Account(@JsonProperty(value = "type", required = true) String type) {
    }
}
