package org.guidepost.ui.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.IProgressMonitor;
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
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Lexicon;
import org.guidepost.ui.editors.GuidepostTextEditor;

/**
 * The editor of a lexicon file ({@code lexicons/*.yaml}): a Terms page (table of terms, description, a live preview
 * on a sample text) and a Source page (the YAML in the platform text editor, saving atomically). The document of the
 * Source page is the one truth: a change in the table rewrites its {@code terms:} block ({@link LexiconYaml}), a change
 * in the source is read again into the table a moment after typing stops. Dirty state, save and the question on
 * closing come from the Source page's text editor.
 */
public class LexiconEditor extends FormEditor {
    public static final String ID = "org.guidepost.ui.editors.lexicon";
    static final int REREAD_DELAY_MILLIS = 300;

    private GuidepostTextEditor source;
    private LexiconTermsPage terms;
    private int sourcePage;
    private IDocument document;
    /** The last reading of the document: the lexicon, or the problem that stops reading it. */
    private LexiconYaml.Reading reading;
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

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        setPartName(input.getName());
    }

    @Override
    protected void addPages() {
        try {
            source = new GuidepostTextEditor();
            terms = new LexiconTermsPage(this);
            addPage(terms);
            sourcePage = addPage(source, getEditorInput());
            setPageText(sourcePage, "Source");
            document = source.getDocumentProvider().getDocument(source.getEditorInput());
            reading = LexiconYaml.read(document.get());
            document.addDocumentListener(documentListener);
        } catch (PartInitException e) {
            throw new IllegalStateException("cannot open the lexicon's source: " + e.getMessage(), e);
        }
    }

    /** The lexicon as the text says it, or null while the text cannot be read (see {@link #problem()}). */
    public Lexicon lexicon() {
        if (stale && document != null) {
            reread(); // the source changed a moment ago: the table works on what it says now
        }
        return reading == null ? null : reading.lexicon();
    }

    /** Why the text cannot be read as a lexicon ({@code line 3, column 5: GP-YAML-1 …}), or null. */
    public String problem() {
        return reading == null || reading.ok() ? null : reading.describe();
    }

    /** The YAML text being edited. */
    public IDocument document() {
        return document;
    }

    public GuidepostTextEditor sourceEditor() {
        return source;
    }

    public LexiconTermsPage termsPage() {
        return terms;
    }

    // ---- the model API of the Terms page (the table, the buttons and the tests call it)

    /** Adds {@code term} after the others; false (and the page says why) when the source cannot be read now. */
    public boolean addTerm(Lexicon.Term term) {
        Lexicon current = lexicon();
        if (current == null) {
            return false;
        }
        List<Lexicon.Term> all = new ArrayList<>(current.terms());
        all.add(term);
        return apply(new Lexicon(current.name(), current.description(), all));
    }

    /** Replaces the term at {@code index}. */
    public boolean setTerm(int index, Lexicon.Term term) {
        Lexicon current = lexicon();
        if (current == null || index < 0 || index >= current.terms().size()) {
            return false;
        }
        List<Lexicon.Term> all = new ArrayList<>(current.terms());
        all.set(index, term);
        return apply(new Lexicon(current.name(), current.description(), all));
    }

    /** Removes the term at {@code index}. */
    public boolean removeTerm(int index) {
        Lexicon current = lexicon();
        if (current == null || index < 0 || index >= current.terms().size()) {
            return false;
        }
        List<Lexicon.Term> all = new ArrayList<>(current.terms());
        all.remove(index);
        return apply(new Lexicon(current.name(), current.description(), all));
    }

    public boolean setDescription(String description) {
        Lexicon current = lexicon();
        if (current == null) {
            return false;
        }
        String value = description == null || description.isBlank() ? null : description.strip();
        return apply(new Lexicon(current.name(), value, current.terms()));
    }

    /** Rewrites the document to say {@code updated}, changing only the text that differs. */
    private boolean apply(Lexicon updated) {
        Lexicon before = lexicon();
        if (before == null) {
            return false;
        }
        if (updated.equals(before)) {
            return true;
        }
        String old = document.get();
        String text = LexiconYaml.rewrite(old, before, updated);
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
        reading = new LexiconYaml.Reading(updated, null);
        edits++;
        terms.showSaveProblem(null); // an edit went through: a refused one before it no longer matters
        terms.lexiconChanged();
        return true;
    }

    // ---- the source changed

    private void scheduleReread() {
        int mine = ++edits;
        Display display = Display.getCurrent();
        display.timerExec(REREAD_DELAY_MILLIS, () -> {
            if (mine == edits && document != null) {
                reread();
            }
        });
    }

    /** Reads the document again into the Terms page (at once; typing in the source does it after a pause). */
    public void reread() {
        stale = false;
        reading = LexiconYaml.read(document.get());
        if (reading.ok()) {
            terms.showSaveProblem(null); // the source reads again: a refused save's reason is out of date
        }
        terms.lexiconChanged();
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

    public void showTermsPage() {
        setActivePage(0);
    }

    // ---- saving

    /**
     * Saves when the text reads as a valid lexicon, atomically through the Source page; otherwise refuses and says why
     * on the Terms page (the editor stays dirty, nothing is lost). After saving, the file is read back from disk.
     */
    @Override
    public void doSave(IProgressMonitor monitor) {
        LexiconYaml.Reading check = LexiconYaml.read(document.get());
        reading = check;
        if (!check.ok()) {
            terms.lexiconChanged();
            terms.showSaveProblem("Not saved: the text is not a valid lexicon (" + check.describe()
                    + "). Fix it on the Source page, then save again.");
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        source.doSave(monitor);
        Path file = file();
        if (file != null && !source.isDirty()) {
            try {
                GuidelineProjects.readLexicon(file);
                terms.showSaveProblem(null);
            } catch (GuidelineFormatException e) {
                terms.showSaveProblem("Saved, but the file does not read back as a lexicon: "
                        + new LexiconYaml.Reading(null, e).describe());
            }
        }
        terms.lexiconChanged();
        editorDirtyStateChanged();
    }

    @Override
    public void doSaveAs() {
        // one lexicon, one file: Save As is not offered
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** The file on disk, or null. */
    Path file() {
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
        super.dispose();
    }
}
