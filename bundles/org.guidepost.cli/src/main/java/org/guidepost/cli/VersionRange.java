package org.guidepost.cli;

import java.nio.file.Path;
import org.guidepost.history.ProjectHistory;
import picocli.CommandLine.Parameters;

/** {@code <project-dir> <from> [<to>]}: the arguments of the commands that compare two versions of a project. */
final class VersionRange {
    @Parameters(index = "0", paramLabel = "PROJECT-DIR", description = "A guideline project inside a Git work tree.")
    Path project;

    @Parameters(index = "1", paramLabel = "FROM", description = "The older version or revision.")
    String from;

    @Parameters(index = "2", paramLabel = "TO", arity = "0..1", defaultValue = ProjectHistory.WORKING_TREE,
            description = "The newer version or revision (default: ${DEFAULT-VALUE}, the files on disk).")
    String to;
}
