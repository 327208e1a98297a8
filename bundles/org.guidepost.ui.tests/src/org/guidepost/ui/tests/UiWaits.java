package org.guidepost.ui.tests;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.eclipse.swt.widgets.Display;

/** Waiting for background work in UI tests without blocking the UI thread, and where screenshots go. */
final class UiWaits {
    private UiWaits() {
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code seconds}. Returns the milliseconds waited. */
    static long until(BooleanSupplier condition, int seconds, String what) {
        Display display = Display.getCurrent();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + seconds + " s for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Lets pending UI work (layouts, paints, async runnables) finish. */
    static void settle() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 500 && display.readAndDispatch(); i++) {
            // drain
        }
    }

    static Path screenshot(String name) {
        return Path.of(System.getProperty("guidepost.screenshots", "target/screenshots"), name + ".png");
    }
}
