package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run as JSON, read back as a tool would. */
class JsonReporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path project;
    private static JsonNode mixed;

    @BeforeAll
    static void run() throws Exception {
        project = Fixtures.reportProject(tmp);
        mixed = write(TestRunner.run(project));
    }

    private static JsonNode write(TestRun run) throws Exception {
        StringWriter out = new StringWriter();
        JsonReporter.write(run, out);
        return JSON.readTree(out.toString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode caseNamed(String name) {
        for (JsonNode node : mixed.get("cases")) {
            if (node.get("name").asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("no case " + name + " in " + mixed);
    }

    @Test
    void theCountsTheProjectAndTheGuideline() {
        assertEquals(project.toString(), mixed.get("project").asText());
        assertEquals("clinic 1.0.0", mixed.get("guideline").asText());
        assertEquals(2, mixed.get("passed").asInt());
        assertEquals(1, mixed.get("failed").asInt());
        assertEquals(1, mixed.get("errors").asInt());
        assertTrue(mixed.get("durationMs").isNumber());
    }

    @Test
    void everyCaseWithItsPlaceOutcomeAndClauses() {
        assertEquals(List.of("passes", "fails", "errs", "Quiet words pass"),
                mixed.get("cases").findValuesAsText("name"));
        JsonNode fails = caseNamed("fails");
        assertEquals(project.resolve("tests/a-mixed.yaml").toString(), fails.get("file").asText());
        assertEquals(5, fails.get("line").asInt());
        assertEquals("fail", fails.get("outcome").asText());
        assertEquals(List.of("PRV-2"), strings(fails.get("expected")));
        assertEquals(List.of("PRV-1"), strings(fails.get("actual")));
        assertEquals(List.of("PRV-2"), strings(fails.get("missing")));
        assertEquals(List.of("PRV-1"), strings(fails.get("unexpected")));
        assertTrue(strings(fails.get("problems")).containsAll(List.of("missing: PRV-2", "unexpected: PRV-1",
                "verdict fail, expected review")), fails.toString());
        assertEquals(3, fails.get("problems").size());
        assertFalse(fails.has("error"));

        JsonNode errs = caseNamed("errs");
        assertEquals("error", errs.get("outcome").asText());
        assertEquals("the case expects clause XYZ-9, which clinic does not have", errs.get("error").asText());
        assertEquals(List.of(), strings(errs.get("actual")));

        JsonNode passes = caseNamed("passes");
        assertEquals("pass", passes.get("outcome").asText());
        assertEquals(List.of(), strings(passes.get("problems")));
        assertTrue(passes.get("durationMs").isNumber());
    }

    @Test
    void theDiagnosticsWithCodeFileLineAndColumn() {
        JsonNode diagnostics = mixed.get("diagnostics");
        assertEquals(2, diagnostics.size());
        JsonNode missing = diagnostics.get(0);
        assertEquals("GP-TEST-3", missing.get("code").asText());
        assertEquals("error", missing.get("severity").asText());
        assertEquals(project.resolve("tests/a-mixed.yaml").toString(), missing.get("file").asText());
        assertEquals(12, missing.get("line").asInt());
        assertEquals(1, missing.get("column").asInt());
        assertTrue(missing.get("message").asText().startsWith("cannot read the communication file"));
        assertEquals("GP-YAML-2", diagnostics.get(1).get("code").asText());
        assertEquals(4, diagnostics.get(1).get("line").asInt());
    }

    @Test
    void theCoverageOfTheFixture() throws Exception {
        JsonNode coverage = write(TestRunner.run(Fixtures.clinic())).get("coverage");
        assertEquals(50.0, coverage.get("percent").asDouble());
        assertEquals(80.0, coverage.get("rulePercent").asDouble());
        assertEquals(50.0, coverage.get("clausePercent").asDouble());
        assertEquals(List.of("PRV-1 identifiable patient image"), strings(coverage.get("uncoveredRules")));
        assertEquals(List.of("STY-1"), strings(coverage.get("clausesWithoutHit")));
        assertEquals(List.of("OFR-1", "STY-1"), strings(coverage.get("clausesWithoutNearMiss")), "sorted");
    }

    @Test
    void aProjectThatDoesNotCompileHasNoGuidelineNoCasesAndNoCoverage(@TempDir Path other) throws Exception {
        Path broken = Fixtures.copyClinic(other);
        java.nio.file.Files.writeString(broken.resolve("rules/broken.drl"), "rule \"X\" when then");
        JsonNode json = write(TestRunner.run(broken));
        assertTrue(json.get("guideline").isNull(), json.toString());
        assertEquals(0, json.get("cases").size());
        assertFalse(json.has("coverage"));
        assertTrue(json.get("diagnostics").findValuesAsText("code").contains("GP-DRL-1"), json.toString());
    }
}
