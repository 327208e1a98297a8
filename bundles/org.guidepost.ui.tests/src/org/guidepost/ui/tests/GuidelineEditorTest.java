package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.guidepost.model.Clause;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Lexicon;
import org.guidepost.model.Severity;
import org.guidepost.ui.editors.GuidepostTextEditor;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.guideline.ClausesPage;
import org.guidepost.ui.guideline.GuidelineEditor;
import org.guidepost.ui.internal.Screenshots;
import org.guidepost.ui.lexicon.LexiconEditor;
import org.guidepost.ui.traceability.TraceJob;
import org.guidepost.ui.workspace.GuidelineWorkspace;
import org.guidepost.ui.workspace.ProblemMarkers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Guideline editor: clauses edited in a form that rewrites only the lines that change, Undo from the form, the
 * selected clause's traceability; and every guideline project file opening in its own editor wherever it is opened.
 */
class GuidelineEditorTest {
    private static final String UNDO = "org.eclipse.ui.edit.undo";
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

    private GuidelineEditor open(Path guidelineFile) throws Exception {
        IFile file = GuidelineWorkspace.fileAt(guidelineFile);
        assertNotNull(file, "the project is linked into the workspace");
        IEditorPart editor = IDE.openEditor(page, file, true); // the default editor, as a double-click picks it
        return assertInstanceOf(GuidelineEditor.class, editor, "guideline.yaml opens in the Guideline Editor");
    }

    @Test
    void editingAClauseRewritesItsLinesOnlyAndUndoFromTheFormTakesItBack() throws Exception {
        Path project = GuidepostProjects.copyFixture("clinic", rules);
        GuidepostProjects.useRules(rules);
        Path file = project.resolve("guideline.yaml");
        String original = Files.readString(file);
        GuidelineEditor editor = open(file);
        ClausesPage clauses = editor.clausesPage();
        assertEquals(3, clauses.table().getTable().getItemCount());
        assertTrue(editor.showClause("PRV-3"));
        assertEquals("Records in view", clauses.titleField().getText());

        clauses.titleField().setText("Records and screens in view"); // as typed
        assertTrue(editor.isDirty());
        assertEquals(original.replace("title: Records in view", "title: Records and screens in view"),
                editor.document().get(), "only the title's line changes; comments and the other clauses stay");
        assertEquals("Records and screens in view", clauses.table().getTable().getItem(1).getText(1));

        clauses.severityField().select(1); // warning
        clauses.severityField().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(Severity.WARNING, editor.guideline().clauses().get(1).severity());

        // Undo (Ctrl+Z) on the form page undoes the form's edits, one at a time
        IHandlerService handlers = window.getService(IHandlerService.class);
        handlers.executeCommand(UNDO, null);
        UiWaits.until(() -> editor.guideline() != null && editor.guideline().clauses().get(1).severity() == Severity.ERROR,
                10, "undo of the severity");
        handlers.executeCommand(UNDO, null);
        UiWaits.until(() -> editor.document().get().equals(original), 10, "undo of the title");
        UiWaits.until(() -> "Records in view".equals(clauses.titleField().getText()), 10, "the form follows the undo");

        // an id that is not valid is marked and not written; a valid one is
        clauses.idField().setText("prv 3");
        assertEquals(original, editor.document().get());
        assertTrue(clauses.idField().getText().equals("prv 3"), "what was typed stays in the field");
        clauses.idField().setText("PRV-1");
        assertEquals(original, editor.document().get(), "an id already used is not written either");
        clauses.idField().setText("PRV-4");
        assertTrue(editor.document().get().contains("  - id: PRV-4\n    title: Records in view"));

        int added = editor.addClause();
        assertEquals(3, added);
        assertEquals("PRV-6", editor.guideline().clauses().get(3).id(), "the next free id after the last clause's");
        assertTrue(editor.setClause(3, new Clause("PRV-6", "Photos of the waiting room", "Do not post photos of the "
                + "waiting room when people in it can be recognised.", Severity.WARNING, null, null)));
        Screenshots.save(window.getShell(), UiWaits.screenshot("guideline-editor-clause-added"));

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        Guideline saved = GuidelineProjects.readGuideline(file);
        assertEquals(List.of("PRV-1", "PRV-4", "PRV-5", "PRV-6"), saved.clauses().stream().map(Clause::id).toList());
        String text = Files.readString(file);
        assertTrue(text.startsWith("# A small guideline project for the workbench tests"), "the comment is kept");
        assertTrue(text.endsWith("""
                  - id: PRV-6
                    title: Photos of the waiting room
                    severity: warning
                    text: >-
                      Do not post photos of the waiting room when people in it can be recognised.
                """), text);
    }

    @Test
    void theSelectedClauseShowsWhatEnforcesAndProvesIt() throws Exception {
        Path project = GuidepostProjects.copyProject(Path.of(rulesProperty, "model-social-media"), rules);
        GuidepostProjects.useRules(rules);
        GuidelineEditor editor = open(project.resolve("guideline.yaml"));
        ClausesPage clauses = editor.clausesPage();
        assertTrue(editor.showClause("PRV-5"));
        Job.getJobManager().join(TraceJob.FAMILY, null);
        UiWaits.until(() -> editor.trace() != null && !clauses.traceSummary().startsWith("Tracing"), 60, "the trace");

        assertTrue(clauses.traceSummary().startsWith("Enforced by "), clauses.traceSummary());
        assertTrue(clauses.traceSummary().endsWith("No gaps."), clauses.traceSummary());
        TreeItem[] groups = clauses.traceTree().getTree().getItems();
        assertEquals(List.of("Rules", "Cases that raise it", "Near misses"),
                List.of(groups).stream().map(i -> i.getText().replaceAll(" \\(\\d+\\)$", "")).toList());
        assertTrue(groups[0].getItemCount() > 0, "the rules of PRV-5 are listed");

        // a new clause has no rule and no case yet: after saving, the trace says so
        int added = editor.addClause();
        assertTrue(added > 0);
        clauses.selectIndex(added);
        editor.doSave(new NullProgressMonitor());
        Job.getJobManager().join(TraceJob.FAMILY, null);
        UiWaits.until(() -> clauses.traceSummary().startsWith("Gaps: "), 60, "the new clause's gaps");
        assertTrue(clauses.traceSummary().contains("no rule enforces it"), clauses.traceSummary());
        UiWaits.settle();
        Screenshots.save(window.getShell(), UiWaits.screenshot("guideline-editor-traceability"));
        editor.showClause("PRV-5");
        UiWaits.settle();
        Screenshots.save(window.getShell(), UiWaits.screenshot("guideline-editor-clause-traced"));
    }

    @Test
    void aVariantListsWhatItInheritsAndChangesOnlyTheirSeverity() throws Exception {
        Path shipped = Path.of(rulesProperty);
        GuidepostProjects.copyProject(shipped.resolve("model-social-media"), rules);
        Path au = GuidepostProjects.copyProject(shipped.resolve("model-social-media-au"), rules);
        GuidepostProjects.copyProject(shipped.resolve("model-social-media-ab"), rules);
        GuidepostProjects.useRules(rules);
        Path file = au.resolve("guideline.yaml");
        String original = Files.readString(file);
        GuidelineEditor editor = open(file);
        ClausesPage clauses = editor.clausesPage();
        UiWaits.until(() -> clauses.table().getTable().getItemCount() == 32, 30, "the 32 inherited clauses");

        assertTrue(editor.showClause("TES-2"));
        assertEquals("error", clauses.severityField().getText(), "the variant's override, not the inherited warning");
        assertTrue(clauses.table().getTable().getSelection()[0].getText(1).endsWith("(inherited)"));
        assertFalse(clauses.titleField().getEditable(), "inherited wording is edited where it is defined");
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(TraceJob.FAMILY, null);
        UiWaits.until(() -> clauses.traceSummary().startsWith("Inherited from ../model-social-media"), 60,
                "the trace of an inherited clause");
        assertTrue(clauses.traceSummary().contains("In this variant's own cases: "), clauses.traceSummary());

        clauses.severityField().select(1); // warning: what the inherited clause says anyway
        clauses.severityField().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(java.util.Map.of(), editor.guideline().severities(), "no override needed any more");
        assertFalse(editor.document().get().contains("severities:"));

        assertTrue(editor.showClause("CLM-4"));
        clauses.severityField().select(0); // error, in this variant only
        clauses.severityField().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(java.util.Map.of("CLM-4", Severity.ERROR), editor.guideline().severities());
        assertEquals(original.replace("  TES-2: error\n", "  CLM-4: error\n"), editor.document().get(),
                "only the override's line changed; the comments that explain the variant stay");
        Screenshots.save(window.getShell(), UiWaits.screenshot("guideline-editor-variant"));

        // extends edited in the source: what it inherits is read again (the AB variant adds INC-5)
        editor.document().set(editor.document().get().replace("extends: ../model-social-media\n",
                "extends: ../model-social-media-ab\n"));
        editor.reread();
        UiWaits.until(() -> clauses.table().getTable().getItemCount() == 33, 30, "the 33 clauses of the AB variant");
        assertTrue(editor.showClause("INC-5"));
    }

    @Test
    void everyProjectFileOpensInItsEditorAndAProblemOpensTheSourceAtItsLine() throws Exception {
        Path project = GuidepostProjects.copyFixture("clinic", rules);
        Path tests = project.resolve("tests/privacy.yaml");
        Files.createDirectories(tests.getParent());
        Files.writeString(tests, "cases: []\n");
        Path guideline = project.resolve("guideline.yaml");
        Files.writeString(guideline, Files.readString(guideline).replace("severity: error\n    text: >-\n"
                + "      Never show", "severity: fatal\n    text: >-\n      Never show"));
        GuidepostProjects.useRules(rules);

        IEditorPart lexicon = IDE.openEditor(page, GuidelineWorkspace.fileAt(
                project.resolve("lexicons/health-information-requests.yaml")), true);
        assertInstanceOf(LexiconEditor.class, lexicon, "a lexicon opens in the Lexicon Editor by its content");
        IEditorPart testFile = IDE.openEditor(page, GuidelineWorkspace.fileAt(tests), true);
        assertInstanceOf(GuidepostTextEditor.class, testFile, "other YAML opens in the text editor");

        // the broken severity is a problem marker on guideline.yaml; opening it (as the Problems view does) shows
        // the source at its line
        IFile file = GuidelineWorkspace.fileAt(guideline);
        IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, 0);
        assertEquals(1, markers.length);
        int line = markers[0].getAttribute(IMarker.LINE_NUMBER, -1);
        GuidelineEditor editor = assertInstanceOf(GuidelineEditor.class, IDE.openEditor(page, markers[0]));
        assertEquals(editor.sourceEditor(), editor.getActiveEditor(), "the Source page is showing");
        ITextSelection selection = (ITextSelection) editor.sourceEditor().getSelectionProvider().getSelection();
        assertEquals(line - 1, selection.getStartLine());
        assertTrue(editor.clausesPage().message().contains("GP-YAML-2"), editor.clausesPage().message());
    }

    @Test
    void undoOnTheLexiconTermsPageTakesBackATableEdit() throws Exception {
        Path project = GuidepostProjects.copyFixture("clinic", rules);
        GuidepostProjects.useRules(rules);
        LexiconEditor editor = assertInstanceOf(LexiconEditor.class, IDE.openEditor(page,
                GuidelineWorkspace.fileAt(project.resolve("lexicons/health-information-requests.yaml")), true));
        String original = editor.document().get();
        assertTrue(editor.addTerm(new Lexicon.Term("upload your chart", List.of(), List.of())));
        assertEquals(4, editor.lexicon().terms().size());
        window.getService(IHandlerService.class).executeCommand(UNDO, null);
        UiWaits.until(() -> editor.document().get().equals(original), 10, "undo of the added term");
        UiWaits.until(() -> editor.termsPage().table().getTable().getItemCount() == 3, 10, "the table follows");
    }
}
