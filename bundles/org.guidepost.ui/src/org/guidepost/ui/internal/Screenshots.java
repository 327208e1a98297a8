package org.guidepost.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a window shows as a PNG, for people to look at (workbench tests, the product's smoke test). */
public final class Screenshots {
    private Screenshots() {
    }

    /** Lets the window paint, then saves its area of the screen to {@code file} (folders are created). */
    public static Path save(Shell shell, Path file) throws IOException {
        Display display = shell.getDisplay();
        settle(display);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        try {
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (SWTException e) {
            throw new IOException("cannot save a screenshot to " + file + ": " + e.getMessage(), e);
        } finally {
            image.dispose();
        }
    }

    /** Runs pending events for half a second so that layouts and paints are done. */
    public static void settle(Display display) {
        long until = System.currentTimeMillis() + 500;
        while (System.currentTimeMillis() < until) {
            // drain the queue, but never forever: a widget that keeps posting events must not hang a test
            for (int i = 0; i < 10_000 && display.readAndDispatch(); i++) {
                // next event
            }
            display.update();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
