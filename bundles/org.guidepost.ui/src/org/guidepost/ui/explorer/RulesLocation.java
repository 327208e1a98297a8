package org.guidepost.ui.explorer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.nio.file.Path;
import org.eclipse.core.runtime.Platform;

/**
 * Where the Guideline Explorer looks for guideline projects: the folder chosen with Open Rules Folder… in this session,
 * else {@code -rules <folder>} on the command line, else the system property {@code guidepost.rules}, else
 * {@code rules} in the working directory. Views that list projects follow a change ({@link #addListener}).
 */
public final class RulesLocation {
    /** The system property that names the folder of guideline projects. */
    public static final String PROPERTY = "guidepost.rules";
    /** The program argument that names it. */
    public static final String ARGUMENT = "-rules";

    private RulesLocation() {
    }

    private static volatile Path chosen;
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    /** Works on {@code folder} from now on, for this session (null: back to the command line's folder). */
    public static void choose(Path folder) {
        chosen = folder == null ? null : folder.toAbsolutePath().normalize();
        LISTENERS.forEach(Runnable::run);
    }

    /** Runs {@code listener} (on the thread that chose) when another rules folder is chosen. */
    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    public static Path get() {
        Path folder = chosen;
        if (folder != null) {
            return folder;
        }
        String[] args = Platform.getApplicationArgs();
        for (int i = 0; i + 1 < args.length; i++) {
            if (ARGUMENT.equals(args[i])) {
                return Path.of(args[i + 1]).toAbsolutePath().normalize();
            }
        }
        String property = System.getProperty(PROPERTY);
        return Path.of(property != null && !property.isBlank() ? property : "rules").toAbsolutePath().normalize();
    }
}
