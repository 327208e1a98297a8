package org.guidepost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.guidepost.cli.GuidepostCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    /** A small project of the tests' own (the first cut of the shipped guideline), so they do not change with the shipped content. */
    static final Path FIXTURE = Path.of("src/test/resources/projects/tiny");

    @Test
    void aProjectWithWarningsOnlyExitsZero() {
        Result result = GuidepostCommandTest.run("validate", FIXTURE.toString());

        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().contains(FIXTURE + ": 0 errors"), result.out());
        assertTrue(result.out().lines().filter(l -> l.contains(": warning ")).allMatch(l -> l.contains("GP-CLAUSE-1")),
                result.out());
    }

    @Test
    void errorsArePrintedAsFileLineColumnSeverityCodeMessageAndExitOne(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("broken"));
        Files.createDirectories(project.resolve("rules"));
        Files.writeString(project.resolve("guideline.yaml"), """
                id: broken
                title: Broken
                version: 1.0.0
                clauses:
                  - id: B-1
                    title: Something
                    severity: error
                """);
        Files.writeString(project.resolve("rules/a.drl"), """
                package broken
                import org.guidepost.model.Communication
                global org.guidepost.engine.Findings findings
                rule "B-1 something"
                    @clause("B-2")
                when
                    Communication()
                then
                    findings.add("x");
                end
                """);

        Result result = GuidepostCommandTest.run("validate", project.toString());

        assertEquals(1, result.code(), result.out() + result.err());
        assertTrue(result.out().lines().anyMatch(l -> l.startsWith(project.resolve("rules/a.drl") + ":4:1: error GP-RULE-2 ")),
                result.out());
        assertTrue(result.out().contains(project + ": 1 error, 1 warning"), result.out());
    }

    @Test
    void aFolderThatIsNotAProjectIsBadUsage(@TempDir Path dir) {
        Result result = GuidepostCommandTest.run("validate", dir.toString());

        assertEquals(2, result.code());
        assertTrue(result.err().contains("is not a guideline project (it has no guideline.yaml)"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertEquals(2, GuidepostCommandTest.run("validate", dir.resolve("missing").toString()).code());
    }
}
