package org.guidepost.ui.drl;

import java.util.List;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.swt.widgets.Control;

/**
 * After typing pauses, finds the rules again (off the UI thread) and hands them to the editor for the outline and
 * folding; also keeps the project's clause ids and lexicon names fresh for completion and hover.
 */
final class DrlReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
    private final DrlEditor editor;
    private IDocument document;

    DrlReconcilingStrategy(DrlEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        // a parse takes milliseconds; nothing to cancel
    }

    @Override
    public void initialReconcile() {
        reconcile();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcile();
    }

    @Override
    public void reconcile(IRegion partition) {
        reconcile();
    }

    private void reconcile() {
        if (document == null) {
            return;
        }
        List<DrlRules.Rule> rules = DrlRules.parse(document.get());
        editor.vocabulary(); // reads the guideline and lexicons here, not on the UI thread at Ctrl+Space
        Control control = editor.textControl();
        if (control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> editor.showStructure(rules));
        }
    }
}
