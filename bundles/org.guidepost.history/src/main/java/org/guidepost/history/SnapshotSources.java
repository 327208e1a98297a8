package org.guidepost.history;

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
import java.util.stream.Collectors;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.GuidelineSources;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.engine.RuleSource;
import org.guidepost.model.Clause;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Lexicon;

/**
 * Turns a {@link Snapshot} into the {@link GuidelineSources} the engine compiles, in memory, merging what the project
 * extends inside the same snapshot as the engine does on disk (inherited clauses, rules and lexicons first,
 * severities overridden, rules switched off, a lexicon of an inherited name adding its terms).
 */
public final class SnapshotSources {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SnapshotSources() {
    }

    /** The effective sources of the snapshot's project. */
    public static GuidelineSources read(Snapshot snapshot) throws HistoryException {
        if (snapshot.isEmpty()) {
            throw new HistoryException(HistoryException.NO_PROJECT, "there is no project at " + snapshot.label());
        }
        return load(snapshot, snapshot.project(), new LinkedHashSet<>());
    }

    /** The project's own guideline (not merged with what it extends). */
    public static Guideline ownGuideline(Snapshot snapshot) throws HistoryException {
        String file = Snapshot.join(snapshot.project(), GuidelineProjects.GUIDELINE_FILE);
        return parse(snapshot, file, Guideline.class);
    }

    /** Compiles the snapshot's project, refusing one that does not compile ({@value HistoryException#UNREADABLE}). */
    public static RuleSet compile(Snapshot snapshot) throws HistoryException {
        Compilation compilation = RuleEngine.compile(read(snapshot));
        if (compilation.hasErrors()) {
            throw new HistoryException(HistoryException.UNREADABLE, "the guideline at " + snapshot.label()
                    + " does not compile:\n" + compilation.diagnostics().stream()
                    .filter(d -> d.severity() == org.guidepost.model.Severity.ERROR).map(Object::toString)
                    .collect(Collectors.joining("\n")));
        }
        return compilation.ruleSet().orElseThrow();
    }

    private static GuidelineSources load(Snapshot snapshot, String folder, Set<String> chain) throws HistoryException {
        String guidelineFile = Snapshot.join(folder, GuidelineProjects.GUIDELINE_FILE);
        if (!chain.add(folder)) {
            throw new HistoryException(HistoryException.UNREADABLE, guidelineFile + " at " + snapshot.label()
                    + ": 'extends' goes round in a circle: " + String.join(" -> ", chain) + " -> " + folder);
        }
        byte[] guidelineBytes = snapshot.file(guidelineFile);
        if (guidelineBytes == null) {
            throw new HistoryException(HistoryException.NO_PROJECT, "there is no " + guidelineFile + " at " + snapshot.label());
        }
        Guideline own = parse(snapshot, guidelineFile, Guideline.class);
        List<RuleSource> rules = new ArrayList<>();
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        Set<String> disabled = new LinkedHashSet<>(own.disabledRules());
        Map<String, Clause> clauses = new LinkedHashMap<>();
        if (own.extendsPath() != null) {
            String parentFolder = Snapshot.join(folder, own.extendsPath());
            if (snapshot.file(Snapshot.join(parentFolder, GuidelineProjects.GUIDELINE_FILE)) == null) {
                throw new HistoryException(HistoryException.UNREADABLE, guidelineFile + " at " + snapshot.label()
                        + ": 'extends: " + own.extendsPath() + "' names no guideline project at that revision");
            }
            GuidelineSources parent = load(snapshot, parentFolder, chain);
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
        for (String path : snapshot.filesIn(Snapshot.join(folder, "rules"), ".drl")) {
            rules.add(new RuleSource(path, new String(snapshot.file(path), StandardCharsets.UTF_8)));
        }
        for (String path : snapshot.filesIn(Snapshot.join(folder, "lexicons"), ".yaml")) {
            Lexicon lexicon = parse(snapshot, path, Lexicon.class);
            Lexicon inherited = lexicons.get(lexicon.name());
            lexicons.put(lexicon.name(), inherited == null ? lexicon : inherited.plus(lexicon.terms()));
        }
        Guideline effective = new Guideline(own.id(), own.title(), own.version(), own.publisher(), own.language(),
                own.extendsPath(), List.copyOf(clauses.values()), own.severities(), List.copyOf(disabled));
        return new GuidelineSources(guidelineFile, new String(guidelineBytes, StandardCharsets.UTF_8), effective, rules,
                List.copyOf(lexicons.values()), disabled);
    }

    private static <T> T parse(Snapshot snapshot, String path, Class<T> type) throws HistoryException {
        byte[] bytes = snapshot.file(path);
        if (bytes == null) {
            throw new HistoryException(HistoryException.NO_PROJECT, "there is no " + path + " at " + snapshot.label());
        }
        try {
            T value = YAML.readValue(bytes, type);
            if (value == null) {
                throw new HistoryException(HistoryException.UNREADABLE, path + " is empty at " + snapshot.label());
            }
            return value;
        } catch (IOException e) {
            throw new HistoryException(HistoryException.UNREADABLE, path + " cannot be read at " + snapshot.label() + " ("
                    + e.getMessage().lines().findFirst().orElse("") + "); fix it and run 'guidepost validate'", e);
        }
    }
}
