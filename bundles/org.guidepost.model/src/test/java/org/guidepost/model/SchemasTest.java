package org.guidepost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published schemas, and JSON written by the model that keeps to them. */
class SchemasTest {

    @Test
    void theSchemasArePublishedFromTheClasspath() {
        JsonNode communication = CommunicationTest.tree(Schemas.communication());
        JsonNode report = CommunicationTest.tree(Schemas.report());

        assertEquals("guidepost/communication.schema.json", communication.get("$id").asText());
        assertEquals("guidepost/report.schema.json", report.get("$id").asText());
        assertEquals(Schemas.communication(), Schemas.text(Schemas.COMMUNICATION));
    }

    @Test
    void anUnknownSchemaIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schemas.text("nope.json"));
        assertTrue(e.getMessage().contains("org/guidepost/model/schema/nope.json"), e.getMessage());
    }

    @Test
    void aReportIsWrittenAsTheReportSchemaDescribes() {
        Report report = new Report("s-001", new Report.PackId("model-social-media", "1.0.0"), List.of(
                new Finding("PRV-1", "PRV-1 tagged patient", Severity.ERROR, "Tags a current patient without consent.",
                        "Remove the tag or get written consent.", List.of(Evidence.of("/mentions/0"))),
                new Finding("CLM-3", "CLM-3 superiority", Severity.WARNING, "Claims to be the best clinic.", null,
                        List.of(Evidence.of("/text", 4, 20, "best clinic in town")))));

        JsonNode written = CommunicationTest.tree(Json.write(report));

        assertEquals(List.of(), SchemaCheck.of(Schemas.REPORT).check(written));
        assertEquals("fail", written.get("verdict").asText());
        assertEquals(4, written.get("findings").get(1).get("evidence").get(0).get("start").asInt());
    }

    @Test
    void aReportWithoutFindingsStillHasItsRequiredFields() {
        Report report = new Report("s-002", new Report.PackId("model-social-media", "1.0.0"), List.of());

        JsonNode written = CommunicationTest.tree(Json.write(report));

        assertEquals(List.of(), SchemaCheck.of(Schemas.REPORT).check(written));
        assertEquals("pass", written.get("verdict").asText());
    }

    @Test
    void theReportSchemaCheckCatchesWhatIsMissing() {
        JsonNode missingVerdict = CommunicationTest.tree("{\"communication\": \"c\", \"pack\": {\"id\": \"p\","
                + " \"version\": \"1.0.0\"}, \"findings\": []}");

        assertEquals(List.of("/verdict: required field is missing; add it (one of pass, review, fail)"),
                SchemaCheck.of(Schemas.REPORT).check(missingVerdict).stream().map(SchemaCheck.Violation::message)
                        .toList());
    }
}
