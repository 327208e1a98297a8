package org.guidepost.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.guidepost.model.Communication;

/** The fixture projects under src/test/resources/projects, and small helpers for tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Path project(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/projects/" + name + "/guideline.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a fixture project in {@code target}, to break in a test. */
    static Path copy(String name, Path target) throws IOException {
        Path source = project(name);
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
        return target;
    }

    static Communication post(String text) {
        return new Communication("c-1", "instagram", "post", "clinic", text);
    }
}
