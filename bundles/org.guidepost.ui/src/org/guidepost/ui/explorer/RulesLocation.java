package org.guidepost.ui.explorer;

import java.nio.file.Path;
import org.eclipse.core.runtime.Platform;

/**
 * Where the Guideline Explorer looks for guideline projects: {@code -rules <folder>} on the command line,
 * else the system property {@code guidepost.rules}, else {@code rules} in the working directory.
 */
public final class RulesLocation {
    /** The system property that names the folder of guideline projects. */
    public static final String PROPERTY = "guidepost.rules";
    /** The program argument that names it. */
    public static final String ARGUMENT = "-rules";

    private RulesLocation() {
    }

    public static Path get() {
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
