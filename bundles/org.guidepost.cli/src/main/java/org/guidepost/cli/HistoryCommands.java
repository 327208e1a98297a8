package org.guidepost.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.guidepost.history.HistoryException;
import picocli.CommandLine.Model.CommandSpec;

/** What the history commands (diff, impact, changelog, release) share. */
final class HistoryCommands {
    /** Output formats of diff and impact. */
    enum Format {
        text, json
    }

    private HistoryCommands() {
    }

    /** Prints {@code guidepost: error: CODE message} and returns {@code code}. */
    static int fail(CommandSpec spec, HistoryException e, int code) {
        spec.commandLine().getErr().println("guidepost: error: " + e.code() + " " + e.getMessage());
        spec.commandLine().getErr().flush();
        return code;
    }

    static int fail(CommandSpec spec, HistoryException e) {
        return fail(spec, e, GuidepostCommand.USAGE);
    }

    /** Prints {@code text} on standard output, or writes it to {@code file} whole (temporary file, then moved). */
    static void output(CommandSpec spec, Path file, String text) throws IOException {
        if (file == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
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
