package org.guidepost.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;

/** The UI bundle's own icons (icons/*.png, with @2x variants), shared through JFace's image registry. */
public final class GuidepostImages {
    public static final String RUN_ALL = "icons/run_all.png";
    public static final String RERUN_FAILED = "icons/rerun_failed.png";
    public static final String RUN_ONE = "icons/run_one.png";
    public static final String CASE_PASS = "icons/case_pass.png";
    public static final String CASE_FAIL = "icons/case_fail.png";
    public static final String CASE_ERROR = "icons/case_error.png";
    private static final String BUNDLE = "org.guidepost.ui";

    private GuidepostImages() {
    }

    public static ImageDescriptor descriptor(String path) {
        return ResourceLocator.imageDescriptorFromBundle(BUNDLE, path).orElse(ImageDescriptor.getMissingImageDescriptor());
    }

    /** The image for {@code path}, owned by the registry (do not dispose it). */
    public static Image get(String path) {
        String key = BUNDLE + "/" + path;
        Image image = JFaceResources.getImageRegistry().get(key);
        if (image == null) {
            JFaceResources.getImageRegistry().put(key, descriptor(path));
            image = JFaceResources.getImageRegistry().get(key);
        }
        return image;
    }
}
