package org.guidepost.history;

import java.util.List;
import java.util.stream.Collectors;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.GuidelineSources;
import org.guidepost.engine.ProjectFiles;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineProjects;

/**
 * Turns a {@link Snapshot} into the {@link GuidelineSources} the engine compiles, in memory, merging what the project
 * extends inside the same snapshot as the engine does on disk (inherited clauses, rules and lexicons first,
 * severities overridden, rules switched off, a lexicon of an inherited name adding its terms).
 */
public final class SnapshotSources {
    private SnapshotSources() {
    }

    /** The effective sources of the snapshot's project. */
    public static GuidelineSources read(Snapshot snapshot) throws HistoryException {
        if (snapshot.isEmpty()) {
            throw new HistoryException(HistoryException.NO_PROJECT, "there is no project at " + snapshot.label());
        }
        if (snapshot.file(Snapshot.join(snapshot.project(), GuidelineProjects.GUIDELINE_FILE)) == null) {
            throw new HistoryException(HistoryException.NO_PROJECT, "there is no "
                    + Snapshot.join(snapshot.project(), GuidelineProjects.GUIDELINE_FILE) + " at " + snapshot.label());
        }
        try {
            return ProjectFiles.load(files(snapshot), snapshot.project());
        } catch (ProjectFiles.ProjectFilesException e) {
            throw new HistoryException(HistoryException.UNREADABLE, e.getMessage(), e);
        }
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

    /** The snapshot's files as the engine reads projects held in memory. */
    private static ProjectFiles.Source files(Snapshot snapshot) {
        return new ProjectFiles.Source() {
            @Override
            public byte[] file(String path) {
                return snapshot.file(path);
            }

            @Override
            public List<String> filesIn(String folder, String suffix) {
                return snapshot.filesIn(folder, suffix).stream().sorted().toList();
            }

            @Override
            public String resolve(String folder, String relative) {
                return Snapshot.join(folder, relative);
            }

            @Override
            public String where() {
                return "at " + snapshot.label();
            }
        };
    }

    private static <T> T parse(Snapshot snapshot, String path, Class<T> type) throws HistoryException {
        if (snapshot.file(path) == null) {
            throw new HistoryException(HistoryException.NO_PROJECT, "there is no " + path + " at " + snapshot.label());
        }
        try {
            return ProjectFiles.parse(files(snapshot), path, type);
        } catch (ProjectFiles.ProjectFilesException e) {
            throw new HistoryException(HistoryException.UNREADABLE, e.getMessage(), e);
        }
    }
}
