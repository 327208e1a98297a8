package org.guidepost.ui.editors;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.jface.text.ITextViewerExtension6;
import org.eclipse.jface.text.IUndoManager;
import org.eclipse.jface.text.IUndoManagerExtension;
import org.eclipse.ui.editors.text.TextEditor;

/** The text editor for guideline YAML (guideline.yaml, lexicons, test cases): the platform's, saving atomically. */
public class GuidepostTextEditor extends TextEditor {
    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setDocumentProvider(new AtomicSaveDocumentProvider());
    }

    /** The context of the text's undo history (a form over the text undoes and redoes in it), or null. */
    public IUndoContext undoContext() {
        IUndoManager undo = getSourceViewer() instanceof ITextViewerExtension6 viewer ? viewer.getUndoManager() : null;
        return undo instanceof IUndoManagerExtension extension ? extension.getUndoContext() : null;
    }
}
