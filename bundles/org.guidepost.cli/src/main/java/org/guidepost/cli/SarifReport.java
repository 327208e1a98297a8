package org.guidepost.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guidepost.model.Clause;
import org.guidepost.model.Evidence;
import org.guidepost.model.Finding;
import org.guidepost.model.Guideline;
import org.guidepost.model.Severity;

/**
 * Builds a SARIF 2.1.0 log. The guideline's clauses are the rules. Each text field a finding points into is an
 * artifact of its own whose contents are that text (URI {@code communication/<id>/<field>}), so a result's
 * region ({@code charOffset}, {@code charLength}, in UTF-16 code units) stands in the words themselves; evidence
 * without offsets (an image, a mention) is a logical location.
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SarifReport() {
    }

    static ObjectNode of(List<Checked> checked, Guideline guideline, String source) {
        ObjectNode log = JSON.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "guidepost");
        driver.put("version", Versions.guidepost());
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Clause clause : guideline.clauses()) {
            ruleIndex.put(clause.id(), rules.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", clause.id());
            rule.putObject("shortDescription").put("text", clause.title());
            if (clause.text() != null) {
                rule.putObject("fullDescription").put("text", clause.text());
            }
            rule.putObject("defaultConfiguration").put("level", level(clause.severity()));
            if (clause.remediation() != null) {
                rule.putObject("help").put("text", clause.remediation());
            }
            if (clause.source() != null) {
                rule.putObject("properties").put("source", clause.source());
            }
        }
        ObjectNode properties = run.putObject("properties");
        properties.put("guideline", guideline.id());
        properties.put("guidelineVersion", guideline.version());
        properties.put("input", source);

        ArrayNode artifacts = run.putArray("artifacts");
        Map<String, Integer> artifactIndex = new HashMap<>();
        ArrayNode results = run.putArray("results");
        for (Checked one : checked) {
            JsonNode communication = ReportFormat.COMPACT.valueToTree(one.communication());
            String id = one.communication().getId();
            for (Finding finding : one.report().findings()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", finding.getClause());
                Integer index = ruleIndex.get(finding.getClause());
                if (index != null) {
                    result.put("ruleIndex", index);
                }
                result.put("level", level(finding.getSeverity()));
                result.putObject("message").put("text", finding.getMessage());
                ArrayNode locations = result.putArray("locations");
                for (Evidence evidence : finding.getEvidence()) {
                    ObjectNode location = locations.addObject();
                    if (evidence.start() != null) {
                        String uri = "communication/" + id + evidence.field();
                        int artifact = artifactIndex.computeIfAbsent(uri, u -> {
                            ObjectNode node = artifacts.addObject();
                            node.putObject("location").put("uri", u);
                            node.putObject("contents").put("text", communication.at(evidence.field()).asText());
                            return artifacts.size() - 1;
                        });
                        ObjectNode physical = location.putObject("physicalLocation");
                        physical.putObject("artifactLocation").put("uri", uri).put("index", artifact);
                        ObjectNode region = physical.putObject("region");
                        region.put("charOffset", evidence.start());
                        region.put("charLength", evidence.end() - evidence.start());
                        if (evidence.excerpt() != null) {
                            region.putObject("snippet").put("text", evidence.excerpt());
                        }
                    }
                    location.putArray("logicalLocations").addObject()
                            .put("fullyQualifiedName", id + evidence.field()).put("kind", "element");
                }
                ObjectNode resultProperties = result.putObject("properties");
                resultProperties.put("communication", id);
                resultProperties.put("rule", finding.getRule());
                if (finding.getRemediation() != null) {
                    resultProperties.put("remediation", finding.getRemediation());
                }
            }
        }
        return log;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
