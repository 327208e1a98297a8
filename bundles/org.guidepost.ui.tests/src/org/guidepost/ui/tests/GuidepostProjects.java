package org.guidepost.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Enumeration;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.workspace.GuidelineWorkspace;
import org.osgi.framework.Bundle;

/** Copies of guideline projects for the workbench tests, and waiting for the background jobs with the UI running. */
final class GuidepostProjects {
    static final Duration BOUND = Duration.ofSeconds(60);

    private GuidepostProjects() {
    }

    /** Copies the test bundle's fixture project {@code projects/<name>} into {@code rules/<name>}. */
    static Path copyFixture(String name, Path rules) throws IOException {
        Bundle bundle = Platform.getBundle("org.guidepost.ui.tests");
        String prefix = "projects/" + name + "/";
        Enumeration<URL> entries = bundle.findEntries(prefix, "*", true);
        Path project = rules.resolve(name);
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            String relative = entry.getPath().substring(entry.getPath().indexOf(prefix) + prefix.length());
            if (relative.isEmpty() || relative.endsWith("/")) {
                continue;
            }
            Path target = project.resolve(relative);
            Files.createDirectories(target.getParent());
            try (InputStream in = entry.openStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return project;
    }

    /** Copies a project folder on disk (e.g. the shipped rules/model-social-media) into {@code rules}. */
    static Path copyProject(Path source, Path rules) throws IOException {
        Path project = rules.resolve(source.getFileName().toString());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = project.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return project;
    }

    /** Points Guidepost at {@code rules} and waits, with the UI running, until its projects are linked and compiled. */
    static void useRules(Path rules) {
        System.setProperty(RulesLocation.PROPERTY, rules.toString());
        GuidelineWorkspace.synchronize(rules);
        waitForJobs();
    }

    /** Waits, with the UI running, until the Guidepost jobs are done. */
    static void waitForJobs() {
        waitUntil("the Guidepost jobs end", () -> !GuidelineWorkspace.isBusy());
    }

    /**
     * Runs the UI's event loop until {@code condition} holds, failing after {@link #BOUND}; returns how long it took.
     * The loop keeps dispatching, so a test waiting here would hang if anything blocked the UI thread.
     */
    static Duration waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long start = System.nanoTime();
        long deadline = start + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + BOUND.toSeconds() + " s for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting for " + what);
                }
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static Path screenshot(String name) {
        return Path.of(System.getProperty("guidepost.screenshots", "target/screenshots"), name + ".png");
    }
}
