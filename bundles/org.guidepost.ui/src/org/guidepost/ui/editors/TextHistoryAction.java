package org.guidepost.ui.editors;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Display;

/**
 * Undo or Redo in a text's history for the form page of a {@link SourceFormEditor}. The text editor's own actions act
 * only while their page is the active part; every form edit is one change of the text, so the form undoes it here.
 */
final class TextHistoryAction extends Action implements IOperationHistoryListener {
    private final IUndoContext context;
    private final boolean undo;
    private final Display display;
    private final IOperationHistory history = OperationHistoryFactory.getOperationHistory();

    TextHistoryAction(IUndoContext context, boolean undo, Display display) {
        super(undo ? "&Undo" : "&Redo");
        this.context = context;
        this.undo = undo;
        this.display = display;
        setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
        history.addOperationHistoryListener(this);
        update();
    }

    @Override
    public void run() {
        try {
            if (undo) {
                history.undo(context, null, null);
            } else {
                history.redo(context, null, null);
            }
        } catch (ExecutionException e) {
            // the text's own change failed to undo: nothing to take back, the text stays as it is
        }
        update();
    }

    @Override
    public void historyNotification(OperationHistoryEvent event) {
        if (Display.getCurrent() == display) {
            update();
        } else if (!display.isDisposed()) {
            display.asyncExec(this::update);
        }
    }

    private void update() {
        setEnabled(undo ? history.canUndo(context) : history.canRedo(context));
    }

    void dispose() {
        history.removeOperationHistoryListener(this);
    }
}
