package org.guidepost.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidepost.model.Clause;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Lexicon;

/**
 * The {@link GuidelineSources} of a project whose files are held in memory — a rule pack, a Git revision — merging
 * what it extends as {@link GuidelineSources#read} does on disk: inherited clauses, rules and lexicons first,
 * severities overridden, rules switched off, a lexicon of an inherited name adding its terms. Paths use {@code /}.
 */
public final class ProjectFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ProjectFiles() {
    }

    /** Where the files are. */
    public interface Source {
        /** The bytes of the file at {@code path}, or null when there is none. */
        byte[] file(String path);

        /** The paths of the files directly in {@code folder} whose names end with {@code suffix}, sorted. */
        List<String> filesIn(String folder, String suffix);

        /** The folder {@code extends: relative} names from {@code folder}, or null when it may not be followed. */
        String resolve(String folder, String relative);

        /** Where the files are, for messages: "in the pack", "at HEAD~1". */
        String where();
    }

    /** Why the files do not make a project; the message names the file and says what is wrong. */
    public static final class ProjectFilesException extends Exception {
        private static final long serialVersionUID = 1L;

        ProjectFilesException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The effective sources of the project in {@code folder}. */
    public static GuidelineSources load(Source source, String folder) throws ProjectFilesException {
        return load(source, folder, new LinkedHashSet<>());
    }

    /** A YAML file of a project read into {@code type} (unknown fields refused). */
    public static <T> T parse(Source source, String path, Class<T> type) throws ProjectFilesException {
        byte[] bytes = source.file(path);
        if (bytes == null) {
            throw new ProjectFilesException("there is no " + path + " " + source.where(), null);
        }
        try {
            T value = YAML.readValue(bytes, type);
            if (value == null) {
                throw new ProjectFilesException(path + " is empty " + source.where(), null);
            }
            return value;
        } catch (IOException e) {
            throw new ProjectFilesException(path + " cannot be read " + source.where() + " ("
                    + e.getMessage().lines().findFirst().orElse("") + "); fix it and run 'guidepost validate'", e);
        }
    }

    private static GuidelineSources load(Source source, String folder, Set<String> chain) throws ProjectFilesException {
        String guidelineFile = join(folder, GuidelineProjects.GUIDELINE_FILE);
        if (!chain.add(folder)) {
            throw new ProjectFilesException(guidelineFile + " " + source.where() + ": 'extends' goes round in a circle: "
                    + String.join(" -> ", chain) + " -> " + folder, null);
        }
        byte[] guidelineBytes = source.file(guidelineFile);
        Guideline own = parse(source, guidelineFile, Guideline.class);
        List<RuleSource> rules = new ArrayList<>();
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        Set<String> disabled = new LinkedHashSet<>(own.disabledRules());
        Map<String, Clause> clauses = new LinkedHashMap<>();
        if (own.extendsPath() != null) {
            String parentFolder = source.resolve(folder, own.extendsPath());
            if (parentFolder == null || source.file(join(parentFolder, GuidelineProjects.GUIDELINE_FILE)) == null) {
                throw new ProjectFilesException(guidelineFile + " " + source.where() + ": 'extends: " + own.extendsPath()
                        + "' names no guideline project there", null);
            }
            GuidelineSources parent = load(source, parentFolder, chain);
            rules.addAll(parent.rules());
            parent.lexicons().forEach(l -> lexicons.put(l.name(), l));
            disabled.addAll(parent.disabledRules());
            parent.guideline().clauses().forEach(c -> clauses.put(c.id(), c));
            own.severities().forEach((clauseId, severity) -> {
                Clause inherited = clauses.get(clauseId);
                if (inherited != null) {
                    clauses.put(clauseId, new Clause(inherited.id(), inherited.title(), inherited.text(), severity,
                            inherited.source(), inherited.remediation()));
                }
            });
        }
        for (Clause clause : own.clauses()) {
            clauses.putIfAbsent(clause.id(), clause);
        }
        for (String path : source.filesIn(join(folder, "rules"), ".drl")) {
            rules.add(new RuleSource(path, new String(source.file(path), StandardCharsets.UTF_8)));
        }
        Set<String> ownLexicons = new LinkedHashSet<>();
        for (String path : source.filesIn(join(folder, "lexicons"), ".yaml")) {
            Lexicon lexicon = parse(source, path, Lexicon.class);
            if (!ownLexicons.add(lexicon.name())) {
                throw new ProjectFilesException(path + " " + source.where() + ": another lexicon of " + folder
                        + " is also named '" + lexicon.name() + "'", null);
            }
            Lexicon inherited = lexicons.get(lexicon.name());
            lexicons.put(lexicon.name(), inherited == null ? lexicon : inherited.plus(lexicon.terms()));
        }
        Guideline effective = new Guideline(own.id(), own.title(), own.version(), own.publisher(), own.language(),
                own.extendsPath(), List.copyOf(clauses.values()), own.severities(), List.copyOf(disabled));
        return new GuidelineSources(guidelineFile, new String(guidelineBytes, StandardCharsets.UTF_8), effective, rules,
                List.copyOf(lexicons.values()), disabled);
    }

    private static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
