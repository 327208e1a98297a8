package org.guidepost.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.guidepost.model.GuidelineProjects;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks on the project folders commands are given, with errors that say how to fix them. */
final class Projects {
    private Projects() {
    }

    /** Refuses (usage error, exit 2) anything that is not a guideline project folder. */
    static void requireProject(CommandLine commandLine, Path path) {
        if (!Files.exists(path)) {
            throw new ParameterException(commandLine, "no such folder: " + path);
        }
        if (!Files.isDirectory(path)) {
            throw new ParameterException(commandLine, path + " is a file, not a guideline project folder"
                    + (path.toString().endsWith(".gpack") ? " (this command takes the project folder of a rule pack)" : ""));
        }
        if (!GuidelineProjects.isProject(path)) {
            throw new ParameterException(commandLine, path + " is not a guideline project (it has no "
                    + GuidelineProjects.GUIDELINE_FILE + ")");
        }
    }
}
