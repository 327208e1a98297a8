package org.guidepost.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The fixture projects under src/test/resources/projects (clinic, and its variant clinic-strict beside it). */
final class Fixtures {
    private Fixtures() {
    }

    /** The folder holding the fixture projects. */
    static Path projects() {
        try {
            return Path.of(Fixtures.class.getResource("/projects/clinic/guideline.yaml").toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path clinic() {
        return projects().resolve("clinic");
    }

    /**
     * Copies of clinic and clinic-strict side by side in {@code target} (so that the variant is still found), to
     * break in a test; returns the copy of clinic.
     */
    static Path copyClinic(Path target) throws IOException {
        for (String name : List.of("clinic", "clinic-strict")) {
            Path source = projects().resolve(name);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(name).resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
        }
        return target.resolve("clinic");
    }

    /** A copy of clinic (with its variant beside it) without any test file, to add some. */
    static Path clinicWithoutTests(Path target) throws IOException {
        Path project = copyClinic(target);
        try (Stream<Path> files = Files.walk(project.resolve("tests"))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!file.equals(project.resolve("tests"))) {
                    Files.delete(file);
                }
            }
        }
        return project;
    }

    static Path write(Path project, String relative, String content) {
        try {
            Path file = project.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name of a test file as the runner names it (the project path as given, resolved). */
    static String display(Path project, String relative) {
        return project.resolve(relative).normalize().toString();
    }

    /**
     * A copy of clinic whose tests give every outcome, for the reporters: {@code a-mixed.yaml} has a passing
     * (line 2), a failing (line 5) and an erroring case (line 8) and one that cannot be read (GP-TEST-3, line 12);
     * {@code b-broken.yaml} cannot be read at all (GP-YAML-2, line 4); {@code c-good.yaml} has one passing case.
     */
    static Path reportProject(Path target) throws IOException {
        Path project = clinicWithoutTests(target);
        write(project, "tests/a-mixed.yaml", """
                cases:
                  - name: passes
                    communication: {id: r-1, channel: instagram, kind: post, account: {type: clinic}, text: "DM us your MRI"}
                    expect: {clauses: [PRV-1]}
                  - name: fails
                    communication: {id: r-2, channel: instagram, kind: post, account: {type: clinic}, text: "DM us your MRI"}
                    expect: {clauses: [PRV-2], verdict: review}
                  - name: errs
                    communication: {id: r-3, channel: instagram, kind: post, account: {type: clinic}, text: hi}
                    expect: {includes: [XYZ-9]}
                  - name: cannot be read
                    communication: communications/nope.json
                    expect: {clauses: []}
                """);
        write(project, "tests/b-broken.yaml", """
                name: A verdict that does not exist
                communication: {id: r-4, channel: instagram, kind: post, account: {type: clinic}, text: hi}
                expect:
                  verdict: maybe
                """);
        write(project, "tests/c-good.yaml", """
                name: Quiet words pass
                communication: {id: r-5, channel: instagram, kind: post, account: {type: clinic}, text: "Stretch first."}
                expect: {clauses: []}
                """);
        return project;
    }

    /** The results of a run by case name. */
    static Map<String, CaseResult> byName(TestRun run) {
        return run.results().stream().collect(Collectors.toMap(r -> r.testCase().name(), Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("two cases named " + a.testCase().name());
                }, java.util.LinkedHashMap::new));
    }
}
