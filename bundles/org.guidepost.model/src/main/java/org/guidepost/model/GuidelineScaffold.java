package org.guidepost.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Starts the files of a guideline project the way the workbench's New wizards do: a project with one clause, a rule,
 * a lexicon and a test case that already compile and pass, and new rule files, lexicons and test files in the
 * project's conventions. Names are checked first; nothing is overwritten.
 */
public final class GuidelineScaffold {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern CLAUSE = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]+");

    private GuidelineScaffold() {
    }

    /** Why {@code name} is not a usable project id, folder, rule file or lexicon name, or null when it is. */
    public static String problemWithName(String name) {
        if (name == null || name.isBlank()) {
            return "Give it a name.";
        }
        if (!ID.matcher(name).matches()) {
            return "Use lower-case letters, digits and '-' (e.g. model-social-media-ab), starting with a letter or digit.";
        }
        return null;
    }

    /** Why {@code id} is not a usable clause id, or null when it is. */
    public static String problemWithClauseId(String id) {
        return id != null && CLAUSE.matcher(id).matches() ? null
                : "A clause id is a section code, a dash and a number, e.g. PRV-1.";
    }

    /**
     * Creates the project {@code parent/id} with a guideline of one clause, a rule enforcing it, a lexicon and two
     * test cases (one raising the clause, one near miss); returns the project folder.
     */
    public static Path createProject(Path parent, String id, String title, String publisher, String clauseId)
            throws IOException {
        require(problemWithName(id));
        require(problemWithClauseId(clauseId));
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Give the guideline a title.");
        }
        Path project = parent.resolve(id);
        if (Files.exists(project)) {
            throw new FileAlreadyExistsException(project.toString(), null, "a folder of that name already exists");
        }
        String section = clauseId.substring(0, clauseId.indexOf('-')).toLowerCase(Locale.ROOT);
        Files.createDirectories(project.resolve("rules"));
        Files.createDirectories(project.resolve("lexicons"));
        Files.createDirectories(project.resolve("tests"));
        write(project.resolve(GuidelineProjects.GUIDELINE_FILE), "id: " + id + "\n"
                + "title: " + yamlString(title) + "\n"
                + "version: 0.1.0\n"
                + (publisher == null || publisher.isBlank() ? "" : "publisher: " + yamlString(publisher) + "\n")
                + "language: en\n"
                + "clauses:\n"
                + "  - id: " + clauseId + "\n"
                + "    title: Guarantees\n"
                + "    severity: error\n"
                + "    text: Do not promise or guarantee the result of care.\n"
                + "    source: Write where the clause comes from, e.g. Code of conduct 2026, section 4.1\n"
                + "    remediation: Describe what care involves and what patients may expect, without promising a result.\n");
        write(project.resolve("lexicons/" + section + "-guarantees.yaml"), "name: " + section + "-guarantees\n"
                + "description: Words that promise a result (clause " + clauseId + ").\n"
                + "terms:\n"
                + "  - phrase: guarantee\n"
                + "    variants: [guaranteed results, results guaranteed, money back]\n"
                + "    exceptions: [no guarantee, cannot guarantee]\n");
        write(project.resolve("rules/" + section + ".drl"), ruleFile(id, section, clauseId, section + "-guarantees"));
        write(project.resolve("tests/" + section + ".yaml"), "cases:\n"
                + "  - name: A guaranteed result breaks " + clauseId + "\n"
                + "    communication:\n"
                + "      id: t-1\n      channel: instagram\n      kind: post\n      account: { type: clinic }\n"
                + "      text: Back pain gone in 3 sessions, results guaranteed!\n"
                + "    expect:\n      clauses: [" + clauseId + "]\n"
                + "  - name: Near miss for " + clauseId + " - saying there is no guarantee is fine\n"
                + "    communication:\n"
                + "      id: t-2\n      channel: instagram\n      kind: post\n      account: { type: clinic }\n"
                + "      text: Every body is different and there is no guarantee, but we will make a plan together.\n"
                + "    expect:\n      clauses: []\n");
        return project;
    }

    /** A new rule file {@code rules/<name>.drl} with one rule enforcing {@code clauseId} to complete. */
    public static Path newRuleFile(Path project, String name, String clauseId, String lexicon) throws IOException {
        require(problemWithName(name));
        require(problemWithClauseId(clauseId));
        Path file = project.resolve("rules").resolve(name + ".drl");
        String id = project.getFileName().toString();
        Files.createDirectories(file.getParent());
        writeNew(file, ruleFile(id, name, clauseId, lexicon));
        return file;
    }

    /** A new lexicon {@code lexicons/<name>.yaml} with one term. */
    public static Path newLexicon(Path project, String name, String firstPhrase) throws IOException {
        require(problemWithName(name));
        if (firstPhrase == null || firstPhrase.isBlank()) {
            throw new IllegalArgumentException("Give the lexicon its first word or phrase.");
        }
        Path file = project.resolve("lexicons").resolve(name + ".yaml");
        Files.createDirectories(file.getParent());
        writeNew(file, "name: " + name + "\ndescription: Say what the words have in common and which clause uses them.\n"
                + "terms:\n  - " + yamlString(firstPhrase.strip()) + "\n");
        return file;
    }

    private static String ruleFile(String projectId, String name, String clauseId, String lexicon) {
        return "package rules." + projectId.replace('-', '_') + "." + name.replace('-', '_') + "\n\n"
                + "import org.guidepost.model.*\n"
                + "import org.guidepost.engine.*\n\n"
                + "global org.guidepost.engine.Findings findings\n\n"
                + "dialect \"mvel\"\n\n"
                + "// " + clauseId + ": say in a line what the rule looks for.\n"
                + "rule \"" + clauseId + " " + (lexicon == null ? "to complete" : "words of " + lexicon) + "\"\n"
                + "    @clause(\"" + clauseId + "\")\n"
                + "when\n"
                + "    $c : Communication( )\n"
                + (lexicon == null ? "    $m : LexiconMatch( field == \"/text\" )\n"
                        : "    $m : LexiconMatch( lexicon == \"" + lexicon + "\", field == \"/text\" )\n")
                + "then\n"
                + "    findings.add(\"Say what the post does wrong, in words the clinic understands.\", $m);\n"
                + "end\n";
    }

    private static void require(String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void writeNew(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "a file of that name already exists");
        }
        write(file, text);
    }
}
