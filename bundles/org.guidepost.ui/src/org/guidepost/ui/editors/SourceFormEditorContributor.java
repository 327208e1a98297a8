package org.guidepost.ui.editors;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The edit actions of a {@link SourceFormEditor}: on the Source page, Undo, Redo, Cut, Copy, Paste, Delete, Select
 * All and Find act on the text; on the form page, Undo and Redo still act on the source (every form edit is one
 * change of its text), the others on the form's own fields.
 */
public class SourceFormEditorContributor extends MultiPageEditorActionBarContributor {
    private static final String[] TEXT_ACTIONS = {ActionFactory.CUT.getId(), ActionFactory.COPY.getId(),
        ActionFactory.PASTE.getId(), ActionFactory.DELETE.getId(), ActionFactory.SELECT_ALL.getId(),
        ActionFactory.FIND.getId()};
    private static final String[] HISTORY_ACTIONS = {ActionFactory.UNDO.getId(), ActionFactory.REDO.getId()};

    private SourceFormEditor<?> editor;

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof SourceFormEditor<?> e ? e : null;
        super.setActiveEditor(part);
    }

    @Override
    public void setActivePage(IEditorPart activeEditor) {
        IActionBars bars = getActionBars();
        if (bars == null) {
            return;
        }
        ITextEditor text = activeEditor instanceof ITextEditor t ? t : null;
        for (String id : TEXT_ACTIONS) {
            bars.setGlobalActionHandler(id, text == null ? null : text.getAction(id));
        }
        if (text != null) {
            for (String id : HISTORY_ACTIONS) {
                bars.setGlobalActionHandler(id, text.getAction(id));
            }
        } else {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : editor.formUndoAction());
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : editor.formRedoAction());
        }
        bars.updateActionBars();
    }
}
