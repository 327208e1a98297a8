package org.guidepost.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.guidepost.history.Corpus;
import org.guidepost.history.HistoryException;
import org.guidepost.history.Impact;
import org.guidepost.history.ProjectHistory;
import org.guidepost.history.Rendering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guidepost impact <project-dir> <from> [<to>] --corpus FILE}: which posts a change affects. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Check every communication of a corpus with two versions of a guideline project and list those "
                + "whose verdict or findings change (a new finding, a finding gone, another severity), with counts per clause.",
            "Both versions are compiled from their files at each revision (variants with the projects they extend at "
                + "that revision). FROM and TO as for 'guidepost diff'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the impact was shown (with --fail-on-change: no communication changed)",
            "1:with --fail-on-change: some communication's verdict or findings changed",
            "2:bad usage, a bad corpus line (file:line:column), an unknown revision, or a version that does not compile"})
final class ImpactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VersionRange range;

    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "Communications, one JSON object a line: bare, or labelled {\"communication\": {...}, ...}.")
    Path corpus;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    HistoryCommands.Format format;

    @Option(names = "--fail-on-change", description = "Exit with 1 when any communication's verdict or findings change.")
    boolean failOnChange;

    @Override
    public Integer call() throws IOException {
        Projects.requireProject(spec.commandLine(), range.project);
        try (ProjectHistory history = ProjectHistory.open(range.project)) {
            List<Corpus.Entry> entries = Corpus.read(corpus);
            Impact impact = Impact.of(history.snapshot(range.from), history.snapshot(range.to), entries, Impact.Progress.NONE);
            HistoryCommands.output(spec, null, format == HistoryCommands.Format.json ? Rendering.json(impact) : Rendering.text(impact));
            return failOnChange && !impact.changed().isEmpty() ? GuidepostCommand.FINDINGS : GuidepostCommand.OK;
        } catch (HistoryException e) {
            return HistoryCommands.fail(spec, e);
        }
    }
}
