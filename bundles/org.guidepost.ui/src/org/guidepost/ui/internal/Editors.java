package org.guidepost.ui.internal;

import java.nio.file.Path;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Opens the files of guideline projects in their editors, at a line. */
public final class Editors {
    private Editors() {
    }

    /**
     * Opens {@code file} (as a workspace file when the workspace links it, so markers show) and reveals {@code line}
     * (1-based; 0 for none). Returns the editor, or null when it could not be opened (the user was told why).
     */
    public static IEditorPart openAt(IWorkbenchPage page, Path file, int line) {
        try {
            IFile[] linked = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
            IEditorPart editor = linked.length > 0 && linked[0].exists() ? IDE.openEditor(page, linked[0])
                    : IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
            if (line > 0 && editor instanceof ITextEditor text) {
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
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot open " + file.getFileName(),
                    "Guidepost could not open " + file + ":\n" + e.getMessage());
            return null;
        }
    }
}
