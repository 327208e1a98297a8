package org.guidepost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The communication model: lossless JSON, the schema's defaults for rules, pointers of the parts. */
class CommunicationTest {
    private static final CommunicationReader READER = new CommunicationReader();

    /** The communications of the shared corpus (a copy in this bundle's test resources), one per line. */
    static Stream<String> samples() throws IOException {
        try (InputStream in = CommunicationTest.class.getResourceAsStream("sample.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> tree(line).get("communication").toString())
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsReadAndWrittenBackToTheSameJson(String sample) {
        Communication communication = readOne(sample);

        assertEquals(tree(sample), tree(Json.write(communication)));
    }

    @Test
    void theCorpusHasAllFiftySamples() throws IOException {
        assertEquals(50, samples().count());
    }

    @Test
    void rulesCanReadEveryFieldOfTheSchemaThroughABeanGetter() throws Exception {
        JsonNode schema = tree(Schemas.communication());
        Map<Class<?>, JsonNode> partSchemas = Map.of(
                Communication.class, schema,
                Account.class, schema.at("/properties/account"),
                Author.class, schema.at("/properties/author"),
                Media.class, schema.at("/properties/media/items"),
                Mention.class, schema.at("/properties/mentions/items"),
                InReplyTo.class, schema.at("/properties/inReplyTo"),
                Offer.class, schema.at("/properties/offers/items"),
                Consent.class, schema.at("/$defs/consent"));

        for (Map.Entry<Class<?>, JsonNode> part : partSchemas.entrySet()) {
            Set<String> readable = Arrays.stream(Introspector.getBeanInfo(part.getKey()).getPropertyDescriptors())
                    .filter(property -> property.getReadMethod() != null).map(PropertyDescriptor::getName)
                    .collect(Collectors.toSet());
            List<String> fields = new ArrayList<>();
            part.getValue().get("properties").fieldNames().forEachRemaining(fields::add);
            assertTrue(readable.containsAll(fields), part.getKey().getSimpleName() + " lacks getters: " + fields.stream()
                    .filter(field -> !readable.contains(field)).toList());
        }
    }

    @Test
    void absentStaysAbsentAndAnExplicitFalseStaysFalse() {
        Communication communication = readOne("""
                {"id": "c-1", "channel": "facebook", "kind": "post", "account": {"type": "clinic"}, "text": "Hi",
                 "paid": false, "media": [{"type": "image", "identifiable": false}]}""");

        assertFalse(communication.isPaid());
        assertFalse(communication.getMedia().get(0).isIdentifiable());
        assertFalse(communication.getMedia().get(0).isDepictsPatient());
        JsonNode written = tree(Json.write(communication));
        assertEquals(false, written.get("paid").asBoolean(true));
        assertEquals("{\"type\":\"image\",\"identifiable\":false}", written.get("media").get(0).toString());
        assertFalse(written.has("audience") || written.has("language") || written.has("mentions"), written.toString());
    }

    @Test
    void gettersGiveTheSchemaDefaultsForWhatIsLeftOut() {
        Communication communication = readOne("""
                {"id": "c-1", "channel": "x", "kind": "post", "account": {"type": "personal"}, "text": "Hi",
                 "mentions": [{"name": "Sam"}], "author": {"name": "Jo"}}""");

        assertEquals("en", communication.getLanguage());
        assertEquals("public", communication.getAudience());
        assertFalse(communication.isPaid());
        assertEquals(List.of(), communication.getMedia());
        assertEquals(List.of(), communication.getOffers());
        assertEquals(List.of(), communication.getLinks());
        assertNull(communication.getInReplyTo());
        assertNull(communication.getSponsor());
        assertFalse(communication.getAuthor().isRegistered());
        assertEquals(List.of(), communication.getAuthor().getCredentials());
        assertNull(communication.getMentions().get(0).getRelationship());
    }

    @Test
    void anExplicitNullSponsorIsKeptApartFromAnAbsentOne() {
        Communication none = readOne("""
                {"id": "c-1", "channel": "x", "kind": "post", "account": {"type": "clinic"}, "text": "Hi",
                 "sponsor": null}""");

        assertNull(none.getSponsor());
        assertTrue(tree(Json.write(none)).get("sponsor").isNull());
        assertEquals("ThermaWrap", Communication.builder().id("c-2").channel("x").kind("post")
                .account(new Account("clinic", null, null)).text("Hi").sponsor("ThermaWrap").build().getSponsor());
    }

    @Test
    void mediaMentionsAndOffersKnowTheirPointers() {
        Communication communication = readOne("""
                {"id": "c-1", "channel": "instagram", "kind": "post", "account": {"type": "clinic"}, "text": "Hi",
                 "media": [{"type": "image"}, {"type": "video"}],
                 "mentions": [{"name": "A"}, {"name": "B"}],
                 "offers": [{"kind": "discount"}]}""");

        assertEquals(List.of("/media/0", "/media/1"), communication.getMedia().stream().map(Media::getPointer).toList());
        assertEquals(List.of("/mentions/0", "/mentions/1"),
                communication.getMentions().stream().map(Mention::getPointer).toList());
        assertEquals("/offers/0", communication.getOffers().get(0).getPointer());
        assertFalse(Json.write(communication).contains("pointer"));
    }

    @Test
    void partsGetTheirPointersWhenBuiltInJavaToo() {
        Media image = new Media("image", null, true, true, null, null, null);
        Communication communication = Communication.builder().id("c-1").channel("x").kind("post")
                .account(new Account("clinic", null, null)).text("Hi")
                .media(List.of(new Media("video", null, null, null, null, null, null), image))
                .offers(List.of(new Offer("gift", "A mug", null)))
                .build();

        assertEquals("/media/1", communication.getMedia().get(1).getPointer());
        assertTrue(communication.getMedia().get(1).isIdentifiable());
        assertEquals("/offers/0", communication.getOffers().get(0).getPointer());
        assertNull(image.getPointer(), "the part given to the builder is not changed");
    }

    @Test
    void nonAsciiTextAndEmojiArePreserved() {
        String text = "Félicitations à @mara.runs 🏃‍♀️🎉 — 東京マラソン, naïve café, 𝄞";
        Communication communication = readOne("{\"id\": \"c-é\", \"channel\": \"x\", \"kind\": \"post\","
                + " \"account\": {\"type\": \"clinic\", \"displayName\": \"Clinique Québec\"}, \"text\": \""
                + text + "\", \"metadata\": {\"note\": \"\\u00e9\\ud83c\\udf89\"}}");

        assertEquals(text, communication.getText());
        assertEquals("Clinique Québec", communication.getAccount().getDisplayName());
        assertEquals("é🎉", communication.getMetadata().get("note").asText());
        Communication again = readOne(Json.write(communication));
        assertEquals(text, again.getText());
        assertEquals("c-é", again.getId());
    }

    @Test
    void metadataIsEchoedAsSentAndCannotBeChangedThroughTheGetter() {
        Communication communication = readOne("""
                {"id": "c-1", "channel": "x", "kind": "post", "account": {"type": "clinic"}, "text": "Hi",
                 "metadata": {"campaign": "spring", "ids": [1, 2.5, {"deep": [true, null]}]}}""");

        ObjectNode metadata = communication.getMetadata();
        metadata.put("campaign", "changed");
        assertEquals("{\"campaign\":\"spring\",\"ids\":[1,2.5,{\"deep\":[true,null]}]}",
                tree(Json.write(communication)).get("metadata").toString());
    }

    @Test
    void theConstructorOfRequiredFieldsStillWorksAndWritesOnlyThem() {
        Communication communication = new Communication("c-1", "facebook", "post", "clinic", "CALL TODAY");

        assertEquals("c-1", communication.getId());
        assertEquals("facebook", communication.getChannel());
        assertEquals("post", communication.getKind());
        assertEquals("clinic", communication.getAccountType());
        assertEquals("CALL TODAY", communication.getText());
        assertEquals(tree("{\"id\":\"c-1\",\"channel\":\"facebook\",\"kind\":\"post\",\"account\":{\"type\":\"clinic\"},"
                + "\"text\":\"CALL TODAY\"}"), tree(Json.write(communication)));
    }

    @Test
    void aRatingIsWrittenAsItWasSent() {
        Communication communication = readOne("""
                {"id": "c-1", "channel": "google-reviews", "kind": "reply", "account": {"type": "clinic"},
                 "text": "Thanks", "inReplyTo": {"kind": "review", "rating": 4.5}}""");

        assertEquals(4.5, communication.getInReplyTo().getRating());
        assertEquals("4.5", tree(Json.write(communication)).get("inReplyTo").get("rating").toString());
    }

    static Communication readOne(String json) {
        CommunicationReader.Result result = READER.read(json, "test");
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.records().size());
        return result.records().get(0).communication();
    }

    static JsonNode tree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
