package org.guidepost.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The names a project's rules may use: the clause ids of its guideline and the lexicon names of its lexicon files,
 * its own and those it inherits through {@code extends}, each with the file that defines it. Read leniently, for
 * editors (completion, hover, go to definition): a file that cannot be read contributes nothing, because compiling
 * the project reports it with its location.
 *
 * @param clauses  clause id to where it is defined, the project's own first, then inherited ones
 * @param lexicons lexicon name to the file that defines it (the nearest project's, for a name defined twice)
 * @param sources  every file and folder read, with its modification time when read (see {@link #isCurrent()})
 */
public record ProjectVocabulary(Map<String, DefinedClause> clauses, Map<String, Path> lexicons,
        Map<Path, FileTime> sources) {

    /** A clause and the {@code guideline.yaml} that defines it. */
    public record DefinedClause(Clause clause, Path guidelineFile) {
        public DefinedClause {
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(guidelineFile, "guidelineFile");
        }
    }

    public ProjectVocabulary {
        clauses = Collections.unmodifiableMap(new LinkedHashMap<>(clauses));
        lexicons = Collections.unmodifiableMap(new LinkedHashMap<>(lexicons));
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** Reads the vocabulary of the project in {@code directory}; never fails (an unreadable part is left out). */
    public static ProjectVocabulary read(Path directory) {
        Map<String, DefinedClause> clauses = new LinkedHashMap<>();
        Map<String, Path> lexicons = new LinkedHashMap<>();
        Map<Path, FileTime> sources = new LinkedHashMap<>();
        Set<Path> visited = new LinkedHashSet<>();
        Path current = directory.toAbsolutePath().normalize();
        while (current != null && visited.add(current)) { // a circular 'extends' stops here
            Path guidelineFile = current.resolve(GuidelineProjects.GUIDELINE_FILE);
            sources.put(guidelineFile, modified(guidelineFile));
            Path lexiconFolder = current.resolve("lexicons");
            sources.put(lexiconFolder, modified(lexiconFolder));
            for (Path file : lexiconFiles(lexiconFolder)) {
                sources.put(file, modified(file));
                try {
                    lexicons.putIfAbsent(GuidelineProjects.readLexicon(file).name(), file);
                } catch (GuidelineFormatException e) {
                    // reported by the compiler with its location
                }
            }
            Guideline guideline;
            try {
                guideline = GuidelineProjects.readGuideline(guidelineFile);
            } catch (GuidelineFormatException e) {
                break;
            }
            for (Clause clause : guideline.clauses()) {
                clauses.putIfAbsent(clause.id(), new DefinedClause(clause, guidelineFile));
            }
            current = guideline.extendsPath() == null ? null : current.resolve(guideline.extendsPath()).normalize();
        }
        return new ProjectVocabulary(clauses, lexicons, sources);
    }

    /** Whether every file and folder read is unchanged on disk (else {@link #read} again gives a newer answer). */
    public boolean isCurrent() {
        return sources.entrySet().stream().allMatch(e -> Objects.equals(modified(e.getKey()), e.getValue()));
    }

    private static List<Path> lexiconFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (var listing = Files.list(folder)) {
            listing.filter(f -> f.getFileName().toString().endsWith(".yaml")).filter(Files::isRegularFile).sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            // reported by the compiler
        }
        return files;
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return null; // missing: changes when it appears
        }
    }
}
