package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.guidepost.history.ProjectHistory;
import org.guidepost.history.Release;
import org.guidepost.ui.explorer.ExplorerNode;
import org.guidepost.ui.explorer.GuidelineExplorerView;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.history.HistoryView;
import org.guidepost.ui.history.SemanticDiffEditor;
import org.guidepost.ui.history.SemanticDiffViewer;
import org.guidepost.ui.internal.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The History view: releases and the working tree, the changes of a version as a semantic diff, the compare editor. */
class HistoryViewTest {
    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private String rulesProperty;
    @TempDir
    Path rules;

    @BeforeEach
    void remember() {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        page = window.getActivePage();
        rulesProperty = System.getProperty(RulesLocation.PROPERTY);
    }

    @AfterEach
    void restore() {
        page.closeAllEditors(false);
        GuidepostProjects.useRules(Path.of(rulesProperty));
    }

    @Test
    void aReleaseAndTheWorkingTreeShowWhatChangedAndCompareInTheEditor() throws Exception {
        Path project = GuidepostProjects.copyFixture("clinic", rules);
        // the first release makes the repository (tests pass, version tagged)
        Release.Result first = Release.perform(project, new Release.Request("1.0.0", "The clinic's first guideline", null, null));
        assertEquals("clinic-v1.0.0", first.tag());
        // then staff raise nothing to error but lower PRV-3 to a warning and add a phrase to the lexicon
        Path guideline = project.resolve("guideline.yaml");
        Files.writeString(guideline, Files.readString(guideline).replace(
                "  - id: PRV-3\n    title: Records in view\n    severity: error",
                "  - id: PRV-3\n    title: Records in view\n    severity: warning"));
        Path lexicon = project.resolve("lexicons/health-information-requests.yaml");
        Files.writeString(lexicon, Files.readString(lexicon) + "  - upload your scan\n");
        GuidepostProjects.useRules(rules);

        // from the explorer: the project's context menu offers its history and a release
        GuidelineExplorerView explorer = (GuidelineExplorerView) page.showView(GuidelineExplorerView.ID);
        explorer.refresh();
        @SuppressWarnings("unchecked")
        List<ExplorerNode.ProjectNode> projects = (List<ExplorerNode.ProjectNode>) explorer.viewer().getInput();
        explorer.viewer().setSelection(new StructuredSelection(projects.get(0)), true);
        org.eclipse.swt.widgets.Menu menu = explorer.viewer().getControl().getMenu();
        menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> offered = Arrays.stream(menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList();
        assertTrue(offered.contains("Show History") && offered.contains("Release…"), offered.toString());
        menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        HistoryView view = explorer.showHistoryOfSelection();
        UiWaits.until(() -> view.versions().getTable().getItemCount() == 2 && view.summaryText().contains("1 release"),
                60, "the history");
        assertEquals("Working tree", view.versions().getTable().getItem(0).getText(0));
        assertEquals("2 files not committed", view.versions().getTable().getItem(0).getText(1));
        assertEquals("1.0.0", view.versions().getTable().getItem(1).getText(0));
        assertEquals("The clinic's first guideline", view.versions().getTable().getItem(1).getText(2));

        // the working tree is selected: its changes since 1.0.0
        SemanticDiffViewer diff = view.diff();
        waitForDiff(diff);
        assertTrue(diff.headingText().startsWith("From clinic-v1.0.0 (1.0.0) to working tree"), diff.headingText());
        List<String> shown = labels(diff);
        assertTrue(shown.contains("~ PRV-3  Records in view   severity error → warning"), shown.toString());
        assertTrue(shown.contains("~ health-information-requests   terms: 1 added"), shown.toString());
        diff.tree().setSelection(new StructuredSelection(diff.tree().getTree().getItem(1).getItem(0).getData()), true);
        assertTrue(diff.detailText().contains("+ upload your scan"), diff.detailText());
        // the same changes as clinics will read them
        String changelog = diff.changelogText();
        assertTrue(changelog.startsWith("## clinic 1.0.0 (unreleased changes)"), changelog);
        assertTrue(changelog.contains("### PRV-3 Records in view") && changelog.contains("upload your scan"), changelog);
        Screenshots.save(window.getShell(), UiWaits.screenshot("history-view-working-tree"));

        // the release alone: what it brought (everything, since it is the first)
        view.versions().setSelection(new StructuredSelection(view.versions().getElementAt(1)), true);
        waitForDiff(diff);
        assertTrue(diff.headingText().contains("3 clauses, 3 rules, 1 lexicon, 2 test cases"), diff.headingText());

        // both: the compare editor
        view.versions().setSelection(new StructuredSelection(List.of(view.versions().getElementAt(0),
                view.versions().getElementAt(1))), true);
        Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
                .filter(item -> item instanceof org.eclipse.jface.action.ActionContributionItem a
                        && a.getAction().getText().equals("Compare"))
                .map(item -> ((org.eclipse.jface.action.ActionContributionItem) item).getAction())
                .findFirst().orElseThrow().run();
        SemanticDiffEditor editor = assertInstanceOf(SemanticDiffEditor.class, page.getActiveEditor());
        assertEquals("clinic 1.0.0 ↔ working tree", editor.getTitle());
        waitForDiff(editor.viewer());
        assertTrue(labels(editor.viewer()).contains("~ PRV-3  Records in view   severity error → warning"));
        Screenshots.save(window.getShell(), UiWaits.screenshot("history-compare-editor"));
        assertEquals(List.of("1.0.0"), versions(project));

        // Commit keeps the changes in the history: the working tree is clean again, ready for a release
        page.activate(view);
        view.commit("PRV-3 lowered to a warning; a phrase for PRV-5");
        UiWaits.until(() -> view.summaryText().startsWith("Committed "), 60, "the commit");
        UiWaits.until(() -> "no uncommitted changes".equals(view.versions().getTable().getItem(0).getText(1)), 60,
                "the clean working tree");
        try (ProjectHistory history = ProjectHistory.open(project)) {
            assertEquals(List.of(), history.uncommittedChanges());
        }

        // a file changed again (here from outside the workbench): the working tree row follows by itself
        Files.writeString(lexicon, Files.readString(lexicon) + "  - post your scan\n");
        UiWaits.until(() -> "1 file not committed".equals(view.versions().getTable().getItem(0).getText(1)), 60,
                "the History view to notice the change");
        UiWaits.until(() -> "1 file not committed".equals(view.versions().getTable().getItem(0).getText(1)), 60,
                "the History view to notice the change");
    }

    private static List<String> versions(Path project) throws Exception {
        try (ProjectHistory history = ProjectHistory.open(project)) {
            return history.versions().stream().map(ProjectHistory.ReleaseVersion::version).toList();
        }
    }

    private static void waitForDiff(SemanticDiffViewer diff) {
        UiWaits.until(() -> !diff.headingText().startsWith("Comparing") && !diff.headingText().isEmpty(), 60, "the diff");
        UiWaits.settle();
    }

    private static List<String> labels(SemanticDiffViewer diff) {
        List<String> labels = new java.util.ArrayList<>();
        for (TreeItem group : diff.tree().getTree().getItems()) {
            for (TreeItem item : group.getItems()) {
                labels.add(item.getText());
            }
        }
        return labels;
    }
}
