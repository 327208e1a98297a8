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
        assertFalse(project.ruleFiles().isEmpty());
        assertTrue(project.ruleFiles().stream().allMatch(p -> p.getFileName().toString().endsWith(".drl")));
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

    private static GuidelineFormatException refused(Path file, String yaml) throws Exception {
        Files.writeString(file, yaml);
        return assertThrows(GuidelineFormatException.class, () -> {
            if (file.getFileName().toString().equals("guideline.yaml")) {
                GuidelineProjects.readGuideline(file);
            } else {
                GuidelineProjects.readLexicon(file);
            }
        });
    }

    @Test
    void theGuidelineSchemaChecksFormsOfIdsAndVersions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("guideline.yaml");
        GuidelineFormatException version = refused(file, "id: x\ntitle: X\nversion: one\n");
        assertEquals(3, version.line());
        assertTrue(version.problem().startsWith("version: 'one' is not in the expected form: Semantic version"), version.problem());

        GuidelineFormatException clauseId = refused(file, "id: x\ntitle: X\nversion: 1.0.0\nclauses:\n  - id: prv 1\n    title: T\n    severity: error\n");
        assertEquals(5, clauseId.line());
        assertTrue(clauseId.problem().startsWith("clauses[0].id: 'prv 1' is not in the expected form"), clauseId.problem());

        GuidelineFormatException missing = refused(file, "id: x\ntitle: X\nversion: 1.0.0\nclauses:\n  - id: A-1\n    severity: error\n");
        assertEquals(5, missing.line(), "the clause that lacks the field");
        assertTrue(missing.problem().startsWith("clauses[0].title: required field is missing"), missing.problem());

        GuidelineFormatException override = refused(file, "id: x\ntitle: X\nversion: 1.0.0\nextends: ../base\nseverities:\n  PRV-1: loud\n");
        assertEquals(6, override.line());
        assertTrue(override.problem().contains("'loud' is not one of error, warning, info"), override.problem());
    }

    @Test
    void theLexiconSchemaChecksTermsInBothForms(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("words.yaml");
        Files.writeString(file, "name: words\nterms:\n  - plain phrase\n  - phrase: another\n    variants: [other]\n");
        Lexicon lexicon = GuidelineProjects.readLexicon(file);
        assertEquals(List.of("plain phrase", "another"), lexicon.terms().stream().map(Lexicon.Term::phrase).toList());
        assertEquals(List.of("other"), lexicon.terms().get(1).variants());

        GuidelineFormatException unknown = refused(file, "name: words\nterms:\n  - phrase: x\n    variant: [y]\n");
        assertEquals(4, unknown.line());
        assertTrue(unknown.problem().startsWith("terms[0].variant: unknown field 'variant' (allowed: phrase, variants, exceptions)"),
                unknown.problem());

        GuidelineFormatException name = refused(file, "name: Case Stories\nterms: [x]\n");
        assertEquals(1, name.line());
        assertTrue(name.problem().contains("Lower-case words joined by hyphens"), name.problem());

        GuidelineFormatException empty = refused(file, "name: words\nterms: [\"...\"]\n");
        assertTrue(empty.problem().contains("at least one letter or digit"), empty.problem());
    }
}
