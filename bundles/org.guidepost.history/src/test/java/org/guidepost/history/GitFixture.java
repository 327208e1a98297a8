package org.guidepost.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.StoredConfig;

/** A temporary Git repository holding guideline projects, edited and committed version after version. */
final class GitFixture implements AutoCloseable {
    static final Path TINY = Path.of("src/test/resources/projects/tiny");
    static final Path SHIPPED_RULES = Path.of("../../rules");

    final Path root;
    final Git git;

    private GitFixture(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    /** A new repository in {@code root} (with a README outside the projects, like a bigger work tree). */
    static GitFixture init(Path root) throws IOException, GitAPIException {
        Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", "Test Author");
        config.setString("user", null, "email", "author@example.org");
        config.setBoolean("commit", null, "gpgsign", false);
        config.setBoolean("tag", null, "gpgsign", false);
        config.save();
        Files.writeString(root.resolve("README.md"), "a repository with guideline projects\n");
        return new GitFixture(root, git);
    }

    /** Copies a folder into the repository at {@code relative}. */
    Path copy(Path from, String relative) throws IOException {
        return copyTree(from, root.resolve(relative));
    }

    /** Copies a folder to {@code to}. */
    static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Commits every change of the work tree. */
    String commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).call().name();
    }

    void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    String read(String relative) throws IOException {
        return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
    }

    /** Replaces {@code old} (which must occur) by {@code replacement} in a file. */
    void edit(String relative, String old, String replacement) throws IOException {
        String text = read(relative);
        if (!text.contains(old)) {
            throw new IllegalArgumentException(relative + " does not contain " + old);
        }
        write(relative, text.replace(old, replacement));
    }

    void delete(String relative) throws IOException {
        Files.delete(root.resolve(relative));
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
