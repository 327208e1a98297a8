package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.guidepost.testing.CaseResult;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.internal.Screenshots;
import org.guidepost.ui.testrunner.TestResultsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test Results on the shipped project (all green) and on a copy with a wrong expectation (red, then rerun failed). */
class TestResultsViewTest {
    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @TempDir
    Path temp;

    @BeforeEach
    void openWindow() {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        page = window.getActivePage();
        window.getShell().setBounds(0, 0, 1600, 1000);
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void theShippedProjectRunsGreenWithFullCoverage() throws Exception {
        TestResultsView view = (TestResultsView) page.showView(TestResultsView.ID);
        view.selectProject(Path.of(System.getProperty(RulesLocation.PROPERTY), "model-social-media"));

        Job job = view.runAll();
        assertNotNull(job);
        UiWaits.until(() -> job.getResult() != null && view.lastRun() != null, 120, "the shipped project's test run");
        UiWaits.settle();

        int cases = view.lastRun().results().size();
        assertTrue(cases > 300, "cases: " + cases);
        assertEquals(cases, view.results().size());
        assertTrue(view.results().stream().allMatch(r -> r.outcome() == CaseResult.Outcome.PASS));
        assertFalse(view.isRed());
        assertTrue(view.summary().contains("Runs: " + cases + "/" + cases + "   Failures: 0   Errors: 0"), view.summary());
        assertTrue(view.summary().contains("Coverage: rules 60/60 (100%), clauses 100%"), view.summary());
        assertEquals(cases, view.caseViewer().getTable().getItemCount());
        view.caseViewer().getTable().select(0);
        view.caseViewer().setSelection(view.caseViewer().getSelection());
        UiWaits.settle();
        Screenshots.save(window.getShell(), UiWaits.screenshot("test-results-green"));
    }

    @Test
    void aWrongExpectationTurnsTheBarRedShowsBothSidesAndRerunsAlone() throws Exception {
        Path project = copyOfShippedProject();
        Path prv = project.resolve("tests/prv.yaml");
        String yaml = Files.readString(prv);
        int at = yaml.indexOf("includes: [PRV-5]");
        assertTrue(at > 0, "a PRV-5 case in tests/prv.yaml");
        Files.writeString(prv, yaml.substring(0, at) + "includes: [PRV-4]" + yaml.substring(at + "includes: [PRV-5]".length()));

        TestResultsView view = (TestResultsView) page.showView(TestResultsView.ID);
        view.selectProject(project);
        Job job = view.runAll();
        UiWaits.until(() -> job.getResult() != null && view.lastRun() != null && view.isRed(), 120, "the broken run");
        UiWaits.settle();

        List<CaseResult> failed = view.results().stream().filter(r -> r.outcome() != CaseResult.Outcome.PASS).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertTrue(view.summary().contains("Failures: 1"), view.summary());
        // the first failure is selected, and its expected and actual clauses are side by side
        List<String> expected = Stream.of(view.comparisonViewer().getTable().getItems()).map(i -> i.getText(0)).toList();
        List<String> actual = Stream.of(view.comparisonViewer().getTable().getItems()).map(i -> i.getText(1)).toList();
        assertTrue(expected.stream().anyMatch(t -> t.startsWith("PRV-4 ")), expected.toString());
        assertTrue(actual.stream().anyMatch(t -> t.startsWith("PRV-5 Health information")), actual.toString());
        TableItem missing = Stream.of(view.comparisonViewer().getTable().getItems()).filter(i -> i.getText(0).startsWith("PRV-4"))
                .findFirst().orElseThrow();
        assertEquals(window.getShell().getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_RED), missing.getForeground(0));
        Screenshots.save(window.getShell(), UiWaits.screenshot("test-results-red"));

        // double-click opens the case in its file at its line
        CaseResult failure = failed.get(0);
        view.caseViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(failure), true);
        IEditorPart editor = openSelected(view);
        assertTrue(editor instanceof ITextEditor, String.valueOf(editor));
        int line = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput())
                .getLineOfOffset(((org.eclipse.jface.text.ITextSelection) ((ITextEditor) editor).getSelectionProvider()
                        .getSelection()).getOffset()) + 1;
        assertEquals(failure.testCase().line(), line);

        // fixed, then only the failed case runs again
        Files.writeString(prv, yaml);
        Job rerun = view.rerunFailed();
        assertNotNull(rerun);
        UiWaits.until(() -> rerun.getResult() != null && view.results().size() == 1 && !view.isRed(), 60, "the rerun");
        UiWaits.settle();
        assertEquals(CaseResult.Outcome.PASS, view.results().get(0).outcome());
        assertEquals(failure.testCase().name(), view.results().get(0).testCase().name());
    }

    private IEditorPart openSelected(TestResultsView view) {
        org.eclipse.swt.widgets.Table table = view.caseViewer().getTable();
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.item = table.getSelection()[0];
        table.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, event);
        UiWaits.settle();
        return page.getActiveEditor();
    }

    private Path copyOfShippedProject() throws Exception {
        return GuidepostProjects.copyProject(Path.of(System.getProperty(RulesLocation.PROPERTY), "model-social-media"), temp);
    }
}
