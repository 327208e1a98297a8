package org.guidepost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.guidepost.cli.GuidepostCommandTest.Result;
import org.guidepost.model.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidepost check} on the shipped guideline, as a clinic's tool calls it. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACK = ValidateCommandTest.FIXTURE.toString();
    private static final String FAILING = """
            {"id": "p-1", "channel": "instagram", "kind": "post", "account": {"type": "clinic"},
             "text": "🦵 Sore knee? DM us your MRI and we'll tell you if you need surgery!"}""";
    private static final String PASSING = """
            {"id": "p-2", "channel": "email", "kind": "direct-message", "account": {"type": "clinic"},
             "text": "Please send us your MRI report before your appointment."}""";

    static Result check(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = GuidepostCommand.run(in, new PrintWriter(out), new PrintWriter(err), all);
        return new Result(code, out.toString(), err.toString());
    }

    private static List<Error> validate(String schemaText, SpecificationVersion version, JsonNode instance) throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(version).getSchema(SchemaLocation.of("classpath:test.json"),
                JSON.readTree(schemaText));
        return schema.validate(instance);
    }

    @Test
    void oneCommunicationGivesOneReportObjectValidAgainstTheReportSchemaAndExitOneOnAnError() throws Exception {
        Result result = check(FAILING, "--pack", PACK);

        assertEquals(1, result.code(), result.err());
        JsonNode report = JSON.readTree(result.out());
        assertTrue(report.isObject(), result.out());
        assertEquals(List.of(), validate(Schemas.report(), SpecificationVersion.DRAFT_2020_12, report));
        assertEquals("p-1", report.get("communication").asText());
        assertEquals("model-social-media", report.at("/pack/id").asText());
        assertEquals("fail", report.get("verdict").asText());
        JsonNode finding = report.at("/findings/0");
        assertEquals("PRV-5", finding.get("clause").asText());
        assertEquals("error", finding.get("severity").asText());
        assertTrue(finding.get("remediation").asText().contains("secure patient portal"));
        JsonNode evidence = finding.at("/evidence/0");
        String text = JSON.readTree(FAILING).get("text").asText();
        assertEquals("/text", evidence.get("field").asText());
        assertEquals(text.indexOf("DM us"), evidence.get("start").asInt(), "UTF-16 offset after the emoji");
        assertEquals("DM us your MRI", text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()));
        assertEquals("", result.err());
    }

    @Test
    void noErrorFindingExitsZero() {
        Result result = check(PASSING, "--pack", PACK, "-");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("\"verdict\" : \"pass\""), result.out());
    }

    @Test
    void anArrayGivesAnArrayAndNdjsonGivesOneReportALine() throws Exception {
        Result array = check("[" + FAILING + "," + PASSING + "]", "--pack", PACK);
        assertEquals(1, array.code());
        JsonNode reports = JSON.readTree(array.out());
        assertEquals(2, reports.size());
        assertEquals("p-2", reports.get(1).get("communication").asText());

        String ndjson = FAILING.replace("\n", "") + "\n" + PASSING.replace("\n", "") + "\n";
        Result lines = check(ndjson, "--pack", PACK, "--format", "ndjson");
        assertEquals(1, lines.code());
        List<String> out = lines.out().lines().toList();
        assertEquals(2, out.size(), lines.out());
        for (String line : out) {
            assertEquals(List.of(), validate(Schemas.report(), SpecificationVersion.DRAFT_2020_12, JSON.readTree(line)));
        }
    }

    @Test
    void sarifIsValidSarif210WithClausesAsRulesAndRegionsInTheText() throws Exception {
        Result result = check("[" + FAILING + "," + PASSING + "]", "--pack", PACK, "--format", "sarif");

        assertEquals(1, result.code(), result.err());
        JsonNode sarif = JSON.readTree(result.out());
        String schema;
        try (InputStream in = CheckCommandTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(List.of(), validate(schema, SpecificationVersion.DRAFT_7, sarif));
        JsonNode run = sarif.at("/runs/0");
        assertEquals("PRV-1", run.at("/tool/driver/rules/0/id").asText());
        JsonNode sarifResult = run.at("/results/0");
        assertEquals(1, run.get("results").size());
        assertEquals("PRV-5", sarifResult.get("ruleId").asText());
        assertEquals("error", sarifResult.get("level").asText());
        JsonNode location = sarifResult.at("/locations/0/physicalLocation");
        String text = JSON.readTree(FAILING).get("text").asText();
        assertEquals("communication/p-1/text", location.at("/artifactLocation/uri").asText());
        assertEquals(text, run.at("/artifacts/" + location.at("/artifactLocation/index").asInt() + "/contents/text").asText());
        assertEquals(text.indexOf("DM us"), location.at("/region/charOffset").asInt());
        assertEquals("DM us your MRI".length(), location.at("/region/charLength").asInt());
    }

    @Test
    void textMarksTheOffendingWordsAndSaysWhatToDoInstead() {
        Result result = check("[" + FAILING + "," + PASSING + "]", "--pack", PACK, "--format", "text");

        assertEquals(1, result.code());
        assertTrue(result.out().contains("p-1: FAIL (1 finding)"), result.out());
        assertTrue(result.out().contains("error PRV-5 Health information through social channels: "), result.out());
        assertTrue(result.out().contains("/text: 🦵 Sore knee? »DM us your MRI« and we'll tell you"), result.out());
        assertTrue(result.out().contains("instead: Ask people to contact the clinic"), result.out());
        assertTrue(result.out().contains("p-2: PASS"), result.out());
        assertTrue(result.out().contains("2 communications checked: 1 fail, 0 review, 1 pass"), result.out());
    }

    @Test
    void aBadRecordIsReportedWithItsLineAndTheOthersAreStillChecked() {
        String ndjson = PASSING.replace("\n", "") + "\n"
                + "{\"id\": \"p-3\", \"channel\": \"instagram\", \"kind\": \"tweet\", \"account\": {\"type\": \"clinic\"}, \"text\": \"hi\"}\n"
                + FAILING.replace("\n", "") + "\n";
        Result result = check(ndjson, "--pack", PACK, "--format", "ndjson");

        assertEquals(2, result.code(), "bad input wins over findings");
        assertEquals(2, result.out().lines().count(), result.out());
        assertTrue(result.err().contains("stdin:2:"), result.err());
        assertTrue(result.err().contains("/kind") && result.err().contains("tweet") && result.err().contains("post"), result.err());
        assertTrue(result.err().contains("1 problem in stdin; the other 2 communications were checked"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void malformedJsonSaysLineAndColumn() {
        Result result = check("{\"id\": \"x\",\n  \"channel\": }", "--pack", PACK);
        assertEquals(2, result.code());
        assertTrue(result.err().startsWith("stdin:2:"), result.err());
        assertTrue(result.err().contains("GP-JSON-1"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void aFileCanBeGivenInsteadOfStandardInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("post.json");
        Files.writeString(file, PASSING);
        Result result = check("", "--pack", PACK, file.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals(2, check("", "--pack", PACK, dir.resolve("missing.json").toString()).code());
    }

    @Test
    void badUsageAndABrokenGuidelineExitTwo(@TempDir Path dir) throws Exception {
        Result format = check(PASSING, "--pack", PACK, "--format", "xml");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("unknown format 'xml'; use json, ndjson, sarif or text"), format.err());

        assertEquals(2, check(PASSING).code(), "--pack is required");
        assertEquals(2, check(PASSING, "--pack", dir.toString()).code(), "not a project");

        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("guideline.yaml"), "id: broken\ntitle: B\nversion: 1.0.0\nclauses:\n  - id: B-1\n    title: T\n    severity: loud\n");
        Result result = check(PASSING, "--pack", broken.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("guideline.yaml:7:") && result.err().contains("does not compile"), result.err());
    }
}
