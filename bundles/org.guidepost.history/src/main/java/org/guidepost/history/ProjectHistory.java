package org.guidepost.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.guidepost.model.GuidelineProjects;

/**
 * The Git history of one guideline project: its releases (tags {@code <project-id>-vX.Y.Z}) and its files at any
 * revision. The project may be the repository's root or a folder inside a bigger work tree
 * ({@code rules/model-social-media} inside the Guidepost repository). Close it when done (it holds the repository
 * open). Not thread-safe: give each job its own.
 *
 * <p>A revision is resolved in this order: {@value #WORKING_TREE} (the files on disk, also {@code .}); a version
 * {@code X.Y.Z} → the tag {@code <project-id>-vX.Y.Z}, or, when no such tag exists (a clone without tags), the newest
 * commit whose {@code guideline.yaml} says {@code version: X.Y.Z}; anything else Git understands (tag, branch, commit
 * id, {@code HEAD~2}).
 */
public final class ProjectHistory implements AutoCloseable {
    /** The revision name of the files on disk. */
    public static final String WORKING_TREE = "worktree";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:[ \\t]*[\"']?([^\"'\\s#]+)");

    private final Repository repository;
    private final Path projectDirectory;
    private final Path workTree;
    private final String projectPath;

    private ProjectHistory(Repository repository, Path projectDirectory) {
        this.repository = repository;
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
        this.workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
        this.projectPath = workTree.relativize(this.projectDirectory).toString().replace('\\', '/');
    }

    /** Whether {@code projectDirectory} is inside a Git work tree. */
    public static boolean inRepository(Path projectDirectory) {
        return new FileRepositoryBuilder().findGitDir(projectDirectory.toAbsolutePath().normalize().toFile()).getGitDir() != null;
    }

    /** Opens the history of the project in {@code projectDirectory}, refusing a folder that is not in a Git work tree. */
    public static ProjectHistory open(Path projectDirectory) throws HistoryException {
        if (!GuidelineProjects.isProject(projectDirectory)) {
            throw new HistoryException(NO_PROJECT_HERE, projectDirectory + " is not a guideline project (it has no "
                    + GuidelineProjects.GUIDELINE_FILE + ")");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder()
                .findGitDir(projectDirectory.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            throw new HistoryException(HistoryException.NO_REPOSITORY, projectDirectory + " is not in a Git repository, "
                    + "so it has no history yet; 'guidepost release " + projectDirectory + " --version X.Y.Z' starts one "
                    + "(or run 'git init' there)");
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            if (repository.isBare()) {
                repository.close();
                throw new HistoryException(HistoryException.NO_REPOSITORY, builder.getGitDir() + " is a bare repository");
            }
            return new ProjectHistory(repository, projectDirectory);
        } catch (IOException e) {
            throw new HistoryException(HistoryException.GIT, "cannot open the Git repository of " + projectDirectory
                    + " (" + e.getMessage() + ")", e);
        }
    }

    private static final String NO_PROJECT_HERE = HistoryException.NO_PROJECT;

    /** Creates a Git repository in {@code projectDirectory} (branch {@code main}) and opens the project's history. */
    public static ProjectHistory init(Path projectDirectory) throws HistoryException {
        try (Git git = Git.init().setDirectory(projectDirectory.toFile()).setInitialBranch("main").call()) {
            return new ProjectHistory(git.getRepository(), projectDirectory);
        } catch (GitAPIException e) {
            throw new HistoryException(HistoryException.GIT, "cannot create a Git repository in " + projectDirectory
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /** The project's folder. */
    public Path projectDirectory() {
        return projectDirectory;
    }

    /** The repository's work tree (the project's folder or one above it). */
    public Path workTree() {
        return workTree;
    }

    /** The project's folder relative to the work tree, with {@code /}; "" when the project is the work tree. */
    public String projectPath() {
        return projectPath;
    }

    Repository repository() {
        return repository;
    }

    /** The project's id, as its {@code guideline.yaml} on disk says. */
    public String projectId() throws HistoryException {
        try {
            JsonNode node = YAML.readTree(projectDirectory.resolve(GuidelineProjects.GUIDELINE_FILE).toFile());
            if (node != null && node.hasNonNull("id")) {
                return node.get("id").asText();
            }
        } catch (IOException e) {
            throw new HistoryException(HistoryException.UNREADABLE, projectDirectory.resolve(GuidelineProjects.GUIDELINE_FILE)
                    + " cannot be read (" + e.getMessage() + ")", e);
        }
        return projectDirectory.getFileName().toString();
    }

    /** The tag of a release: {@code <project-id>-vX.Y.Z}. */
    public String tagOf(String version) throws HistoryException {
        return projectId() + "-v" + version;
    }

    /** The project's releases (tags {@code <project-id>-vX.Y.Z}), oldest version first. */
    public List<ReleaseVersion> versions() throws HistoryException {
        String prefix = Constants.R_TAGS + projectId() + "-v";
        List<ReleaseVersion> versions = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
                String version = ref.getName().substring(prefix.length());
                if (!SemanticVersion.isValid(version)) {
                    continue;
                }
                RevObject object = walk.parseAny(ref.getObjectId());
                String message = null;
                if (object instanceof RevTag tag) {
                    message = tag.getFullMessage().strip();
                }
                RevCommit commit = walk.parseCommit(ref.getObjectId());
                if (message == null) {
                    message = commit.getShortMessage();
                }
                versions.add(new ReleaseVersion(version, ref.getName().substring(Constants.R_TAGS.length()), commit.name(),
                        Instant.ofEpochSecond(commit.getCommitTime()), message));
            }
        } catch (IOException e) {
            throw git("read the tags", e);
        }
        versions.sort(Comparator.comparing(v -> SemanticVersion.parse(v.version()).orElseThrow()));
        return versions;
    }

    /** The highest released version, if any. */
    public Optional<ReleaseVersion> latestRelease() throws HistoryException {
        List<ReleaseVersion> versions = versions();
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The release before {@code version} (by version order), if any. */
    public Optional<ReleaseVersion> releaseBefore(String version) throws HistoryException {
        SemanticVersion that = SemanticVersion.parse(version).orElse(null);
        ReleaseVersion before = null;
        for (ReleaseVersion v : versions()) {
            if (that != null && SemanticVersion.parse(v.version()).orElseThrow().compareTo(that) < 0) {
                before = v;
            }
        }
        return Optional.ofNullable(before);
    }

    /** Whether {@code revision} names the working tree. */
    public static boolean isWorkingTree(String revision) {
        return revision == null || revision.equals(WORKING_TREE) || revision.equals(".");
    }

    /**
     * The commit a revision names (see the class comment for the order), or null for the working tree.
     *
     * @throws HistoryException {@value HistoryException#UNKNOWN_REVISION} with the known versions when it names nothing
     */
    public String resolve(String revision) throws HistoryException {
        if (isWorkingTree(revision)) {
            return null;
        }
        if (SemanticVersion.isValid(revision)) {
            String tag = tagOf(revision);
            ObjectId tagged = resolveGit(Constants.R_TAGS + tag + "^{commit}");
            if (tagged != null) {
                return tagged.name();
            }
            String bySource = commitWithVersion(revision);
            if (bySource != null) {
                return bySource;
            }
        }
        ObjectId id = resolveGit(revision + "^{commit}");
        if (id == null) {
            List<String> known = versions().stream().map(ReleaseVersion::version).toList();
            throw new HistoryException(HistoryException.UNKNOWN_REVISION, "'" + revision + "' names no version, tag, "
                    + "branch or commit of " + projectId() + " (released versions: " + (known.isEmpty() ? "none"
                    : String.join(", ", known)) + "); give one of those, a Git revision such as HEAD~1, or "
                    + WORKING_TREE + " for the files on disk");
        }
        return id.name();
    }

    private ObjectId resolveGit(String revision) throws HistoryException {
        try {
            return repository.resolve(revision);
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException
                | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return null;
        } catch (IOException e) {
            throw git("resolve " + revision, e);
        }
    }

    /** The newest commit whose guideline.yaml says {@code version: X.Y.Z}, or null. */
    private String commitWithVersion(String version) throws HistoryException {
        ObjectId head = resolveGit(Constants.HEAD);
        if (head == null) {
            return null;
        }
        String guideline = Snapshot.join(projectPath, GuidelineProjects.GUIDELINE_FILE);
        try (Git git = new Git(repository)) {
            for (RevCommit commit : git.log().add(head).addPath(guideline).call()) {
                byte[] bytes = read(commit, guideline);
                if (bytes != null) {
                    Matcher m = VERSION_LINE.matcher(new String(bytes, StandardCharsets.UTF_8));
                    if (m.find() && m.group(1).equals(version)) {
                        return commit.name();
                    }
                }
            }
        } catch (GitAPIException | IOException e) {
            throw git("search the history of " + guideline, e);
        }
        return null;
    }

    /** The project's files at {@code revision} (see {@link #resolve}), with the projects it extends. */
    public Snapshot snapshot(String revision) throws HistoryException {
        String commitId = resolve(revision);
        if (commitId == null) {
            return workingTree();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
            Map<String, byte[]> files = new LinkedHashMap<>();
            Set<String> chain = new LinkedHashSet<>();
            String folder = projectPath;
            while (folder != null && chain.add(folder)) {
                readFolder(commit, folder, files);
                byte[] guideline = files.get(Snapshot.join(folder, GuidelineProjects.GUIDELINE_FILE));
                if (guideline == null) {
                    if (folder.equals(projectPath)) {
                        throw new HistoryException(HistoryException.NO_PROJECT, "the project " + displayPath()
                                + " does not exist at " + revision + " (" + commit.abbreviate(10).name()
                                + "): no " + GuidelineProjects.GUIDELINE_FILE + " there");
                    }
                    break; // the loader reports the missing base
                }
                folder = extendsFolder(folder, guideline);
            }
            return new Snapshot(revision, commitId, projectPath, files);
        } catch (IOException e) {
            throw git("read " + revision, e);
        }
    }

    /** The project's files on disk, with the projects it extends. */
    public Snapshot workingTree() throws HistoryException {
        return workingTree(projectDirectory, workTree);
    }

    /** The files on disk of the project in {@code projectDirectory}, named relative to {@code root}. */
    static Snapshot workingTree(Path projectDirectory, Path root) throws HistoryException {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path project = projectDirectory.toAbsolutePath().normalize();
        String projectPath = absoluteRoot.relativize(project).toString().replace('\\', '/');
        Map<String, byte[]> files = new LinkedHashMap<>();
        Set<String> chain = new LinkedHashSet<>();
        String folder = projectPath;
        while (folder != null && chain.add(folder)) {
            Path dir = absoluteRoot.resolve(folder).normalize();
            if (!Files.isDirectory(dir)) {
                break;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    Path relative = dir.relativize(file);
                    if (relative.toString().startsWith(".") || relative.toString().contains("/.")) {
                        continue; // .git, editor backups
                    }
                    files.put(Snapshot.join(folder, relative.toString()), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new HistoryException(HistoryException.UNREADABLE, "cannot read " + dir + " (" + e.getMessage() + ")", e);
            }
            byte[] guideline = files.get(Snapshot.join(folder, GuidelineProjects.GUIDELINE_FILE));
            folder = guideline == null ? null : extendsFolder(folder, guideline);
        }
        return new Snapshot(Snapshot.WORKING_TREE_LABEL, null, projectPath, files);
    }

    /** The folder a guideline.yaml extends, or null. */
    private static String extendsFolder(String folder, byte[] guideline) {
        try {
            JsonNode node = YAML.readTree(guideline);
            if (node != null && node.hasNonNull("extends")) {
                return Snapshot.join(folder, node.get("extends").asText());
            }
        } catch (IOException e) {
            // the loader reports the broken file
        }
        return null;
    }

    private void readFolder(RevCommit commit, String folder, Map<String, byte[]> files) throws IOException {
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!folder.isEmpty()) {
                walk.setFilter(PathFilter.create(folder));
            }
            while (walk.next()) {
                files.put(walk.getPathString(), repository.open(walk.getObjectId(0)).getBytes());
            }
        }
    }

    private byte[] read(RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            return walk == null ? null : repository.open(walk.getObjectId(0)).getBytes();
        }
    }

    /**
     * The project's files that differ from the last commit (changed, added, deleted, untracked, in conflict), as
     * work-tree paths, sorted; empty when the project is clean.
     */
    public List<String> uncommittedChanges() throws HistoryException {
        return uncommittedChanges(projectPath);
    }

    private List<String> uncommittedChanges(String projectPath) throws HistoryException {
        if (projectPath.startsWith("..")) {
            return List.of(); // a base outside the repository: Git knows nothing of it
        }
        try (Git git = new Git(repository)) {
            var status = git.status();
            if (!projectPath.isEmpty()) {
                status.addPath(projectPath);
            }
            Status s = status.call();
            Set<String> changed = new TreeSet<>();
            changed.addAll(s.getAdded());
            changed.addAll(s.getChanged());
            changed.addAll(s.getModified());
            changed.addAll(s.getRemoved());
            changed.addAll(s.getMissing());
            changed.addAll(s.getUntracked());
            changed.addAll(s.getConflicting());
            String prefix = projectPath.isEmpty() ? "" : projectPath + "/";
            return changed.stream().filter(p -> p.startsWith(prefix)).toList();
        } catch (GitAPIException e) {
            throw new HistoryException(HistoryException.GIT, "cannot read the status of " + displayPath() + " ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * The uncommitted changes of the project and of the projects it extends (on disk): what a release of it would
     * include without Git holding it.
     */
    public List<String> uncommittedChangesWithBases() throws HistoryException {
        Set<String> folders = new LinkedHashSet<>();
        String folder = projectPath;
        while (folder != null && folders.add(folder)) {
            Path guideline = workTree.resolve(folder).resolve(GuidelineProjects.GUIDELINE_FILE).normalize();
            try {
                folder = Files.isRegularFile(guideline) ? extendsFolder(folder, Files.readAllBytes(guideline)) : null;
            } catch (IOException e) {
                folder = null; // the loader reports the unreadable file
            }
        }
        Set<String> changed = new TreeSet<>();
        for (String each : folders) {
            changed.addAll(uncommittedChanges(each));
        }
        return List.copyOf(changed);
    }

    /**
     * Commits the project's uncommitted changes (new, changed and deleted files under its folder, nothing else of the
     * repository) with {@code message}, so that staff can release from the workbench without a Git tool. Returns the
     * commit id, or null when the project had no change.
     */
    public String commitProject(String message) throws HistoryException {
        if (message == null || message.isBlank()) {
            throw new HistoryException(HistoryException.GIT, "say in a few words what changed: a commit needs a message");
        }
        List<String> changes = uncommittedChanges();
        if (changes.isEmpty()) {
            return null;
        }
        try (Git git = new Git(repository)) {
            String pattern = projectPath.isEmpty() ? "." : projectPath;
            git.add().addFilepattern(pattern).call(); // new and changed files
            git.add().addFilepattern(pattern).setUpdate(true).call(); // deleted files
            var commit = git.commit().setMessage(message.strip()).setSign(false); // Guidepost holds no signing key
            changes.forEach(commit::setOnly); // only the project's files, whatever else is staged
            return commit.call().getName();
        } catch (GitAPIException | RuntimeException e) {
            throw git("commit the changes of " + displayPath(), e);
        }
    }

    /** Whether the repository has any commit. */
    public boolean hasCommits() throws HistoryException {
        return resolveGit(Constants.HEAD) != null;
    }

    String displayPath() {
        return projectPath.isEmpty() ? projectDirectory.toString() : projectPath;
    }

    private HistoryException git(String what, Exception e) {
        return new HistoryException(HistoryException.GIT, "cannot " + what + " in " + workTree + " (" + e.getMessage() + ")", e);
    }

    @Override
    public void close() {
        repository.close();
    }

    /**
     * One release of the project.
     *
     * @param version the version, {@code X.Y.Z}
     * @param tag     its tag, {@code <project-id>-vX.Y.Z}
     * @param commit  the commit the tag points at
     * @param date    when that commit was made
     * @param message the tag's message (the commit's first line for a lightweight tag)
     */
    public record ReleaseVersion(String version, String tag, String commit, Instant date, String message) {
    }
}
