package org.guidepost.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guidepost.model.Communication;
import org.guidepost.model.CommunicationReader;
import org.guidepost.model.InputProblem;
import org.guidepost.model.Json;
import org.guidepost.model.Media;
import org.guidepost.model.Schemas;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Reading communications inside Equinox: the model bundle carries the JSON schema validator (nested, with its
 * date parser and slf4j-api) and its published schemas, and resolves with Jackson from the target platform.
 */
class CommunicationReaderInEquinoxTest {
    private static final CommunicationReader READER = new CommunicationReader();

    @Test
    void theModelBundleCarriesTheValidatorAndTheSchemas() {
        Bundle model = FrameworkUtil.getBundle(CommunicationReader.class);
        assertNotNull(model, "the model is loaded by an OSGi bundle class loader");
        assertEquals("org.guidepost.model", model.getSymbolicName());
        assertNotNull(model.getEntry("lib/json-schema-validator.jar"), "the validator is nested in the model bundle");
        assertTrue(Schemas.communication().contains("\"$id\": \"guidepost/communication.schema.json\""));
        assertTrue(Schemas.report().contains("\"$id\": \"guidepost/report.schema.json\""));
    }

    @Test
    void aValueOutsideTheSchemaIsNamedWithTheAllowedValues() {
        CommunicationReader.Result result = READER.read("""
                {"id": "c-1", "channel": "instagram",
                 "kind": "tweet", "account": {"type": "clinic"}, "text": "Hi"}""", "stdin");

        assertEquals(1, result.problems().size(), result.problems().toString());
        InputProblem problem = result.problems().get(0);
        assertEquals("stdin:2:10: error GP-COMM-2 /kind: 'tweet' is not one of post, story, reply, comment,"
                + " direct-message, profile, advertisement, connection-request", problem.toString());
        assertEquals(List.of(), result.records());
    }

    @Test
    void aBatchIsReadAndEachCommunicationWrittenBackUnchanged() {
        String first = "{\"id\":\"c-1\",\"channel\":\"facebook\",\"kind\":\"post\",\"account\":{\"type\":\"clinic\"},"
                + "\"text\":\"Congrats 🎉\",\"paid\":false,\"media\":[{\"type\":\"image\",\"identifiable\":true}]}";
        String second = "{\"id\":\"c-2\",\"channel\":\"email\",\"kind\":\"direct-message\","
                + "\"account\":{\"type\":\"professional\"},\"text\":\"Send us your x-rays\"}";

        CommunicationReader.Result result = READER.read(first + "\n" + second + "\n", "batch.ndjson");

        assertEquals(CommunicationReader.Format.NDJSON, result.format());
        assertEquals(List.of(), result.problems());
        List<Communication> communications = result.communications();
        assertEquals(first, Json.write(communications.get(0)));
        assertEquals(second, Json.write(communications.get(1)));
        Media image = communications.get(0).getMedia().get(0);
        assertEquals("/media/0", image.getPointer());
        assertTrue(image.isIdentifiable());
    }
}
