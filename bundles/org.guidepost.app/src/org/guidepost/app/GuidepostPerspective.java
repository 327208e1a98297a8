package org.guidepost.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.guidepost.ui.explorer.GuidelineExplorerView;
import org.guidepost.ui.history.HistoryView;
import org.guidepost.ui.testrunner.TestResultsView;
import org.guidepost.ui.traceability.ClauseTraceabilityView;
import org.guidepost.ui.trypost.TryAPostView;

/** Explorer on the left, editors in the middle, outline on the right, problems, test results and progress below. */
public final class GuidepostPerspective implements IPerspectiveFactory {
    /** The perspective's id, as declared in plugin.xml. */
    public static final String ID = "org.guidepost.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        // at 1600 px: explorer 480, editor ~740, outline ~380 (rule names with their clause ids fit)
        // as in WORKBENCH.md: the bottom row spans the window, the explorer and Try a Post stand above it
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.66f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(TestResultsView.ID);
        bottom.addView(HistoryView.ID);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.26f, editors);
        left.addView(GuidelineExplorerView.ID);

        // Try a Post always one click away; the Outline of the open editor beside it
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.55f, editors);
        right.addView(TryAPostView.ID);
        right.addView(IPageLayout.ID_OUTLINE);
        right.addView(ClauseTraceabilityView.ID);

        layout.addShowViewShortcut(GuidelineExplorerView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(TestResultsView.ID);
        layout.addShowViewShortcut(TryAPostView.ID);
        layout.addShowViewShortcut(ClauseTraceabilityView.ID);
        layout.addShowViewShortcut(HistoryView.ID);
    }
}
