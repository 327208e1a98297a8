package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.guidepost.model.Evidence;
import org.guidepost.model.Finding;
import org.guidepost.testing.CaseResult;
import org.guidepost.testing.TestRun;
import org.guidepost.testing.TestRunner;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.internal.Screenshots;
import org.guidepost.ui.trypost.TryAPostView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Try a Post: typing a post shows its findings with the evidence marked, and the post becomes a passing test case. */
class TryAPostViewTest {
    private static final String POST = "Sore knee? DM us your MRI report and we'll tell you what's wrong.";
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
    void typingAPostShowsTheFindingWithItsEvidenceMarkedAndSavesItAsAPassingTestCase() throws Exception {
        Path project = copyOfShippedProject();
        TryAPostView view = (TryAPostView) page.showView(TryAPostView.ID);
        view.selectProject(project);
        view.setChannelKindAccount("facebook", "comment", "clinic");

        // typed as a user types: one character at a time, so the check is debounced, not run per keystroke
        for (char c : POST.toCharArray()) {
            view.textField().insert(String.valueOf(c));
            view.textField().setCaretOffset(view.textField().getCharCount());
            view.textField().setSelection(view.textField().getCharCount());
        }
        assertEquals(POST, view.textField().getText());
        UiWaits.until(() -> view.lastReport() != null
                && view.lastReport().findings().stream().anyMatch(f -> f.getClause().equals("PRV-5")), 60, "PRV-5 in Try a Post");
        UiWaits.settle();

        Finding prv5 = view.lastReport().findings().stream().filter(f -> f.getClause().equals("PRV-5")).findFirst().orElseThrow();
        Evidence evidence = prv5.getEvidence().get(0);
        assertEquals("/text", evidence.field());
        assertTrue(POST.substring(evidence.start(), evidence.end()).startsWith("DM us your MRI"), evidence.toString());
        StyleRange[] marks = view.textField().getStyleRanges();
        assertTrue(Arrays.stream(marks).anyMatch(r -> r.start == evidence.start() && r.length == evidence.end() - evidence.start()
                && r.background != null), "evidence marked in the text: " + Arrays.toString(marks));
        assertTrue(view.verdictText().startsWith("Verdict: fail"), view.verdictText());
        assertTrue(view.jsonText().contains("\"channel\" : \"facebook\""), view.jsonText());
        assertTrue(Arrays.stream(view.findingsViewer().getTable().getItems()).anyMatch(i -> i.getText(0).startsWith("PRV-5 Health information")));
        Screenshots.save(window.getShell(), UiWaits.screenshot("try-a-post"));

        int line = view.saveAsTestCase("Try a Post: a DM request for an MRI breaks PRV-5", null, "try-a-post.yaml",
                Set.of("PRV-5"), true);

        assertTrue(line > 1, "line " + line);
        Path saved = project.resolve("tests/try-a-post.yaml");
        assertTrue(Files.readString(saved).contains("DM us your MRI report"), Files.readString(saved));
        IEditorPart editor = page.getActiveEditor();
        assertTrue(editor instanceof ITextEditor && editor.getTitle().equals("try-a-post.yaml"), String.valueOf(editor));
        UiWaits.settle();
        Screenshots.save(window.getShell(), UiWaits.screenshot("try-a-post-saved"));
        TestRun run = TestRunner.run(project, name -> name.contains("try-a-post.yaml"));
        List<CaseResult> results = run.results();
        assertEquals(1, results.size(), run.diagnostics().toString());
        assertEquals(CaseResult.Outcome.PASS, results.get(0).outcome(), results.get(0).problems().toString());
    }

    private Path copyOfShippedProject() throws Exception {
        return GuidepostProjects.copyProject(Path.of(System.getProperty(RulesLocation.PROPERTY), "model-social-media"), temp);
    }
}
