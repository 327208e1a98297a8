package org.guidepost.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackWriter;
import org.guidepost.testing.CaseResult;
import org.guidepost.testing.TestRun;
import org.guidepost.testing.TestRunner;

/**
 * Releases a version of a guideline project: checks it may (every test case passes, no uncommitted change to the
 * project, a version above the last release and not yet tagged), writes the version into {@code guideline.yaml}
 * (only the {@code version:} line changes; every other byte stays), commits that file, tags the commit
 * {@code <project-id>-vX.Y.Z} (an annotated tag) and, when asked, writes the rule pack.
 *
 * <p>A project that is not in a Git repository gets one: the repository is created in the project's folder and the
 * release commit holds all its files. Refusals are {@link HistoryException}s with these codes:
 * <ul>
 * <li>{@value #TESTS_FAIL} the project does not compile, has no test case, or a case fails;
 * <li>{@value #UNCOMMITTED} the project has uncommitted changes (listed);
 * <li>{@value #NOT_GREATER} the version is not greater than the last release;
 * <li>{@value #TAG_EXISTS} the version's tag already exists;
 * <li>{@value #BAD_VERSION} the version is not a semantic version;
 * <li>{@value #NO_VERSION_LINE} {@code guideline.yaml} has no top-level {@code version:} line to edit;
 * <li>{@value #PACK_FAILED} the pack could not be made (nothing was committed).
 * </ul>
 */
public final class Release {
    public static final String TESTS_FAIL = "GP-REL-1";
    public static final String UNCOMMITTED = "GP-REL-2";
    public static final String NOT_GREATER = "GP-REL-3";
    public static final String TAG_EXISTS = "GP-REL-4";
    public static final String BAD_VERSION = "GP-REL-5";
    public static final String NO_VERSION_LINE = "GP-REL-6";
    public static final String PACK_FAILED = "GP-REL-7";
    public static final String CANCELLED = "GP-REL-8";

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:([ \\t]*)([\"']?)([^\"'\\s#]*)([\"']?)");

    private Release() {
    }

    /**
     * What to release.
     *
     * @param version the version, {@code X.Y.Z}
     * @param message what the release is about (in the commit and the tag), or null
     * @param packOut where to write the rule pack, or null for no pack
     * @param packer  the pack writer to use (signing key, creator, runtime range), or null for a plain unsigned one
     */
    public record Request(String version, String message, Path packOut, PackWriter packer) {
    }

    /**
     * A release done.
     *
     * @param projectId    the project's id
     * @param version      the version released
     * @param tag          the tag made
     * @param commit       the commit tagged
     * @param pack         the pack written, or null
     * @param initialised  whether a Git repository was created for the project
     * @param testCases    how many test cases passed
     */
    public record Result(String projectId, String version, String tag, String commit, Path pack, boolean initialised,
            int testCases) {
    }

    /**
     * The version the changes since the last release call for (last release → working tree), with the reasons. For
     * a project without releases (or not in a repository), the version its {@code guideline.yaml} gives.
     */
    public static BumpSuggestion suggest(Path projectDirectory) throws HistoryException {
        if (!ProjectHistory.inRepository(projectDirectory)) {
            Snapshot now = ProjectHistory.workingTree(projectDirectory, projectDirectory.toAbsolutePath().normalize().getParent());
            return BumpSuggestion.of(SemanticDiff.between(Snapshot.empty("nothing"), now), null);
        }
        try (ProjectHistory history = ProjectHistory.open(projectDirectory)) {
            Optional<ProjectHistory.ReleaseVersion> last = history.latestRelease();
            Snapshot now = history.workingTree();
            if (last.isEmpty()) {
                return BumpSuggestion.of(SemanticDiff.between(Snapshot.empty("nothing"), now), null);
            }
            return BumpSuggestion.of(SemanticDiff.between(history.snapshot(last.get().version()), now), last.get().version());
        }
    }

    /** Releases {@code request.version()} of the project in {@code projectDirectory}, or refuses with a reason. */
    public static Result perform(Path projectDirectory, Request request) throws HistoryException {
        return perform(projectDirectory, request, TestRunner.Progress.NONE);
    }

    /**
     * As {@link #perform(Path, Request)}, following the test run with {@code progress}; cancelling it during the test
     * run releases nothing ({@value #CANCELLED}).
     */
    public static Result perform(Path projectDirectory, Request request, TestRunner.Progress progress)
            throws HistoryException {
        String version = request.version();
        SemanticVersion wanted = SemanticVersion.parse(version).orElseThrow(() -> new HistoryException(BAD_VERSION,
                "'" + version + "' is not a semantic version; give X.Y.Z, e.g. 1.2.0"));
        boolean initialised = !ProjectHistory.inRepository(projectDirectory);
        if (!GuidelineProjects.isProject(projectDirectory)) {
            throw new HistoryException(HistoryException.NO_PROJECT, projectDirectory + " is not a guideline project (it has no "
                    + GuidelineProjects.GUIDELINE_FILE + ")");
        }
        Path guidelineFile = projectDirectory.resolve(GuidelineProjects.GUIDELINE_FILE);
        byte[] original;
        try {
            original = Files.readAllBytes(guidelineFile);
        } catch (IOException e) {
            throw new HistoryException(HistoryException.UNREADABLE, "cannot read " + guidelineFile + " (" + e.getMessage() + ")", e);
        }
        String text = new String(original, StandardCharsets.UTF_8);
        Matcher line = VERSION_LINE.matcher(text);
        if (!line.find()) {
            throw new HistoryException(NO_VERSION_LINE, guidelineFile + " has no top-level 'version:' line to set; add "
                    + "'version: " + version + "' at the start of a line");
        }
        if (!initialised) {
            try (ProjectHistory history = ProjectHistory.open(projectDirectory)) {
                checkVersion(history, wanted);
                List<String> changes = history.uncommittedChangesWithBases();
                if (!changes.isEmpty()) {
                    throw new HistoryException(UNCOMMITTED, history.displayPath() + " (or a project it extends) has "
                            + "uncommitted changes: "
                            + String.join(", ", changes.subList(0, Math.min(5, changes.size())))
                            + (changes.size() > 5 ? " and " + (changes.size() - 5) + " more" : "")
                            + "; commit them (or stash or discard them) so that the release is exactly what Git holds");
                }
            }
        }
        TestRun run = TestRunner.run(projectDirectory, name -> true, progress);
        if (progress.isCancelled()) {
            throw new HistoryException(CANCELLED, "the release of " + version + " was cancelled while the test cases "
                    + "ran; nothing was changed, committed or tagged");
        }
        if (!run.succeeded() || run.results().isEmpty()) {
            throw new HistoryException(TESTS_FAIL, testProblem(projectDirectory, run));
        }
        String edited = text.substring(0, line.start(3)) + version + text.substring(line.end(3));
        byte[] pack = null;
        try {
            write(guidelineFile, edited.getBytes(StandardCharsets.UTF_8));
            if (request.packOut() != null) {
                PackWriter packer = request.packer() != null ? request.packer() : new PackWriter();
                pack = packer.version(version).toBytes(projectDirectory);
            }
        } catch (PackException | IOException e) {
            try {
                write(guidelineFile, original);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw new HistoryException(PACK_FAILED, "the pack could not be made, so nothing was released: "
                    + (e instanceof PackException p ? p.code() + " " : "") + e.getMessage(), e);
        }
        try (ProjectHistory history = initialised ? ProjectHistory.init(projectDirectory) : ProjectHistory.open(projectDirectory);
                Git git = new Git(history.repository())) {
            String id = history.projectId();
            String tag = history.tagOf(version);
            String subject = "Release " + id + " " + version;
            String message = request.message() == null || request.message().isBlank() ? subject
                    : subject + "\n\n" + request.message().strip();
            String guidelinePath = Snapshot.join(history.projectPath(), GuidelineProjects.GUIDELINE_FILE);
            RevCommit commit;
            if (initialised) {
                git.add().addFilepattern(".").call();
                commit = git.commit().setMessage(message).setSign(false).call();
            } else if (!history.hasCommits() || !edited.equals(text)) {
                git.add().addFilepattern(guidelinePath).call();
                commit = git.commit().setOnly(guidelinePath).setMessage(message).setSign(false).call();
            } else {
                // the version line already says it: tag the last commit
                commit = git.log().setMaxCount(1).call().iterator().next();
            }
            git.tag().setName(tag).setAnnotated(true).setMessage(message).setObjectId(commit).call();
            Path packFile = null;
            if (pack != null) {
                write(request.packOut(), pack);
                packFile = request.packOut();
            }
            return new Result(id, version, tag, commit.name(), packFile, initialised,
                    (int) run.count(CaseResult.Outcome.PASS));
        } catch (GitAPIException | IOException e) {
            throw new HistoryException(HistoryException.GIT, "the release of " + version + " could not be committed or "
                    + "tagged (" + e.getMessage() + ")", e);
        }
    }

    private static void checkVersion(ProjectHistory history, SemanticVersion wanted) throws HistoryException {
        String tag = history.tagOf(wanted.toString());
        List<ProjectHistory.ReleaseVersion> versions = history.versions();
        for (ProjectHistory.ReleaseVersion v : versions) {
            if (v.tag().equals(tag)) {
                throw new HistoryException(TAG_EXISTS, "version " + wanted + " is already released (tag " + tag + " on "
                        + v.commit().substring(0, 10) + "); release a higher version, e.g. " + suggestionAfter(versions));
            }
        }
        if (!versions.isEmpty()) {
            ProjectHistory.ReleaseVersion last = versions.get(versions.size() - 1);
            if (wanted.compareTo(SemanticVersion.parse(last.version()).orElseThrow()) <= 0) {
                throw new HistoryException(NOT_GREATER, "version " + wanted + " is not greater than the last release, "
                        + last.version() + " (tag " + last.tag() + "); release a higher version, e.g. "
                        + suggestionAfter(versions));
            }
        }
    }

    private static String suggestionAfter(List<ProjectHistory.ReleaseVersion> versions) {
        return versions.isEmpty() ? "1.0.0" : SemanticVersion.parse(versions.get(versions.size() - 1).version()).orElseThrow()
                .next(BumpSuggestion.Bump.PATCH) + " ('guidepost release --version suggested' picks one from the changes)";
    }

    private static String testProblem(Path project, TestRun run) {
        if (!run.compiled()) {
            return project + " does not compile, so it cannot be released: " + run.diagnostics().stream()
                    .filter(d -> d.severity() == org.guidepost.model.Severity.ERROR).findFirst()
                    .map(Object::toString).orElse("") + " (run 'guidepost validate " + project + "')";
        }
        if (run.hasErrors()) {
            return "test files of " + project + " cannot be read: " + run.diagnostics().stream()
                    .filter(d -> d.severity() == org.guidepost.model.Severity.ERROR).findFirst()
                    .map(Object::toString).orElse("") + " (run 'guidepost test " + project + "')";
        }
        if (run.results().isEmpty()) {
            return project + " has no test cases; a release is tested: add tests/*.yaml";
        }
        List<CaseResult> failing = run.results().stream().filter(r -> r.outcome() != CaseResult.Outcome.PASS).toList();
        return failing.size() + " of " + run.results().size() + " test cases fail, so nothing was released (first: "
                + failing.get(0).testCase().qualifiedName() + ": " + String.join("; ", failing.get(0).problems())
                + "); run 'guidepost test " + project + "' and fix them";
    }

    /** Writes a file whole or not at all: a temporary file beside it, then moved over it. */
    private static void write(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // keep the permissions of the file replaced; a new file (a pack) is for everyone to read
                Files.setPosixFilePermissions(temporary, Files.exists(file) ? Files.getPosixFilePermissions(file)
                        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
