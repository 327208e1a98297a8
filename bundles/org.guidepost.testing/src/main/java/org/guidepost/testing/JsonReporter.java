package org.guidepost.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import org.guidepost.model.Diagnostic;
import org.guidepost.testing.CaseResult.Outcome;

/** The test run as JSON, for tools: counts, diagnostics, every case with expected and actual clauses, coverage. */
public final class JsonReporter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReporter() {
    }

    public static ObjectNode toJson(TestRun run) {
        ObjectNode root = JSON.createObjectNode();
        root.put("project", run.project());
        root.put("guideline", run.guideline());
        root.put("passed", run.count(Outcome.PASS));
        root.put("failed", run.count(Outcome.FAIL));
        root.put("errors", run.count(Outcome.ERROR));
        root.put("durationMs", run.nanos() / 1e6);
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : run.diagnostics()) {
            diagnostics.addObject().put("code", d.code()).put("severity", d.severity().word()).put("file", d.file())
                    .put("line", d.line()).put("column", d.column()).put("message", d.message());
        }
        ArrayNode cases = root.putArray("cases");
        for (CaseResult result : run.results()) {
            ObjectNode node = cases.addObject();
            node.put("file", result.testCase().file());
            node.put("line", result.testCase().line());
            node.put("name", result.testCase().name());
            node.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
            strings(node.putArray("expected"), result.expected());
            strings(node.putArray("actual"), result.actual());
            strings(node.putArray("missing"), result.missing());
            strings(node.putArray("unexpected"), result.unexpected());
            result.problems().forEach(node.putArray("problems")::add); // in the order they were found
            if (result.error() != null) {
                node.put("error", result.error());
            }
            node.put("durationMs", result.nanos() / 1e6);
        }
        if (run.coverage() != null) {
            Coverage coverage = run.coverage();
            ObjectNode node = root.putObject("coverage");
            node.put("percent", coverage.percent());
            node.put("rulePercent", coverage.rulePercent());
            node.put("clausePercent", coverage.clausePercent());
            strings(node.putArray("uncoveredRules"), coverage.uncoveredRules());
            strings(node.putArray("clausesWithoutHit"), coverage.clausesWithoutHit());
            strings(node.putArray("clausesWithoutNearMiss"), coverage.clausesWithoutNearMiss());
        }
        return root;
    }

    public static void write(TestRun run, Writer out) throws IOException {
        JSON.writeValue(out, toJson(run));
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.stream().sorted().forEach(array::add);
    }
}
