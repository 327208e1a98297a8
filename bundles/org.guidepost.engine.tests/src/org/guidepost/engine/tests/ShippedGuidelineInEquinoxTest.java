package org.guidepost.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.GuidelineSources;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Communication;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.CommunicationReader;
import org.guidepost.model.Finding;
import org.guidepost.model.Report;
import org.guidepost.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The whole check as the workbench will run it: the shipped guideline project compiled from disk (its YAML
 * checked against the schemas nested in the model bundle), a communication read from JSON, the report.
 */
class ShippedGuidelineInEquinoxTest {

    @Test
    void theShippedProjectCompilesFromDiskAndChecksACommunicationReadFromJson() {
        Path project = Path.of(System.getProperty("guidepost.rules"), "model-social-media");
        Compilation compilation = RuleEngine.compileProject(project);
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());

        CommunicationReader.Result read = new CommunicationReader().read("""
                {"id": "e-1", "channel": "facebook", "kind": "comment", "account": {"type": "clinic"},
                 "text": "Not sure what's wrong? Send us your x-rays and we'll tell you."}""", "equinox");
        assertEquals(List.of(), read.problems());
        Report report = compilation.ruleSet().orElseThrow().check(read.communications().get(0));

        assertEquals(Verdict.FAIL, report.verdict());
        Finding prv5 = report.findings().stream().filter(f -> f.getClause().equals("PRV-5")).findFirst()
                .orElseThrow(() -> new AssertionError("no PRV-5 in " + report.findings()));
        assertTrue(prv5.getEvidence().get(0).excerpt().toLowerCase().contains("x-rays"), prv5.getEvidence().toString());
    }

    @Test
    void theShippedProjectLoadsFromItsPrecompiledForm() {
        Path project = Path.of(System.getProperty("guidepost.rules"), "model-social-media");
        List<Diagnostic> diagnostics = new ArrayList<>();
        GuidelineSources sources = GuidelineSources.read(project, diagnostics);
        assertEquals(List.of(), diagnostics);
        RuleSet compiled = RuleEngine.compile(sources).ruleSet().orElseThrow();

        Compilation loaded = RuleEngine.load(sources, compiled.precompiled());

        assertTrue(loaded.loadedPrecompiled(), loaded.diagnostics().toString());
        Communication post = new Communication("e-2", "instagram", "post", "clinic",
                "Not sure what's wrong? Send us your x-rays and we'll tell you.");
        assertEquals(compiled.check(post), loaded.ruleSet().orElseThrow().check(post));
        assertFalse(compiled.check(post).findings().isEmpty());
    }
}
