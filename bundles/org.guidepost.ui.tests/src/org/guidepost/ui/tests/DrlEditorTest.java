package org.guidepost.ui.tests;

import static org.guidepost.ui.tests.GuidepostProjects.screenshot;
import static org.guidepost.ui.tests.GuidepostProjects.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.guidepost.ui.drl.DrlEditor;
import org.guidepost.ui.guideline.GuidelineEditor;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.internal.Screenshots;
import org.guidepost.ui.workspace.OpenInEditor;
import org.guidepost.ui.workspace.ProblemMarkers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DRL editor on a copy of a fixture project: markers after a save, completion, outline, clause hover and links. */
class DrlEditorTest {
    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private String rulesProperty;
    @TempDir
    Path rules;
    private Path project;

    @BeforeEach
    void linkAFixtureProject() throws Exception {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        page = window.getActivePage();
        window.getShell().setBounds(0, 0, 1600, 1000);
        rulesProperty = System.getProperty(RulesLocation.PROPERTY);
        project = GuidepostProjects.copyFixture("clinic", rules);
        GuidepostProjects.useRules(rules);
    }

    @AfterEach
    void restore() {
        page.closeAllEditors(false);
        GuidepostProjects.useRules(Path.of(rulesProperty)); // unlinks the copy before it is deleted
    }

    @Test
    void aBrokenRuleIsMarkedAtItsLineAfterSaveInTheEditorAndTheProblemsView() throws Exception {
        DrlEditor editor = openRules();
        IFile file = assertInstanceOf(IFileEditorInput.class, editor.getEditorInput()).getFile();
        assertEquals(List.of(), errors(file), "the fixture compiles cleanly");

        IDocument document = document(editor);
        String good = "$image : Media( showsRecords ) from $c.media";
        int at = document.get().indexOf(good);
        document.replace(at, good.length(), "$image : Media( showsRecords frm $c.media");
        int line = document.getLineOfOffset(at) + 1;
        editor.doSave(new NullProgressMonitor());

        // the compile runs as a job after the save returned: nothing is marked yet, and the UI keeps running
        assertEquals(List.of(), errors(file), "compiled on the UI thread during the save");
        waitUntil("a GP-DRL-1 marker on " + file, () -> !errors(file).isEmpty());
        IMarker marker = errors(file).get(0);
        assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals("GP-DRL-1", marker.getAttribute(ProblemMarkers.CODE, ""));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("GP-DRL-1 "), marker.getAttribute(IMarker.MESSAGE, ""));
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        assertEquals("frm", document.get().substring(start, marker.getAttribute(IMarker.CHAR_END, -1)));

        // the Problems view lists it, in its "Errors" group; it updates in its own jobs (about half a second after
        // the marker changed), so wait for it with the UI running
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        UiWaits.until(() -> problemsViewTexts(problems).stream().anyMatch(t -> t.contains(message)), 30,
                "the Problems view to list '" + message + "'");
        Screenshots.save(window.getShell(), screenshot("problems-view"));

        page.activate(editor);
        editor.selectAndReveal(start, 3);
        Screenshots.save(window.getShell(), screenshot("drl-editor-marker"));
        document.replace(document.get().indexOf("showsRecords frm"), "showsRecords frm".length(), "showsRecords ) from");
        editor.doSave(new NullProgressMonitor());
        waitUntil("the marker to go after the fix", () -> errors(file).isEmpty());
        UiWaits.until(() -> problemsViewTexts(problems).stream().noneMatch(t -> t.contains(message)), 30,
                "the Problems view to drop '" + message + "'");
    }

    @Test
    void contentAssistInsideACommunicationPatternProposesItsFields() throws Exception {
        DrlEditor editor = openRules();
        IDocument document = document(editor);
        String pattern = "Communication( channel";
        int inside = document.get().indexOf(pattern) + "Communication( ".length();
        document.replace(inside, 0, "te");
        editor.selectAndReveal(inside + 2, 0);

        handlers().executeCommand(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS, null); // Ctrl+Space
        List<String> proposals = new ArrayList<>();
        waitUntil("the completion popup", () -> {
            proposals.clear();
            proposals.addAll(popupProposals());
            return !proposals.isEmpty();
        });
        assertTrue(proposals.contains("text : String - Communication"), proposals.toString());
        assertTrue(proposals.stream().allMatch(p -> p.startsWith("te")), "filtered by what was typed: " + proposals);
        Screenshots.save(window.getShell(), screenshot("drl-editor-content-assist"));
    }

    @Test
    void contentAssistOffersClauseIdsAndLexiconNamesOfTheProject() throws Exception {
        DrlEditor editor = openRules();
        IDocument document = document(editor);
        int clause = document.get().indexOf("@clause(\"PRV-5\")") + "@clause(\"".length();
        document.replace(clause, "PRV-5".length(), "PRV-");
        editor.selectAndReveal(clause + 4, 0);
        handlers().executeCommand(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS, null);
        List<String> clauses = new ArrayList<>();
        waitUntil("clause ids", () -> {
            clauses.clear();
            clauses.addAll(popupProposals());
            return !clauses.isEmpty();
        });
        assertEquals(List.of("PRV-1  Identifying a patient", "PRV-3  Records in view",
                "PRV-5  Health information through social channels"), clauses);
        Screenshots.save(window.getShell(), screenshot("drl-editor-clause-assist"));
    }

    @Test
    void theOutlineListsTheRulesWithTheirClausesAndRulesFold() throws Exception {
        DrlEditor editor = openRules();
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        List<String> expected = List.of("PRV-1 patient mentioned without consent  PRV-1",
                "PRV-3 patient records visible in photo or video  PRV-3", "PRV-5 request for health information  PRV-5");
        waitUntil("the outline of the rules", () -> treeTexts(outline.getCurrentPage().getControl()).equals(expected));
        assertEquals(expected, editor.ruleLabels());
        assertEquals(3, editor.foldingRegions());

        // a rule typed in the editor appears in the outline once typing pauses
        IDocument document = document(editor);
        document.replace(document.getLength(), 0, "\nrule \"PRV-1 tagged patient\"\n    @clause(\"PRV-1\")\nwhen\nthen\nend\n");
        waitUntil("the new rule in the outline", () -> treeTexts(outline.getCurrentPage().getControl())
                .contains("PRV-1 tagged patient  PRV-1"));
        Screenshots.save(window.getShell(), screenshot("drl-editor-outline"));
    }

    @Test
    void hoverShowsTheClauseAndF3AndCtrlClickOpenIt() throws Exception {
        DrlEditor editor = openRules();
        IDocument document = document(editor);
        int id = document.get().indexOf("@clause(\"PRV-5\")") + "@clause(\"".length() + 2;

        String hover = String.valueOf(editor.hoverInfoAt(id));
        assertTrue(hover.startsWith("PRV-5  Health information through social channels  (error)"), hover);
        assertTrue(hover.contains("Do not ask people to send their health information"), hover);

        List<IHyperlink> links = editor.hyperlinksAt(id);
        assertEquals("PRV-5", document.get(links.get(0).getHyperlinkRegion().getOffset(),
                links.get(0).getHyperlinkRegion().getLength()));
        links.get(0).open(); // Ctrl+click
        GuidelineEditor guideline = assertInstanceOf(GuidelineEditor.class, page.getActiveEditor());
        assertEquals("guideline.yaml", guideline.getTitle());
        assertEquals("PRV-5", guideline.clausesPage().idField().getText(), "the clause is selected in the form");
        assertInstanceOf(IFileEditorInput.class, guideline.getEditorInput(), "opened through the workspace");

        page.activate(editor);
        int prv1 = document.get().indexOf("@clause(\"PRV-1\")") + "@clause(\"".length();
        editor.selectAndReveal(prv1, 0);
        handlers().executeCommand(DrlEditor.OPEN_CLAUSE_COMMAND, null); // F3
        guideline = assertInstanceOf(GuidelineEditor.class, page.getActiveEditor());
        assertEquals("PRV-1", guideline.clausesPage().idField().getText(), "PRV-1, not PRV-10 or another id starting so");
        Screenshots.save(window.getShell(), screenshot("drl-editor-open-clause"));
    }

    @Test
    void saveToMarkerOnACopyOfTheShippedProject(@TempDir Path shippedCopy) throws Exception {
        Path shipped = Path.of(rulesProperty).resolve("model-social-media");
        Path copy = GuidepostProjects.copyProject(shipped, shippedCopy);
        GuidepostProjects.useRules(shippedCopy);
        ITextEditor editor = (ITextEditor) OpenInEditor.open(page, copy.resolve("rules/prv.drl"));
        IFile file = ((IFileEditorInput) editor.getEditorInput()).getFile();
        IDocument document = document(editor);
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            int at = document.get().indexOf("when");
            document.replace(at, "when".length(), "whem");
            editor.doSave(new NullProgressMonitor());
            Duration broken = waitUntil("the marker", () -> !errors(file).isEmpty());
            document.replace(at, "whem".length(), "when");
            editor.doSave(new NullProgressMonitor());
            waitUntil("the fix", () -> errors(file).isEmpty());
            millis.add(broken.toMillis());
        }
        String figure = "save-to-marker on a copy of rules/model-social-media (" + Files.list(copy.resolve("rules")).count()
                + " rule files): " + millis.stream().map(m -> m + " ms").collect(Collectors.joining(", "));
        System.out.println(figure);
        Files.writeString(Files.createDirectories(screenshot("x").getParent()).resolve("save-to-marker.txt"), figure + "\n");
        assertEquals(3, millis.size());
    }

    private DrlEditor openRules() throws Exception {
        DrlEditor editor = assertInstanceOf(DrlEditor.class, OpenInEditor.open(page, project.resolve("rules/privacy.drl")));
        assertInstanceOf(IFileEditorInput.class, editor.getEditorInput(), "opened as a workspace file");
        Screenshots.settle(Display.getCurrent());
        return editor;
    }

    private static IDocument document(ITextEditor editor) {
        IEditorInput input = editor.getEditorInput();
        return editor.getDocumentProvider().getDocument(input);
    }

    private IHandlerService handlers() {
        return window.getService(IHandlerService.class);
    }

    private static List<IMarker> errors(IFile file) {
        try {
            return Arrays.stream(ProblemMarkers.find(file))
                    .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    /** The lines of the completion popup (its table, in a shell of its own). */
    private static List<String> popupProposals() {
        List<String> texts = new ArrayList<>();
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell.isVisible() && shell.getChildren().length > 0) {
                for (Control child : shell.getChildren()) {
                    if (child instanceof Table table) {
                        for (TableItem item : table.getItems()) {
                            texts.add(item.getText());
                        }
                    }
                }
            }
        }
        return texts;
    }

    /**
     * The lines of the Problems view's tree, its groups ("Errors (1 item)") expanded. Its selection provider is its
     * tree viewer. Expands only what is collapsed: {@code expandAll()} shows a busy cursor, and the GTK events that
     * makes on every call would keep a wait loop from ever running the UI jobs that update the view.
     */
    private static List<String> problemsViewTexts(IViewPart view) {
        TreeViewer viewer = assertInstanceOf(TreeViewer.class, view.getSite().getSelectionProvider());
        for (TreeItem group : viewer.getTree().getItems()) {
            if (group.getItemCount() > 0 && !group.getExpanded()) {
                viewer.setExpandedState(group.getData(), true);
            }
        }
        return treeTexts(viewer.getControl());
    }

    private static List<String> treeTexts(Control control) {
        List<String> texts = new ArrayList<>();
        if (control instanceof Tree tree) {
            collect(tree.getItems(), texts);
        }
        return texts;
    }

    private static void collect(TreeItem[] items, List<String> texts) {
        for (TreeItem item : items) {
            texts.add(item.getText());
            collect(item.getItems(), texts);
        }
    }
}
