package org.guidepost.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guidepost.engine.RuleCompilationException;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.engine.RuleSource;
import org.guidepost.model.Communication;
import org.guidepost.model.Finding;
import org.guidepost.model.Severity;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Drools inside Equinox: the engine bundle embeds it, and rules compile and fire on model classes. */
class RuleEngineInEquinoxTest {
    private static final String MODEL_RULE = """
            package equinox
            import org.guidepost.model.Communication
            import org.guidepost.model.Finding
            import org.guidepost.model.Severity
            dialect "mvel"

            rule "request for x-rays"
                @clause("PRV-5")
            when
                $c : Communication( channel != "email", text matches "(?i).*send us your x-?rays?.*" )
            then
                insert(new Finding("PRV-5", drools.getRule().getName(), Severity.ERROR, "Asks for x-rays in " + $c.id));
            end
            """;

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
        RuleSet rules = RuleEngine.compile(List.of(new RuleSource("equinox.drl", MODEL_RULE)));

        List<Finding> findings = rules.evaluate(
                new Communication("c-1", "facebook", "post", "clinic", "Hurt your back? Send us your X-rays!"));
        assertEquals(1, findings.size());
        assertEquals("PRV-5", findings.get(0).getClause());
        assertEquals("request for x-rays", findings.get(0).getRule());
        assertEquals(Severity.ERROR, findings.get(0).getSeverity());
        assertEquals("Asks for x-rays in c-1", findings.get(0).getMessage());
        assertEquals(List.of(), rules.evaluate(
                new Communication("c-2", "email", "direct-message", "clinic", "Send us your x-rays, please.")));
    }

    @Test
    void rulesAboutAClassOfTheCallersBundleCompileThroughTheBridgeLoader() throws Exception {
        assertNotEquals(FrameworkUtil.getBundle(Appointment.class), FrameworkUtil.getBundle(RuleEngine.class));
        String drl = """
                package equinox.bridge
                import org.guidepost.model.Communication
                import org.guidepost.model.Finding
                import org.guidepost.model.Severity
                import org.guidepost.engine.tests.Appointment
                dialect "mvel"

                rule "booked from a post"
                    @clause("X-1")
                when
                    $c : Communication()
                    Appointment( communicationId == $c.id, booked )
                then
                    insert(new Finding("X-1", drools.getRule().getName(), Severity.INFO, "booked"));
                end
                """;
        RuleSet rules = RuleEngine.compile(List.of(new RuleSource("bridge.drl", drl)), Appointment.class.getClassLoader());

        Communication post = new Communication("c-3", "x", "post", "clinic", "Book with us");
        assertEquals(List.of("X-1"), rules.evaluate(post, new Appointment("c-3", true)).stream().map(Finding::getClause).toList());
        assertEquals(List.of(), rules.evaluate(post, new Appointment("c-3", false)));
    }

    @Test
    void brokenRulesGiveDiagnosticsNotStackTraces() {
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleEngine.compile(
                List.of(new RuleSource("rules/broken.drl", "package x\nrule \"r\"\nwhen\n  Nonsense( \nthen\nend\n"))));
        assertTrue(e.diagnostics().stream().allMatch(d -> d.file().equals("rules/broken.drl") && d.line() > 0),
                e.getMessage());
    }
}
