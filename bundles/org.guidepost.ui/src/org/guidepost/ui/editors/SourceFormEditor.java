package org.guidepost.ui.editors;

import java.nio.file.Path;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;

/**
 * A form editor over a YAML file of a guideline project: one form page, then a Source page (the YAML in the platform
 * text editor, saving atomically). The document of the Source page is the one truth: a change in the form rewrites
 * the text (changing only what differs, so Undo on either page undoes it), a change in the source is read again into
 * the form a moment after typing stops. Dirty state, save, Undo and the question on closing come from the Source page.
 *
 * @param <T> what the file says (a lexicon, a guideline)
 */
public abstract class SourceFormEditor<T> extends FormEditor implements IGotoMarker {
    /** How long after the last keystroke in the source the form reads it again. */
    public static final int REREAD_DELAY_MILLIS = 300;

    /** The file's contents as read from its text, or why it cannot be read ({@code line 3, column 5: GP-YAML-1 …}). */
    public record Reading<T>(T value, String problem) {
        public boolean ok() {
            return value != null;
        }
    }

    private GuidepostTextEditor source;
    /** Undo and Redo of the text, for the form page (the Source page has its own, which act only while it shows). */
    private TextHistoryAction formUndo;
    private TextHistoryAction formRedo;
    private int sourcePage;
    private IDocument document;
    private Reading<T> reading;
    private boolean rewriting;
    /** The source changed since it was last read. */
    private boolean stale;
    private int edits;
    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // nothing before
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            if (!rewriting) {
                stale = true;
                scheduleReread();
            }
        }
    };

    /** Reads the file's text; never throws. */
    protected abstract Reading<T> read(String text);

    /** The text of the document (which reads as {@code before}) changed to say {@code after}. */
    protected abstract String rewrite(String text, T before, T after);

    /** The form page, created once. */
    protected abstract FormPage createFormPage();

    /** The model changed (an edit in the form, or the source read again): show it. */
    protected abstract void modelChanged();

    /** Shows why a save was refused or a read-back failed, or clears it (null). */
    protected abstract void showSaveProblem(String problem);

    /** Reads the saved file back from disk: null when it reads, else why not. */
    protected abstract String readBack(Path file);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        setPartName(input.getName());
    }

    @Override
    protected void addPages() {
        try {
            source = new GuidepostTextEditor();
            addPage(createFormPage());
            sourcePage = addPage(source, getEditorInput());
            setPageText(sourcePage, "Source");
            document = source.getDocumentProvider().getDocument(source.getEditorInput());
            reading = read(document.get());
            document.addDocumentListener(documentListener);
            IUndoContext context = source.undoContext();
            if (context != null) {
                formUndo = new TextHistoryAction(context, true, getSite().getShell().getDisplay());
                formRedo = new TextHistoryAction(context, false, getSite().getShell().getDisplay());
            }
        } catch (PartInitException e) {
            throw new IllegalStateException("cannot open the source of " + getEditorInput().getName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** What the text says now, or null while it cannot be read (see {@link #problem()}). */
    public T model() {
        if (stale && document != null) {
            reread(); // the source changed a moment ago: the form works on what it says now
        }
        return reading == null ? null : reading.value();
    }

    /** Why the text cannot be read, or null. */
    public String problem() {
        return reading == null || reading.ok() ? null : reading.problem();
    }

    /** Undo of the text, for the form page (null when the text has no undo history). */
    public IAction formUndoAction() {
        return formUndo;
    }

    /** Redo of the text, for the form page. */
    public IAction formRedoAction() {
        return formRedo;
    }

    /** The YAML text being edited. */
    public IDocument document() {
        return document;
    }

    public GuidepostTextEditor sourceEditor() {
        return source;
    }

    /**
     * Rewrites the document to say {@code updated}, changing only the text that differs (one undoable change); false
     * when the source cannot be read now (the form says why).
     */
    protected boolean apply(T updated) {
        T before = model();
        if (before == null) {
            return false;
        }
        if (updated.equals(before)) {
            return true;
        }
        String old = document.get();
        String text = rewrite(old, before, updated);
        int prefix = 0;
        int max = Math.min(old.length(), text.length());
        while (prefix < max && old.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        rewriting = true;
        try {
            document.replace(prefix, old.length() - prefix - suffix, text.substring(prefix, text.length() - suffix));
        } catch (BadLocationException e) {
            throw new IllegalStateException(e); // the offsets come from the document itself
        } finally {
            rewriting = false;
        }
        reading = new Reading<>(updated, null);
        edits++;
        showSaveProblem(null); // an edit went through: a refused one before it no longer matters
        modelChanged();
        return true;
    }

    private void scheduleReread() {
        int mine = ++edits;
        Display display = Display.getCurrent();
        display.timerExec(REREAD_DELAY_MILLIS, () -> {
            if (mine == edits && document != null) {
                reread();
            }
        });
    }

    /** Reads the document again into the form (at once; typing in the source does it after a pause). */
    public void reread() {
        stale = false;
        reading = read(document.get());
        if (reading.ok()) {
            showSaveProblem(null); // the source reads again: a refused save's reason is out of date
        }
        modelChanged();
    }

    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        if (newPageIndex != sourcePage && document != null) {
            reread();
        }
    }

    /** Shows the Source page with line {@code line} (1-based) selected. */
    public void showSourceAt(int line) {
        setActivePage(sourcePage);
        if (line > 0) {
            try {
                IRegion region = document.getLineInformation(Math.min(line, document.getNumberOfLines()) - 1);
                source.selectAndReveal(region.getOffset(), region.getLength());
            } catch (BadLocationException e) {
                // the file changed: showing the source is enough
            }
        }
    }

    public void showSourcePage() {
        setActivePage(sourcePage);
    }

    public void showFormPage() {
        setActivePage(0);
    }

    /** A marker (from the Problems view) opens the source at its line. */
    @Override
    public void gotoMarker(IMarker marker) {
        setActivePage(sourcePage);
        IDE.gotoMarker(source, marker);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> A getAdapter(Class<A> adapter) {
        if (adapter == IGotoMarker.class) {
            return (A) this;
        }
        return super.getAdapter(adapter);
    }

    /**
     * Saves when the text reads, atomically through the Source page; otherwise refuses and says why on the form (the
     * editor stays dirty, nothing is lost). After saving, the file is read back from disk.
     */
    @Override
    public void doSave(IProgressMonitor monitor) {
        Reading<T> check = read(document.get());
        reading = check;
        if (!check.ok()) {
            modelChanged();
            showSaveProblem("Not saved: " + check.problem() + ". Fix it on the Source page, then save again.");
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        source.doSave(monitor);
        Path file = file();
        if (file != null && !source.isDirty()) {
            String problem = readBack(file);
            showSaveProblem(problem == null ? null : "Saved, but the file does not read back: " + problem);
            saved();
        }
        modelChanged();
        editorDirtyStateChanged();
    }

    /** Called after a save went through (e.g. to trace the clauses again). */
    protected void saved() {
        // nothing by default
    }

    @Override
    public void doSaveAs() {
        // one file, one editor: Save As is not offered
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** The file on disk, or null. */
    public Path file() {
        IEditorInput input = getEditorInput();
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
            return Path.of(uri.getURI());
        }
        return null;
    }

    @Override
    public void dispose() {
        if (document != null) {
            document.removeDocumentListener(documentListener);
        }
        if (formUndo != null) {
            formUndo.dispose();
            formRedo.dispose();
        }
        super.dispose();
    }
}
