package org.guidepost.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guidepost.model.Clause;
import org.guidepost.model.Severity;
import org.junit.jupiter.api.Test;

/** Projects held in memory (packs, Git revisions) merge what they extend as projects on disk do. */
class ProjectFilesTest {
    private static final String BASE = """
            id: base
            title: Base
            version: 1.0.0
            clauses:
              - { id: AAA-1, title: First, severity: warning }
              - { id: AAA-2, title: Second, severity: info }
            """;

    private static ProjectFiles.Source source(Map<String, String> files) {
        TreeMap<String, String> sorted = new TreeMap<>(files);
        return new ProjectFiles.Source() {
            @Override
            public byte[] file(String path) {
                String text = sorted.get(path);
                return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public List<String> filesIn(String folder, String suffix) {
                return sorted.keySet().stream().filter(p -> p.startsWith(folder + "/") && p.endsWith(suffix)
                        && p.indexOf('/', folder.length() + 1) < 0).toList();
            }

            @Override
            public String resolve(String folder, String relative) {
                return relative.startsWith("../") ? relative.substring(3) : null;
            }

            @Override
            public String where() {
                return "in the test";
            }
        };
    }

    @Test
    void aVariantInheritsClausesRulesAndLexiconTermsAndChangesSeverities() throws Exception {
        GuidelineSources sources = ProjectFiles.load(source(Map.of(
                "base/guideline.yaml", BASE,
                "base/rules/a.drl", "package a\n",
                "base/lexicons/words.yaml", "name: words\nterms: [one]\n",
                "variant/guideline.yaml", """
                        id: variant
                        title: Variant
                        version: 1.0.0
                        extends: ../base
                        severities: { AAA-2: error }
                        disable: [some rule]
                        clauses:
                          - { id: BBB-1, title: Own, severity: warning }
                        """,
                "variant/rules/b.drl", "package b\n",
                "variant/lexicons/words.yaml", "name: words\nterms: [two]\n")), "variant");

        assertEquals(List.of("AAA-1", "AAA-2", "BBB-1"), sources.guideline().clauses().stream().map(Clause::id).toList());
        assertEquals(Severity.ERROR, sources.guideline().clause("AAA-2").orElseThrow().severity());
        assertEquals(List.of("base/rules/a.drl", "variant/rules/b.drl"),
                sources.rules().stream().map(RuleSource::name).toList());
        assertEquals(2, sources.lexicons().get(0).terms().size(), "the variant's terms are added to the inherited ones");
        assertEquals("variant/guideline.yaml", sources.guidelineFile());
        assertTrue(sources.disabledRules().contains("some rule"));
    }

    @Test
    void problemsNameTheFileAndWhere() {
        ProjectFiles.ProjectFilesException circle = assertThrows(ProjectFiles.ProjectFilesException.class,
                () -> ProjectFiles.load(source(Map.of("a/guideline.yaml", BASE.replace("id: base", "id: a")
                        + "extends: ../b\n", "b/guideline.yaml", BASE.replace("id: base", "id: b") + "extends: ../a\n")),
                        "a"));
        assertTrue(circle.getMessage().contains("goes round in a circle: a -> b -> a"), circle.getMessage());

        ProjectFiles.ProjectFilesException missing = assertThrows(ProjectFiles.ProjectFilesException.class,
                () -> ProjectFiles.load(source(Map.of("a/guideline.yaml", BASE + "extends: ../nowhere\n")), "a"));
        assertEquals("a/guideline.yaml in the test: 'extends: ../nowhere' names no guideline project there",
                missing.getMessage());

        ProjectFiles.ProjectFilesException twice = assertThrows(ProjectFiles.ProjectFilesException.class,
                () -> ProjectFiles.load(source(Map.of("a/guideline.yaml", BASE, "a/lexicons/x.yaml", "name: w\nterms: [a]\n",
                        "a/lexicons/y.yaml", "name: w\nterms: [b]\n")), "a"));
        assertTrue(twice.getMessage().startsWith("a/lexicons/y.yaml in the test: another lexicon of a is also named 'w'"),
                twice.getMessage());

        ProjectFiles.ProjectFilesException unknown = assertThrows(ProjectFiles.ProjectFilesException.class,
                () -> ProjectFiles.load(source(Map.of("a/guideline.yaml", BASE + "colour: blue\n")), "a"));
        assertTrue(unknown.getMessage().startsWith("a/guideline.yaml cannot be read in the test"), unknown.getMessage());
    }
}
