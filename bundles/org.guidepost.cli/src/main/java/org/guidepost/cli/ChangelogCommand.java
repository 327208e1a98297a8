package org.guidepost.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.guidepost.history.Changelog;
import org.guidepost.history.HistoryException;
import org.guidepost.history.ProjectHistory;
import org.guidepost.history.SemanticDiff;
import org.guidepost.history.SemanticVersion;
import org.guidepost.history.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guidepost changelog <project-dir> [<from>] [<to>]}: what a release means for clinics, in Markdown. */
@Command(name = "changelog", mixinStandardHelpOptions = true,
        description = {"Write the changes between two versions of a guideline project as Markdown for clinics, grouped by clause.",
            "Defaults: TO is the latest release (the files on disk when there is none); FROM is the release before TO "
                + "(the latest release when TO is not a release; nothing, a first release, when there is none)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the changelog was written", "2:bad usage, not in a Git repository, or an unknown revision"})
final class ChangelogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT-DIR", description = "A guideline project inside a Git work tree.")
    Path project;

    @Parameters(index = "1", paramLabel = "FROM", arity = "0..1", description = "The older version or revision.")
    String from;

    @Parameters(index = "2", paramLabel = "TO", arity = "0..1",
            description = "The newer version or revision ('worktree' for the files on disk).")
    String to;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the Markdown to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Projects.requireProject(spec.commandLine(), project);
        try (ProjectHistory history = ProjectHistory.open(project)) {
            Optional<ProjectHistory.ReleaseVersion> latest = history.latestRelease();
            String toRevision = to != null ? to : latest.map(ProjectHistory.ReleaseVersion::version).orElse(ProjectHistory.WORKING_TREE);
            boolean toIsRelease = SemanticVersion.isValid(toRevision)
                    && history.versions().stream().anyMatch(v -> v.version().equals(toRevision));
            Snapshot fromSnapshot;
            if (from != null) {
                fromSnapshot = history.snapshot(from);
            } else {
                Optional<ProjectHistory.ReleaseVersion> before = toIsRelease ? history.releaseBefore(toRevision) : latest;
                fromSnapshot = before.isPresent() ? history.snapshot(before.get().version()) : Snapshot.empty("nothing");
            }
            SemanticDiff diff = SemanticDiff.between(fromSnapshot, history.snapshot(toRevision));
            String title = history.projectId() + " " + diff.toVersion()
                    + (ProjectHistory.isWorkingTree(toRevision) ? " (unreleased changes)" : "");
            HistoryCommands.output(spec, out, Changelog.markdown(diff, title));
            return GuidepostCommand.OK;
        } catch (HistoryException e) {
            return HistoryCommands.fail(spec, e);
        }
    }
}
