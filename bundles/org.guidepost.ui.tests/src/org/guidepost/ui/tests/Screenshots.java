package org.guidepost.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as a PNG under target/screenshots, for people to look at. */
final class Screenshots {
    private Screenshots() {
    }

    static Path save(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        settle(display);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            Path folder = Path.of(System.getProperty("guidepost.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }

    /** Lets the window paint: runs pending events for a short while. */
    static void settle(Display display) {
        long until = System.currentTimeMillis() + 500;
        while (System.currentTimeMillis() < until) {
            while (display.readAndDispatch()) {
                // drain
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
