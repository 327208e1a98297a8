package org.guidepost.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidepost.model.Clause;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProject;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Lexicon;
import org.guidepost.model.Severity;

/** Reads a guideline project and what it extends into {@link GuidelineSources}, collecting diagnostics. */
final class ProjectLoader {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Files are named in diagnostics relative to where the caller named the project. */
    private final Path top;

    private ProjectLoader(Path top) {
        this.top = top;
    }

    /** The sources, or null when the project cannot be read at all (the diagnostics say why). */
    static GuidelineSources load(Path directory, List<Diagnostic> diagnostics) {
        ProjectLoader loader = new ProjectLoader(directory);
        GuidelineSources sources = loader.load(directory, new LinkedHashSet<>());
        diagnostics.addAll(loader.diagnostics);
        return sources;
    }

    private GuidelineSources load(Path directory, Set<Path> chain) {
        Path real = directory.toAbsolutePath().normalize();
        if (!chain.add(real)) {
            error(RuleEngine.EXTENDS_CYCLE, directory.resolve(GuidelineProjects.GUIDELINE_FILE), 0, 0,
                    "'extends' goes round in a circle: " + chain.stream().map(p -> p.getFileName().toString())
                            .reduce((a, b) -> a + " -> " + b).orElse("") + " -> " + real.getFileName()
                            + " (a variant must extend a project that does not extend it back)");
            return null;
        }
        GuidelineProject project;
        try {
            project = GuidelineProjects.open(directory);
        } catch (GuidelineFormatException e) {
            diagnostics.add(new Diagnostic(e.code(), Severity.ERROR, name(e.file()), e.line(), e.column(), e.problem()));
            return null;
        }
        Guideline own = project.guideline();
        List<RuleSource> rules = new ArrayList<>();
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        Set<String> disabled = new LinkedHashSet<>(own.disabledRules());
        Map<String, Clause> clauses = new LinkedHashMap<>();

        if (own.extendsPath() != null) {
            Path parentDir = directory.resolve(own.extendsPath()).normalize();
            Path guidelineFile = directory.resolve(GuidelineProjects.GUIDELINE_FILE);
            if (!GuidelineProjects.isProject(parentDir)) {
                error(RuleEngine.EXTENDS_MISSING, guidelineFile, lineOf(guidelineFile, "extends:"), 1,
                        "'extends: " + own.extendsPath() + "' names no guideline project (no " + parentDir.resolve(
                                GuidelineProjects.GUIDELINE_FILE) + "); give the relative path of the project this one varies");
                return null;
            }
            GuidelineSources parent = load(parentDir, chain);
            if (parent == null) {
                return null;
            }
            rules.addAll(parent.rules());
            parent.lexicons().forEach(l -> lexicons.put(l.name(), l));
            disabled.addAll(parent.disabledRules());
            parent.guideline().clauses().forEach(c -> clauses.put(c.id(), c));
            own.severities().forEach((clauseId, severity) -> {
                Clause inherited = clauses.get(clauseId);
                if (inherited == null) {
                    error(RuleEngine.UNKNOWN_CLAUSE_OVERRIDE, guidelineFile, lineOf(guidelineFile, clauseId + ":"), 1,
                            "'severities' changes clause " + clauseId + ", which " + own.extendsPath()
                                    + " does not have (inherited clauses: " + String.join(", ", clauses.keySet()) + ")");
                } else {
                    clauses.put(clauseId, new Clause(inherited.id(), inherited.title(), inherited.text(), severity,
                            inherited.source(), inherited.remediation()));
                }
            });
        } else if (!own.severities().isEmpty() || !own.disabledRules().isEmpty()) {
            Path guidelineFile = directory.resolve(GuidelineProjects.GUIDELINE_FILE);
            error(RuleEngine.OVERRIDE_WITHOUT_EXTENDS, guidelineFile,
                    lineOf(guidelineFile, own.severities().isEmpty() ? "disable:" : "severities:"), 1,
                    "'severities' and 'disable' change inherited clauses and rules, but this guideline has no 'extends'");
        }
        for (Clause clause : own.clauses()) {
            if (clauses.containsKey(clause.id())) {
                Path guidelineFile = directory.resolve(GuidelineProjects.GUIDELINE_FILE);
                error(RuleEngine.DUPLICATE_CLAUSE, guidelineFile, lineOf(guidelineFile, "id: " + clause.id()), 1,
                        "clause " + clause.id() + " is defined twice" + (own.extendsPath() != null
                                ? " (it is inherited; change its severity under 'severities' instead)" : ""));
            } else {
                clauses.put(clause.id(), clause);
            }
        }
        for (Path file : project.ruleFiles()) {
            try {
                rules.add(new RuleSource(name(file), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                error(GuidelineFormatException.IO, file, 0, 0, "cannot read the rule file (" + e.getMessage() + ")");
            }
        }
        Set<String> ownLexicons = new LinkedHashSet<>();
        for (Path file : project.lexiconFiles()) {
            try {
                Lexicon lexicon = GuidelineProjects.readLexicon(file);
                if (!ownLexicons.add(lexicon.name())) {
                    error(RuleEngine.DUPLICATE_LEXICON, file, lineOf(file, "name:"), 1,
                            "another lexicon file of this project is also named '" + lexicon.name() + "'");
                    continue;
                }
                Lexicon inherited = lexicons.get(lexicon.name());
                lexicons.put(lexicon.name(), inherited == null ? lexicon : inherited.plus(lexicon.terms()));
            } catch (GuidelineFormatException e) {
                diagnostics.add(new Diagnostic(e.code(), Severity.ERROR, name(e.file()), e.line(), e.column(), e.problem()));
            }
        }
        Guideline effective = new Guideline(own.id(), own.title(), own.version(), own.publisher(), own.language(),
                own.extendsPath(), List.copyOf(clauses.values()), own.severities(), List.copyOf(disabled));
        Path guidelineFile = directory.resolve(GuidelineProjects.GUIDELINE_FILE);
        String guidelineText;
        try {
            guidelineText = Files.readString(guidelineFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            guidelineText = "";
        }
        return new GuidelineSources(name(guidelineFile), guidelineText, effective, rules,
                List.copyOf(lexicons.values()), disabled);
    }

    private void error(String code, Path file, int line, int column, String message) {
        diagnostics.add(new Diagnostic(code, Severity.ERROR, name(file), line, column, message));
    }

    /** A file as the user named the project: {@code rules/x/rules/a.drl}, or {@code rules/x/../base/...}. */
    private String name(Path file) {
        Path absoluteTop = top.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return top.resolve(absoluteTop.relativize(absolute)).normalize().toString();
    }

    /** The one-based line of the first line containing {@code text}, or 0. */
    static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the location is a courtesy; the message stands without it
        }
        return 0;
    }
}
