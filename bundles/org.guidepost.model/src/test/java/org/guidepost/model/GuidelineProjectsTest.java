package org.guidepost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidelineProjectsTest {
    private static final Path SHIPPED_RULES = Path.of("../../rules");

    @Test
    void opensTheShippedProjectWithItsClausesAndFiles() throws Exception {
        List<Path> projects = GuidelineProjects.discover(SHIPPED_RULES);
        assertTrue(projects.stream().anyMatch(p -> p.getFileName().toString().equals("model-social-media")),
                "discovered " + projects);

        GuidelineProject project = GuidelineProjects.open(SHIPPED_RULES.resolve("model-social-media"));
        assertEquals("model-social-media", project.guideline().id());
        Clause prv5 = project.guideline().clause("PRV-5").orElseThrow();
        assertEquals(Severity.ERROR, prv5.severity());
        assertEquals("Health information through social channels", prv5.title());
        assertEquals(List.of("privacy.drl"), project.ruleFiles().stream().map(p -> p.getFileName().toString()).toList());
        assertFalse(project.testFiles().isEmpty());
    }

    @Test
    void discoverIgnoresFoldersWithoutGuidelineAndMissingRoots(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("not-a-project"));
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("b/guideline.yaml"), "id: b\ntitle: B\nversion: 1.0.0\n");
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("a/guideline.yaml"), "id: a\ntitle: A\nversion: 1.0.0\n");

        assertEquals(List.of(root.resolve("a"), root.resolve("b")), GuidelineProjects.discover(root));
        assertEquals(List.of(), GuidelineProjects.discover(root.resolve("missing")));
    }

    @Test
    void malformedYamlIsRefusedWithCodeAndLocation(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("guideline.yaml");
        Files.writeString(file, "id: x\ntitle: X\nversion: 1.0.0\nclauses:\n  - id: A-1\n\ttitle: tab\n");

        GuidelineFormatException e = assertThrows(GuidelineFormatException.class, () -> GuidelineProjects.readGuideline(file));
        assertEquals(GuidelineFormatException.YAML_SYNTAX, e.code());
        assertEquals(6, e.line());
        assertTrue(e.getMessage().startsWith(file + ":6:"), e.getMessage());
    }

    @Test
    void unknownFieldNamesTheFieldTheLineAndWhatIsAllowed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("guideline.yaml");
        Files.writeString(file, "id: x\ntitle: X\nversion: 1.0.0\nclauses:\n  - id: A-1\n    title: T\n    severity: error\n    sevrity: warning\n");

        GuidelineFormatException e = assertThrows(GuidelineFormatException.class, () -> GuidelineProjects.readGuideline(file));
        assertEquals(GuidelineFormatException.YAML_CONTENT, e.code());
        assertEquals(8, e.line());
        assertTrue(e.problem().contains("'sevrity'") && e.problem().contains("clauses[0]")
                && e.problem().contains("severity"), e.problem());
    }

    @Test
    void badSeverityListsTheAllowedWords(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("guideline.yaml");
        Files.writeString(file, "id: x\ntitle: X\nversion: 1.0.0\nclauses:\n  - id: A-1\n    title: T\n    severity: fatal\n");

        GuidelineFormatException e = assertThrows(GuidelineFormatException.class, () -> GuidelineProjects.readGuideline(file));
        assertEquals(GuidelineFormatException.YAML_CONTENT, e.code());
        assertTrue(e.problem().contains("error, warning, info"), e.problem());
    }

    @Test
    void missingRequiredFieldIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("guideline.yaml");
        Files.writeString(file, "id: x\ntitle: X\n");

        GuidelineFormatException e = assertThrows(GuidelineFormatException.class, () -> GuidelineProjects.readGuideline(file));
        assertEquals(GuidelineFormatException.YAML_CONTENT, e.code());
        assertTrue(e.problem().contains("version"), e.problem());
    }
}
