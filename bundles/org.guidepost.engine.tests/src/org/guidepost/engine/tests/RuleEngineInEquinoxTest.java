package org.guidepost.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.GuidelineSources;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.engine.RuleSource;
import org.guidepost.model.Clause;
import org.guidepost.model.Communication;
import org.guidepost.model.Evidence;
import org.guidepost.model.Finding;
import org.guidepost.model.Guideline;
import org.guidepost.model.Lexicon;
import org.guidepost.model.Report;
import org.guidepost.model.Severity;
import org.guidepost.model.Verdict;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Drools inside Equinox: the engine bundle embeds it, and rules compile and fire on model classes. */
class RuleEngineInEquinoxTest {
    private static final String MODEL_RULE = """
            package equinox
            import org.guidepost.model.*
            import org.guidepost.engine.*
            global org.guidepost.engine.Findings findings
            dialect "mvel"

            rule "request for x-rays"
                @clause("PRV-5")
            when
                $c : Communication( channel != "email" )
                $m : LexiconMatch( lexicon == "requests" )
            then
                findings.add("Asks for x-rays in " + $c.id, $m);
            end
            """;
    private static final Guideline GUIDELINE = new Guideline("equinox", "Equinox test", "1.0.0", null, "en", List.of(
            new Clause("PRV-5", "Health information", null, Severity.ERROR, null, "Use secure channels."),
            new Clause("X-1", "Booked", null, Severity.INFO, null, null)));
    private static final List<Lexicon> LEXICONS = List.of(
            new Lexicon("requests", null, List.of(new Lexicon.Term("send us your x-ray", List.of(), List.of()))));

    private static GuidelineSources sources(String drl) {
        return new GuidelineSources("guideline.yaml", "", GUIDELINE, List.of(new RuleSource("rules/equinox.drl", drl)),
                LEXICONS, Set.of());
    }

    @Test
    void runsInsideEquinoxWithTheModelAndEngineAsBundles() {
        Bundle engine = FrameworkUtil.getBundle(RuleEngine.class);
        Bundle model = FrameworkUtil.getBundle(Communication.class);
        assertNotNull(engine, "the engine is loaded by an OSGi bundle class loader");
        assertEquals("org.guidepost.engine", engine.getSymbolicName());
        assertEquals("org.guidepost.model", model.getSymbolicName());
        assertTrue((engine.getState() & (Bundle.ACTIVE | Bundle.RESOLVED | Bundle.STARTING)) != 0, "engine bundle state " + engine.getState());
        assertNotNull(engine.getEntry("lib/drools-core.jar"), "Drools is nested in the engine bundle");
    }

    @Test
    void compilesADrlStringAndFiresARuleOnAModelClass() throws Exception {
        RuleSet rules = RuleEngine.compile(sources(MODEL_RULE)).ruleSetOrThrow();

        Report report = rules.check(
                new Communication("c-1", "facebook", "post", "clinic", "Hurt your back? Send us your X-rays!"));
        List<Finding> findings = report.findings();
        assertEquals(Verdict.FAIL, report.verdict());
        assertEquals(1, findings.size());
        assertEquals("PRV-5", findings.get(0).getClause());
        assertEquals("request for x-rays", findings.get(0).getRule());
        assertEquals(Severity.ERROR, findings.get(0).getSeverity());
        assertEquals("Asks for x-rays in c-1", findings.get(0).getMessage());
        assertEquals("Use secure channels.", findings.get(0).getRemediation());
        assertEquals(List.of(Evidence.of("/text", 16, 35, "Send us your X-rays")), findings.get(0).getEvidence());
        assertEquals(List.of(), rules.check(
                new Communication("c-2", "email", "direct-message", "clinic", "Send us your x-rays, please.")).findings());
    }

    @Test
    void rulesAboutAClassOfTheCallersBundleCompileThroughTheBridgeLoader() throws Exception {
        assertNotEquals(FrameworkUtil.getBundle(Appointment.class), FrameworkUtil.getBundle(RuleEngine.class));
        String drl = """
                package equinox.bridge
                import org.guidepost.model.Communication
                import org.guidepost.engine.tests.Appointment
                global org.guidepost.engine.Findings findings
                dialect "mvel"

                rule "booked from a post"
                    @clause("X-1")
                when
                    $c : Communication()
                    Appointment( communicationId == $c.id, booked )
                then
                    findings.add("booked");
                end
                """;
        Compilation compilation = RuleEngine.compile(sources(drl), Appointment.class.getClassLoader());

        assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR),
                compilation.diagnostics().toString());
        assertTrue(compilation.ruleSet().isPresent(), "rules about the caller's own class compile");
    }

    @Test
    void brokenRulesGiveDiagnosticsNotStackTraces() {
        Compilation compilation = RuleEngine.compile(sources("package x\nrule \"r\"\nwhen\n  Nonsense( \nthen\nend\n"));
        assertTrue(compilation.hasErrors());
        assertTrue(compilation.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .allMatch(d -> d.file().equals("rules/equinox.drl") && d.line() > 0), compilation.diagnostics().toString());
    }
}
