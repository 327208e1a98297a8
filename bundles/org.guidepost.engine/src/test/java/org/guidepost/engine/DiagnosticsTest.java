package org.guidepost.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each diagnostic the engine gives, with its code and place, on a copy of the fixture broken one way. */
class DiagnosticsTest {
    @TempDir
    Path dir;

    private Path base() throws Exception {
        return Fixtures.copy("base", dir.resolve("base"));
    }

    /** Copies of both fixture projects side by side; returns the variant. */
    private Path variant() throws Exception {
        base();
        return Fixtures.copy("variant", dir.resolve("variant"));
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to));
    }

    private static Diagnostic only(Compilation compilation, String code) {
        List<Diagnostic> found = compilation.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, found.size(), compilation.diagnostics().toString());
        return found.get(0);
    }

    private static void assertAt(Diagnostic d, Severity severity, String fileSuffix, int line) {
        assertEquals(severity, d.severity(), d.toString());
        assertTrue(d.file().replace('\\', '/').endsWith(fileSuffix), d.toString());
        assertEquals(line, d.line(), d.toString());
    }

    @Test
    void drlSyntaxError() throws Exception {
        Path project = base();
        replace(project.resolve("rules/style.drl"), "text matches", "text matches matches");
        Compilation compilation = RuleEngine.compileProject(project);
        Diagnostic d = compilation.diagnostics().get(0);
        assertEquals(RuleEngine.DRL_ERROR, d.code());
        assertAt(d, Severity.ERROR, "base/rules/style.drl", 12);
        assertTrue(d.column() > 0);
        assertTrue(compilation.ruleSet().isEmpty());
    }

    @Test
    void unknownFieldInARule() throws Exception {
        Path project = base();
        replace(project.resolve("rules/style.drl"), "Communication( text matches", "Communication( colour matches");
        Diagnostic d = RuleEngine.compileProject(project).diagnostics().get(0);
        assertEquals(RuleEngine.DRL_ERROR, d.code());
        assertTrue(d.message().contains("colour"), d.message());
        assertAt(d, Severity.ERROR, "base/rules/style.drl", 12);
    }

    @Test
    void unknownClause() throws Exception {
        Path project = base();
        replace(project.resolve("rules/style.drl"), "@clause(\"A-3\")", "@clause(\"A-9\")");
        Compilation compilation = RuleEngine.compileProject(project);
        Diagnostic d = only(compilation, RuleEngine.UNKNOWN_CLAUSE);
        assertAt(d, Severity.ERROR, "base/rules/style.drl", 9);
        assertTrue(d.message().contains("A-9") && d.message().contains("A-1, A-2, A-3"), d.message());
        assertTrue(compilation.ruleSet().isEmpty());
    }

    @Test
    void missingClause() throws Exception {
        Path project = base();
        replace(project.resolve("rules/style.drl"), "    @clause(\"A-3\")\n", "");
        Diagnostic d = only(RuleEngine.compileProject(project), RuleEngine.MISSING_CLAUSE);
        assertAt(d, Severity.ERROR, "base/rules/style.drl", 9);
    }

    @Test
    void badSeverity() throws Exception {
        Path project = base();
        replace(project.resolve("rules/style.drl"), "@clause(\"A-3\")", "@clause(\"A-3\") @severity(\"fatal\")");
        Diagnostic d = only(RuleEngine.compileProject(project), RuleEngine.BAD_SEVERITY);
        assertTrue(d.message().contains("error, warning, info"), d.message());
    }

    @Test
    void aRuleSeverityOverridesTheClauses() throws Exception {
        Path project = base();
        replace(project.resolve("rules/style.drl"), "@clause(\"A-3\")", "@clause(\"A-3\") @severity(\"warning\")");
        RuleSet rules = RuleEngine.compileProject(project).ruleSetOrThrow();
        assertEquals(Severity.WARNING, rules.check(Fixtures.post("LOUDER please")).findings().get(0).getSeverity());
    }

    @Test
    void duplicateRuleName() throws Exception {
        Path project = base();
        replace(project.resolve("rules/style.drl"), "rule \"A-3 shouting\"", "rule \"A-2 case story\"");
        Compilation compilation = RuleEngine.compileProject(project);
        Diagnostic d = only(compilation, RuleEngine.DUPLICATE_RULE);
        assertTrue(d.message().contains("privacy.drl"), d.message());
    }

    @Test
    void unenforcedClauseIsAWarningOnTheClausesLine() throws Exception {
        Path project = base();
        Files.delete(project.resolve("rules/style.drl"));
        Compilation compilation = RuleEngine.compileProject(project);
        Diagnostic d = only(compilation, RuleEngine.UNENFORCED_CLAUSE);
        assertAt(d, Severity.WARNING, "base/guideline.yaml", 17);
        assertTrue(compilation.ruleSet().isPresent(), "a warning does not stop compilation");
    }

    @Test
    void unknownLexicon() throws Exception {
        Path project = base();
        replace(project.resolve("rules/privacy.drl"), "lexicon == \"case-stories\"", "lexicon == \"case-storys\"");
        Diagnostic d = only(RuleEngine.compileProject(project), RuleEngine.UNKNOWN_LEXICON);
        assertAt(d, Severity.ERROR, "base/rules/privacy.drl", 22);
        assertEquals(36, d.column(), "the column of the misspelt name");
        assertTrue(d.message().contains("case-stories, health-requests"), d.message());
    }

    @Test
    void duplicateLexiconName() throws Exception {
        Path project = base();
        Files.writeString(project.resolve("lexicons/more.yaml"), "name: case-stories\nterms: [x]\n");
        only(RuleEngine.compileProject(project), RuleEngine.DUPLICATE_LEXICON);
    }

    @Test
    void lexiconFileWithUnknownField() throws Exception {
        Path project = base();
        Files.writeString(project.resolve("lexicons/bad.yaml"), "name: bad\nterms:\n  - phrase: x\n    variant: [y]\n");
        Diagnostic d = only(RuleEngine.compileProject(project), "GP-YAML-2");
        assertAt(d, Severity.ERROR, "base/lexicons/bad.yaml", 4);
        assertTrue(d.message().contains("variants"), d.message());
    }

    @Test
    void extendsAMissingProject() throws Exception {
        Path variant = Fixtures.copy("variant", dir.resolve("variant"));
        Diagnostic d = only(RuleEngine.compileProject(variant), RuleEngine.EXTENDS_MISSING);
        assertAt(d, Severity.ERROR, "variant/guideline.yaml", 6);
    }

    @Test
    void extendsInACircle() throws Exception {
        Path a = Fixtures.copy("base", dir.resolve("a"));
        Path b = Fixtures.copy("variant", dir.resolve("b"));
        replace(b.resolve("guideline.yaml"), "extends: ../base", "extends: ../a");
        replace(a.resolve("guideline.yaml"), "language: en\n", "language: en\nextends: ../b\n");
        only(RuleEngine.compileProject(b), RuleEngine.EXTENDS_CYCLE);
    }

    @Test
    void severityOfAClauseThatIsNotInherited() throws Exception {
        Path variant = variant();
        replace(variant.resolve("guideline.yaml"), "  A-2: error", "  A-7: error");
        Diagnostic d = only(RuleEngine.compileProject(variant), RuleEngine.UNKNOWN_CLAUSE_OVERRIDE);
        assertAt(d, Severity.ERROR, "variant/guideline.yaml", 8);
    }

    @Test
    void disablingARuleThatDoesNotExist() throws Exception {
        Path variant = variant();
        replace(variant.resolve("guideline.yaml"), "  - A-3 shouting", "  - A-3 shoutting");
        Diagnostic d = only(RuleEngine.compileProject(variant), RuleEngine.UNKNOWN_DISABLED_RULE);
        assertAt(d, Severity.ERROR, "variant/guideline.yaml", 10);
    }

    @Test
    void overridesWithoutExtends() throws Exception {
        Path project = base();
        replace(project.resolve("guideline.yaml"), "language: en\n", "language: en\ndisable: [\"A-3 shouting\"]\n");
        only(RuleEngine.compileProject(project), RuleEngine.OVERRIDE_WITHOUT_EXTENDS);
    }

    @Test
    void aClauseDefinedTwice() throws Exception {
        Path variant = variant();
        replace(variant.resolve("guideline.yaml"), "  - id: V-1", "  - id: A-1");
        Diagnostic d = only(RuleEngine.compileProject(variant), RuleEngine.DUPLICATE_CLAUSE);
        assertTrue(d.message().contains("severities"), d.message());
    }

    @Test
    void diagnosticsNameFilesAsTheCallerNamedTheProject() throws Exception {
        Path project = base();
        replace(project.resolve("rules/style.drl"), "@clause(\"A-3\")", "@clause(\"A-9\")");
        Diagnostic d = only(RuleEngine.compileProject(project), RuleEngine.UNKNOWN_CLAUSE);
        assertEquals(project.resolve("rules/style.drl").toString(), d.file());
        assertTrue(d.toString().startsWith(project.resolve("rules/style.drl") + ":9:1: error GP-RULE-2 "), d.toString());
    }
}
