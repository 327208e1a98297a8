package org.guidepost.engine.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The guideline projects the benchmarks compile, shipped as resources ({@code src/main/resources}). The engine
 * compiles projects from disk, so they are copied out of the classpath (a folder in tests, the benchmarks jar
 * under JMH) into a temporary folder first.
 */
public final class BenchmarkProjects {
    /** 31 clauses, 35 rules in five rule files, 9 lexicons: the guideline the benchmarks measure. */
    public static final String REALISTIC = "benchmark-project";
    /** No clauses, rules or lexicons: what a check costs whatever the rules (the baseline). */
    public static final String EMPTY = "empty-project";

    private BenchmarkProjects() {
    }

    /** Copies the project {@code name} into a new temporary folder and returns that folder. */
    public static Path extract(String name) {
        try {
            Path target = Files.createTempDirectory("guidepost-" + name + "-");
            copy(name, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder made by {@link #extract}. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String name, Path target) throws IOException {
        URL guideline = BenchmarkProjects.class.getResource("/" + name + "/guideline.yaml");
        if (guideline == null) {
            throw new IllegalArgumentException("no project '" + name + "' on the classpath");
        }
        URI uri;
        try {
            uri = guideline.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem jar;
            boolean opened = false;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            try {
                copyTree(jar.getPath("/" + name), target);
            } finally {
                if (opened) {
                    jar.close();
                }
            }
        } else {
            copyTree(Path.of(uri).getParent(), target);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
    }
}
