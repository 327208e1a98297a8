package org.guidepost.ui.trypost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.RuleEngine;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;

/**
 * The last compilation of each guideline project, kept until a file of the project (or of what it extends) changes
 * on disk, so that checking a post as the user types does not compile the rules every time. Thread-safe.
 */
final class CompiledProjects {
    private record Entry(String fingerprint, Compilation compilation) {
    }

    private final Map<Path, Entry> entries = new HashMap<>();

    /** The project's compilation, compiled again only when its files changed since the last call. */
    synchronized Compilation get(Path project) {
        String fingerprint = fingerprint(project);
        Entry entry = entries.get(project);
        if (entry == null || !entry.fingerprint().equals(fingerprint)) {
            entry = new Entry(fingerprint, RuleEngine.compileProject(project));
            entries.put(project, entry);
        }
        return entry.compilation();
    }

    /** Names, sizes and modification times of every file of the project and the projects it extends. */
    static String fingerprint(Path project) {
        StringBuilder print = new StringBuilder();
        List<Path> chain = new ArrayList<>();
        Path dir = project.toAbsolutePath().normalize();
        while (dir != null && !chain.contains(dir) && chain.size() < 10) {
            chain.add(dir);
            try {
                Guideline guideline = GuidelineProjects.readGuideline(dir.resolve(GuidelineProjects.GUIDELINE_FILE));
                dir = guideline.extendsPath() == null ? null : dir.resolve(guideline.extendsPath()).normalize();
            } catch (GuidelineFormatException e) {
                dir = null; // the compile reports it
            }
        }
        for (Path folder : chain) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted().forEach(file -> {
                    try {
                        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                        print.append(file).append(':').append(attributes.size()).append(':')
                                .append(attributes.lastModifiedTime().toMillis()).append('\n');
                    } catch (IOException e) {
                        print.append(file).append(":gone\n");
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                print.append(folder).append(":unreadable\n");
            }
        }
        return print.toString();
    }
}
