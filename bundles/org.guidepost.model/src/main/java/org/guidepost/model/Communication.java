package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One online communication to check (a post, reply, message, profile, advertisement), as described by
 * {@code communication.schema.json} ({@link Schemas#communication()}).
 *
 * <p>Rules read it through JavaBean getters (MVEL), which give the schema's defaults for what the client left out:
 * false for booleans, empty lists, {@code en} and {@code public}; objects left out are null. The fields keep the
 * values as the client sent them, so that {@link Json#write(Object)} gives back the same JSON: absent stays absent,
 * an explicit {@code false} stays false. Enumerated values are plain strings (rules compare
 * {@code channel != "email"}); {@link CommunicationReader} refuses values outside the schema, the constructors
 * do not check them.
 */
@JsonAsWritten
@JsonDeserialize(builder = Communication.Builder.class)
@JsonPropertyOrder({"id", "channel", "kind", "language", "account", "author", "audience", "text", "paid", "sponsor",
        "media", "mentions", "inReplyTo", "links", "offers", "publishedAt", "metadata"})
public final class Communication {
    private static final String DEFAULT_LANGUAGE = "en";
    private static final String DEFAULT_AUDIENCE = "public";

    private final String id;
    private final String channel;
    private final String kind;
    private final String language;
    private final Account account;
    private final Author author;
    private final String audience;
    private final String text;
    private final Boolean paid;
    /** Null when absent, {@code NullNode} when the client wrote {@code "sponsor": null}: the schema allows both. */
    private final JsonNode sponsor;
    private final List<Media> media;
    private final List<Mention> mentions;
    private final InReplyTo inReplyTo;
    private final List<String> links;
    private final List<Offer> offers;
    private final String publishedAt;
    private final ObjectNode metadata;

    /** The required fields only; the engine and its tests build communications this way. */
    public Communication(String id, String channel, String kind, String accountType, String text) {
        this(builder().id(id).channel(channel).kind(kind)
                .account(new Account(Objects.requireNonNull(accountType, "account.type"), null, null)).text(text));
    }

    private Communication(Builder builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.channel = Objects.requireNonNull(builder.channel, "channel");
        this.kind = Objects.requireNonNull(builder.kind, "kind");
        this.account = Objects.requireNonNull(builder.account, "account");
        this.text = Objects.requireNonNull(builder.text, "text");
        this.language = builder.language;
        this.author = builder.author;
        this.audience = builder.audience;
        this.paid = builder.paid;
        this.sponsor = builder.sponsor;
        this.media = located(builder.media, "/media", Media::at);
        this.mentions = located(builder.mentions, "/mentions", Mention::at);
        this.inReplyTo = builder.inReplyTo;
        this.links = builder.links == null ? null : List.copyOf(builder.links);
        this.offers = located(builder.offers, "/offers", Offer::at);
        this.publishedAt = builder.publishedAt;
        this.metadata = builder.metadata == null ? null : builder.metadata.deepCopy();
    }

    /** Copies of the parts, each knowing its JSON pointer ({@code /media/0}) so that rules can cite it. */
    private static <T> List<T> located(List<T> parts, String field, BiFunction<T, String, T> at) {
        if (parts == null) {
            return null;
        }
        List<T> located = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            located.add(at.apply(Objects.requireNonNull(parts.get(i), field), field + "/" + i));
        }
        return List.copyOf(located);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The client's own identifier, echoed in the report. */
    public String getId() {
        return id;
    }

    /** {@code facebook}, {@code instagram}, {@code x}, {@code linkedin}, {@code tiktok}, {@code youtube},
     *  {@code google-reviews}, {@code website}, {@code email}, {@code sms} or {@code other}. */
    public String getChannel() {
        return channel;
    }

    /** {@code post}, {@code story}, {@code reply}, {@code comment}, {@code direct-message}, {@code profile},
     *  {@code advertisement} or {@code connection-request}. */
    public String getKind() {
        return kind;
    }

    /** The BCP 47 tag of the text; {@code en} when not said. */
    public String getLanguage() {
        return language == null ? DEFAULT_LANGUAGE : language;
    }

    public Account getAccount() {
        return account;
    }

    /** {@code clinic}, {@code professional} or {@code personal}. */
    public String getAccountType() {
        return account.getType();
    }

    /** Who wrote it, or null when not said. */
    public Author getAuthor() {
        return author;
    }

    /** {@code public}, {@code connections}, {@code private-group} or {@code one-to-one}; {@code public} when not
     *  said. */
    public String getAudience() {
        return audience == null ? DEFAULT_AUDIENCE : audience;
    }

    /** The words, hashtags and handles included. */
    public String getText() {
        return text;
    }

    /** Whether it is a paid placement or boosted post; false when not said. */
    /**
     * The use consent must cover for this communication: {@code advertising} for an advertisement or a paid
     * post, {@code social-media} otherwise.
     */
    public String getUse() {
        return "advertisement".equals(kind) || isPaid() ? "advertising" : "social-media";
    }

    public boolean isPaid() {
        return Boolean.TRUE.equals(paid);
    }

    /** The third party that paid for or supplied the content, or null when none or not said. */
    public String getSponsor() {
        return sponsor == null || sponsor.isNull() ? null : sponsor.asText();
    }

    /** The attached media, each with its pointer; empty when none. */
    public List<Media> getMedia() {
        return media == null ? List.of() : media;
    }

    /** The people and organisations named, tagged or addressed, each with its pointer; empty when none. */
    public List<Mention> getMentions() {
        return mentions == null ? List.of() : mentions;
    }

    /** What this answers, or null when it answers nothing. */
    public InReplyTo getInReplyTo() {
        return inReplyTo;
    }

    /** The links it carries; empty when none. */
    public List<String> getLinks() {
        return links == null ? List.of() : links;
    }

    /** The incentives it offers, each with its pointer; empty when none. */
    public List<Offer> getOffers() {
        return offers == null ? List.of() : offers;
    }

    /** When it was or will be published (RFC 3339 date-time), or null. */
    public String getPublishedAt() {
        return publishedAt;
    }

    /** A copy of what the client wants echoed back, or null; rules never read it. */
    public ObjectNode getMetadata() {
        return metadata == null ? null : metadata.deepCopy();
    }

    @Override
    public String toString() {
        return "Communication " + id + " (" + channel + " " + kind + ")";
    }

    /**
     * Builds a communication field by field; also how JSON is read, so a setter is called only for a property that
     * is present. Left out, a field stays absent.
     */
    @JsonPOJOBuilder(withPrefix = "")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Builder {
        private String id;
        private String channel;
        private String kind;
        private String language;
        private Account account;
        private Author author;
        private String audience;
        private String text;
        private Boolean paid;
        private JsonNode sponsor;
        private List<Media> media;
        private List<Mention> mentions;
        private InReplyTo inReplyTo;
        private List<String> links;
        private List<Offer> offers;
        private String publishedAt;
        private ObjectNode metadata;

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder channel(String channel) {
            this.channel = channel;
            return this;
        }

        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder account(Account account) {
            this.account = account;
            return this;
        }

        public Builder author(Author author) {
            this.author = author;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder paid(Boolean paid) {
            this.paid = paid;
            return this;
        }

        /** The sponsor; null writes {@code "sponsor": null} (none), as opposed to never calling this. */
        public Builder sponsor(String sponsor) {
            this.sponsor = sponsor == null ? NullNode.getInstance() : TextNode.valueOf(sponsor);
            return this;
        }

        public Builder media(List<Media> media) {
            this.media = media;
            return this;
        }

        public Builder mentions(List<Mention> mentions) {
            this.mentions = mentions;
            return this;
        }

        public Builder inReplyTo(InReplyTo inReplyTo) {
            this.inReplyTo = inReplyTo;
            return this;
        }

        public Builder links(List<String> links) {
            this.links = links;
            return this;
        }

        public Builder offers(List<Offer> offers) {
            this.offers = offers;
            return this;
        }

        public Builder publishedAt(String publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder metadata(ObjectNode metadata) {
            this.metadata = metadata;
            return this;
        }

        /** The communication; id, channel, kind, account and text are required. */
        public Communication build() {
            return new Communication(this);
        }
    }
}
