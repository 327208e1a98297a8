package org.guidepost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectVocabularyTest {

    @Test
    void aVariantNamesItsOwnAndItsInheritedClausesAndLexicons(@TempDir Path rules) throws Exception {
        write(rules.resolve("base/guideline.yaml"), """
                id: base
                title: Base
                version: 1.0.0
                clauses:
                  - id: PRV-1
                    title: Privacy
                    severity: error
                    text: Keep it private.
                """);
        write(rules.resolve("base/lexicons/cures.yaml"), "name: cures\nterms: [cure]\n");
        write(rules.resolve("variant/guideline.yaml"), """
                id: variant
                title: Variant
                version: 1.0.0
                extends: ../base
                clauses:
                  - id: AU-1
                    title: Australian extra
                    severity: warning
                """);
        write(rules.resolve("variant/lexicons/extra.yaml"), "name: extra-words\nterms: [extra]\n");

        ProjectVocabulary vocabulary = ProjectVocabulary.read(rules.resolve("variant"));

        assertEquals(List.of("AU-1", "PRV-1"), List.copyOf(vocabulary.clauses().keySet()));
        assertEquals("Keep it private.", vocabulary.clauses().get("PRV-1").clause().text());
        assertEquals(rules.resolve("base/guideline.yaml").toAbsolutePath().normalize(),
                vocabulary.clauses().get("PRV-1").guidelineFile());
        assertEquals(List.of("extra-words", "cures"), List.copyOf(vocabulary.lexicons().keySet()));
        assertTrue(vocabulary.isCurrent());
    }

    @Test
    void unreadableFilesAndCircularExtendsLeaveThePartsThatCanBeRead(@TempDir Path rules) throws Exception {
        write(rules.resolve("a/guideline.yaml"), "id: a\ntitle: A\nversion: 1.0.0\nextends: ../b\nclauses:\n"
                + "  - id: A-1\n    title: A one\n    severity: info\n");
        write(rules.resolve("a/lexicons/broken.yaml"), "name: [not, a, name\n");
        write(rules.resolve("b/guideline.yaml"), "id: b\ntitle: B\nversion: 1.0.0\nextends: ../a\n");

        ProjectVocabulary vocabulary = ProjectVocabulary.read(rules.resolve("a"));

        assertEquals(List.of("A-1"), List.copyOf(vocabulary.clauses().keySet()));
        assertTrue(vocabulary.lexicons().isEmpty());
    }

    @Test
    void aChangedGuidelineMakesTheVocabularyStale(@TempDir Path project) throws Exception {
        Path guideline = write(project.resolve("guideline.yaml"), "id: p\ntitle: P\nversion: 1.0.0\n");
        ProjectVocabulary vocabulary = ProjectVocabulary.read(project);
        assertTrue(vocabulary.isCurrent());

        Files.setLastModifiedTime(guideline, FileTime.fromMillis(Files.getLastModifiedTime(guideline).toMillis() + 5_000));

        assertFalse(vocabulary.isCurrent());
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
