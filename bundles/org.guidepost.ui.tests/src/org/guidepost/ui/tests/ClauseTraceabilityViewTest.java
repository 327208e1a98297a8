package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.guidepost.testing.Traceability;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.internal.Screenshots;
import org.guidepost.ui.traceability.ClauseTraceabilityView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clause Traceability on the shipped project (no gaps) and on a fixture with an unproven rule (flagged). */
class ClauseTraceabilityViewTest {
    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @TempDir
    Path rules;

    @BeforeEach
    void openWindow() {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        page = window.getActivePage();
        window.getShell().setBounds(0, 0, 1600, 1000);
    }

    @Test
    void theShippedProjectHasNoGapsAndAFixtureShowsItsUnprovenRule() throws Exception {
        ClauseTraceabilityView view = (ClauseTraceabilityView) page.showView(ClauseTraceabilityView.ID);
        view.selectProject(Path.of(System.getProperty(RulesLocation.PROPERTY), "model-social-media"));
        Job job = view.trace();
        assertNotNull(job);
        UiWaits.until(() -> job.getResult() != null && view.lastTrace() != null, 120, "the shipped project's trace");
        UiWaits.settle();
        assertEquals(32, view.lastTrace().clauses().size());
        assertTrue(view.lastTrace().clauses().stream().allMatch(c -> c.gaps().isEmpty()),
                view.lastTrace().clauses().stream().filter(c -> !c.gaps().isEmpty()).map(c -> c.clause() + c.gaps()).toList().toString());
        assertTrue(view.summaryText().startsWith("Every one of the 32 clauses"), view.summaryText());
        TreeItem prv5 = Arrays.stream(view.viewer().getTree().getItems()).filter(i -> i.getText().startsWith("PRV-5 "))
                .findFirst().orElseThrow();
        assertTrue(prv5.getText().contains("4 rules"), prv5.getText());
        view.viewer().expandToLevel(prv5.getData(), 2);
        UiWaits.settle();
        Screenshots.save(window.getShell(), UiWaits.screenshot("clause-traceability"));

        Path fixture = GuidepostProjects.copyFixture("clinic", rules);
        view.selectProject(fixture);
        Job second = view.trace();
        UiWaits.until(() -> second.getResult() != null && view.lastTrace() != null
                && view.lastTrace().project().equals(fixture.toAbsolutePath().normalize().toString()), 120, "the fixture's trace");
        UiWaits.settle();
        List<String> gapped = view.lastTrace().clauses().stream().filter(c -> !c.gaps().isEmpty())
                .map(Traceability.ClauseTrace::clause).toList();
        assertTrue(!gapped.isEmpty() && view.summaryText().contains("have gaps"), view.summaryText() + " " + gapped);
    }
}
