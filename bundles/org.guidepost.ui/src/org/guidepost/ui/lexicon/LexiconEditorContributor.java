package org.guidepost.ui.lexicon;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;

/** Undo, Redo, Cut, Copy, Paste, Delete, Select All and Find act on the Source page when it is showing. */
public class LexiconEditorContributor extends MultiPageEditorActionBarContributor {
    private static final String[] ACTIONS = {ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(),
        ActionFactory.CUT.getId(), ActionFactory.COPY.getId(), ActionFactory.PASTE.getId(),
        ActionFactory.DELETE.getId(), ActionFactory.SELECT_ALL.getId(), ActionFactory.FIND.getId()};

    @Override
    public void setActivePage(IEditorPart activeEditor) {
        IActionBars bars = getActionBars();
        if (bars == null) {
            return;
        }
        ITextEditor text = activeEditor instanceof ITextEditor t ? t : null;
        for (String id : ACTIONS) {
            bars.setGlobalActionHandler(id, text == null ? null : text.getAction(id));
        }
        bars.updateActionBars();
    }
}
