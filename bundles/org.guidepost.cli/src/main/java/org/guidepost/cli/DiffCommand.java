package org.guidepost.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.guidepost.history.HistoryException;
import org.guidepost.history.ProjectHistory;
import org.guidepost.history.Rendering;
import org.guidepost.history.SemanticDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guidepost diff <project-dir> <from> [<to>]}: what changed between two versions, by meaning. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed in a guideline project between two versions, by meaning: clauses, rules "
                + "(with the DRL hunk of each), lexicon terms and test cases added, removed or changed.",
            "FROM and TO are versions (1.2.0: the tag <project-id>-v1.2.0, else the newest commit whose guideline.yaml "
                + "says that version), tags, branches, commits (HEAD~2), or 'worktree' for the files on disk."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the diff was shown (with --exit-code: nothing changed)",
            "1:with --exit-code: something changed",
            "2:bad usage, not in a Git repository, an unknown revision, or files that cannot be read"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VersionRange range;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    HistoryCommands.Format format;

    @Option(names = "--exit-code", description = "Exit with 1 when something changed, 0 when nothing did (like git diff).")
    boolean exitCode;

    @Override
    public Integer call() throws IOException {
        Projects.requireProject(spec.commandLine(), range.project);
        try (ProjectHistory history = ProjectHistory.open(range.project)) {
            SemanticDiff diff = SemanticDiff.between(history.snapshot(range.from), history.snapshot(range.to));
            HistoryCommands.output(spec, null, format == HistoryCommands.Format.json ? Rendering.json(diff) : Rendering.text(diff));
            return exitCode && !diff.isEmpty() ? GuidepostCommand.FINDINGS : GuidepostCommand.OK;
        } catch (HistoryException e) {
            return HistoryCommands.fail(spec, e);
        }
    }
}
