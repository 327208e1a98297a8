package org.guidepost.ui.workspace;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.FindReplaceDocumentAdapter;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.guidepost.ui.editors.SourceFormEditor;
import org.guidepost.ui.guideline.GuidelineEditor;
import org.guidepost.ui.lexicon.LexiconEditor;

/** Opens files of guideline projects in their editors, through the workspace so that their markers show. */
public final class OpenInEditor {
    private OpenInEditor() {
    }

    /**
     * Opens {@code file} as a workspace file when its project is linked, else straight from disk (the editor then
     * works, without markers).
     */
    public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
        IFile resource = GuidelineWorkspace.fileAt(file);
        if (isLexicon(file)) {
            // the platform picks editors by file name only; a lexicon is a YAML file in a lexicons folder
            return resource != null ? IDE.openEditor(page, resource, LexiconEditor.ID, true)
                    : page.openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(
                            file.toAbsolutePath().toUri())), LexiconEditor.ID, true);
        }
        if (resource != null) {
            return IDE.openEditor(page, resource, true);
        }
        return IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toAbsolutePath().toUri()));
    }

    /** Whether {@code file} is a lexicon of a guideline project: {@code lexicons/<name>.yaml}. */
    public static boolean isLexicon(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        Path parent = file.getParent();
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals("lexicons");
    }

    /**
     * Opens {@code file} with line {@code line} (1-based) selected; returns the editor, or null when it could not be
     * opened (the user was told why).
     */
    public static IEditorPart openAt(IWorkbenchPage page, Path file, int line) {
        try {
            IEditorPart editor = open(page, file);
            if (editor instanceof SourceFormEditor<?> form) {
                form.showSourceAt(line);
            } else if (line > 0 && editor instanceof ITextEditor text) {
                IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
                try {
                    IRegion region = document.getLineInformation(Math.min(line, document.getNumberOfLines()) - 1);
                    text.selectAndReveal(region.getOffset(), region.getLength());
                } catch (BadLocationException e) {
                    // the file changed since the line was read; opening it is enough
                }
            }
            return editor;
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(page.getWorkbenchWindow().getShell(),
                    "Cannot open " + file.getFileName(), "Guidepost could not open " + file + ":\n" + e.getMessage());
            return null;
        }
    }

    /** Opens a {@code guideline.yaml} with the line {@code id: <clauseId>} selected. */
    public static IEditorPart openClause(IWorkbenchPage page, Path guidelineFile, String clauseId)
            throws PartInitException {
        IEditorPart editor = open(page, guidelineFile);
        if (editor instanceof GuidelineEditor guideline) {
            if (!guideline.showClause(clauseId)) {
                guideline.showSourcePage();
            }
        } else if (editor instanceof ITextEditor text) {
            IRegion found = findClause(text.getDocumentProvider().getDocument(text.getEditorInput()), clauseId);
            if (found != null) {
                text.selectAndReveal(found.getOffset(), found.getLength());
            }
        }
        return editor;
    }

    /** Where {@code id: <clauseId>} is written (not PRV-10 for PRV-1), or null. */
    static IRegion findClause(IDocument document, String clauseId) {
        if (document == null) {
            return null;
        }
        String regex = "\\bid:[ \\t]*" + Pattern.quote(clauseId) + "(?=[ \\t]*(#.*)?$)";
        try {
            return new FindReplaceDocumentAdapter(document).find(0, regex, true, true, false, true);
        } catch (BadLocationException | RuntimeException e) {
            return null; // the document changed under us, or the pattern was refused: opening is enough
        }
    }
}
