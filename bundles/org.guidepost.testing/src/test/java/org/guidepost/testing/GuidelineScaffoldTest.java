package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.RuleEngine;
import org.guidepost.model.GuidelineScaffold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New projects, rule files and lexicons start out compiling and, for a project, with passing, covering cases. */
class GuidelineScaffoldTest {
    @TempDir
    Path temp;

    @Test
    void aNewProjectCompilesAndItsCasesPassWithFullCoverage() throws Exception {
        Path project = GuidelineScaffold.createProject(temp, "clinic-code", "Clinic code of conduct", "A \"quoted\" college", "CLM-1");

        TestRun run = TestRunner.run(project);

        assertTrue(run.succeeded(), run.diagnostics() + " " + run.results());
        assertEquals(2, run.results().size());
        assertEquals(100.0, run.coverage().percent(), run.coverage().toString());
        assertThrows(FileAlreadyExistsException.class,
                () -> GuidelineScaffold.createProject(temp, "clinic-code", "Again", null, "CLM-1"));
    }

    @Test
    void newRuleFilesAndLexiconsCompileInTheProject() throws Exception {
        Path project = GuidelineScaffold.createProject(temp, "clinic-code", "Clinic code", null, "CLM-1");

        Path lexicon = GuidelineScaffold.newLexicon(project, "clm-cures", "cure");
        Path rules = GuidelineScaffold.newRuleFile(project, "clm-cures", "CLM-1", "clm-cures");

        assertTrue(Files.exists(lexicon) && Files.exists(rules));
        Compilation compilation = RuleEngine.compileProject(project);
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        assertTrue(compilation.ruleSet().orElseThrow().ruleNames().contains("CLM-1 words of clm-cures"));
        assertThrows(FileAlreadyExistsException.class, () -> GuidelineScaffold.newLexicon(project, "clm-cures", "x"));
    }

    @Test
    void badNamesAreRefusedWithAReason() {
        assertNull(GuidelineScaffold.problemWithName("model-social-media-ab"));
        assertTrue(GuidelineScaffold.problemWithName("Bad Name").contains("lower-case"));
        assertTrue(GuidelineScaffold.problemWithName("../escape").contains("lower-case"));
        assertNull(GuidelineScaffold.problemWithClauseId("PRV-12"));
        assertTrue(GuidelineScaffold.problemWithClauseId("prv1").contains("PRV-1"));
        assertThrows(IllegalArgumentException.class, () -> GuidelineScaffold.newRuleFile(temp, "Bad", "PRV-1", null));
    }
}
