package org.guidepost.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.guidepost.ui.explorer.GuidelineExplorerView;
import org.guidepost.ui.internal.Screenshots;

/**
 * A self-check of the assembled product, for the build: started with {@code -Dguidepost.smokeTest=<folder>},
 * the workbench checks that its window and the views of the Guidepost perspective really opened (a bundle
 * missing from the product shows as an error part), saves a screenshot and a report in the folder, and exits
 * with 0 when all is well, 1 otherwise.
 */
final class ProductSmokeTest {
    /** The system property that turns the self-check on and names the folder for its results. */
    static final String PROPERTY = "guidepost.smokeTest";

    private ProductSmokeTest() {
    }

    /** The folder to write to, or null when this is a normal start. */
    static Path folder() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /** Runs the checks on the open window; returns the problems found (none: the product works). */
    static List<String> run(IWorkbenchWindow window, Path folder) throws IOException {
        // how long a user waits: from the JVM's start to this point, the window open with its views filled
        long startupMillis = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        StartupTimes.mark("window usable (first events handled)");
        Files.writeString(folder.resolve("startup.txt"), "window usable " + startupMillis + " ms after the JVM started\n"
                + StartupTimes.describe());
        List<String> problems = new ArrayList<>();
        if (!GuidepostWindowAdvisor.TITLE.equals(window.getShell().getText())) {
            problems.add("window title is '" + window.getShell().getText() + "', not '" + GuidepostWindowAdvisor.TITLE + "'");
        }
        IWorkbenchPage page = window.getActivePage();
        if (page == null || page.getPerspective() == null || !GuidepostPerspective.ID.equals(page.getPerspective().getId())) {
            problems.add("the Guidepost perspective is not open");
        } else {
            for (String id : List.of(GuidelineExplorerView.ID, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_OUTLINE,
                    "org.guidepost.ui.views.tryAPost", "org.guidepost.ui.views.testResults", "org.guidepost.ui.views.traceability",
                    "org.guidepost.ui.views.history")) {
                // getView(true) creates a view that waits behind another tab, so a missing bundle shows here too
                org.eclipse.ui.IViewReference reference = page.findViewReference(id);
                IViewPart view = reference == null ? null : reference.getView(true);
                if (view == null || view.getClass().getSimpleName().equals("ErrorViewPart")) {
                    problems.add("view " + id + " did not open (is its bundle in the product?)");
                }
            }
            if (page.findView(GuidelineExplorerView.ID) instanceof GuidelineExplorerView explorer) {
                TreeViewer viewer = explorer.viewer();
                if (viewer.getTree().getItemCount() == 0) {
                    problems.add("the Guideline Explorer lists no project under " + explorer.root());
                }
            }
        }
        Screenshots.save(window.getShell(), folder.resolve("product.png"));
        Files.writeString(folder.resolve("smoke-test.txt"), problems.isEmpty() ? "ok\n" : String.join("\n", problems) + "\n");
        return problems;
    }
}
