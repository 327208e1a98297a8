package org.guidepost.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.guidepost.model.Communication;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Finding;
import org.guidepost.model.Severity;
import org.junit.jupiter.api.Test;

/** The engine on a flat classpath, as a clinic's Maven project uses it (no OSGi). */
class RuleEngineTest {
    static final String DRL = """
            package test
            import org.guidepost.model.Communication
            import org.guidepost.model.Finding
            import org.guidepost.model.Severity
            dialect "mvel"

            rule "shouting"
                @clause("T-1")
            when
                $c : Communication( text matches ".*[A-Z]{5,}.*" )
            then
                insert(new Finding("T-1", drools.getRule().getName(), Severity.WARNING, "Shouting in " + $c.id));
            end
            """;

    @Test
    void compilesDrlAndFiresARuleOnAModelClass() throws Exception {
        RuleSet rules = RuleEngine.compile(List.of(new RuleSource("test.drl", DRL)));

        List<Finding> findings = rules.evaluate(new Communication("c-1", "facebook", "post", "clinic", "CALL TODAY please"));
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("T-1", finding.getClause());
        assertEquals("shouting", finding.getRule());
        assertEquals(Severity.WARNING, finding.getSeverity());
        assertEquals("Shouting in c-1", finding.getMessage());

        assertEquals(List.of(), rules.evaluate(new Communication("c-2", "facebook", "post", "clinic", "Book now, please")));
    }

    @Test
    void theShippedPrivacyRulesFlagAHealthInformationRequest() throws Exception {
        Path drl = Path.of("../../rules/model-social-media/rules/privacy.drl");
        RuleSet rules = RuleEngine.compile(List.of(new RuleSource("rules/privacy.drl", Files.readString(drl))));

        List<Finding> findings = rules.evaluate(new Communication("c-1", "instagram", "post", "clinic",
                "Sore knee? DM us your MRI report and we'll tell you if you need surgery!"));
        assertEquals(List.of("PRV-5"), findings.stream().map(Finding::getClause).toList());
        assertEquals(List.of(), rules.evaluate(new Communication("c-2", "email", "direct-message", "clinic",
                "Please send us your MRI report before your appointment.")));
    }

    @Test
    void aSyntaxErrorIsADiagnosticWithFileLineAndColumn() {
        String broken = "package test\nimport org.guidepost.model.Communication\nrule \"r\"\nwhen\n  Communication( text == )\nthen\nend\n";

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> RuleEngine.compile(List.of(new RuleSource("rules/broken.drl", broken))));
        Diagnostic first = e.diagnostics().get(0);
        assertEquals(RuleEngine.DRL_ERROR, first.code());
        assertEquals(Severity.ERROR, first.severity());
        assertEquals("rules/broken.drl", first.file());
        assertEquals(5, first.line());
        assertTrue(first.column() > 0, first.toString());
    }

    @Test
    void anUnknownFieldIsADiagnosticOnItsLine() {
        String unknownField = "package test\nimport org.guidepost.model.Communication\nrule \"r\"\nwhen\n  Communication( colour == \"red\" )\nthen\nend\n";

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> RuleEngine.compile(List.of(new RuleSource("rules/field.drl", unknownField))));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.line() == 5 && d.message().contains("colour")),
                e.getMessage());
    }
}
