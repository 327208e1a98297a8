package org.guidepost.ui.drl;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;

/** Ctrl+click on the clause id of {@code @clause("...")} opens the guideline at that clause. */
final class ClauseHyperlinkDetector extends AbstractHyperlinkDetector {
    private final DrlEditor editor;

    ClauseHyperlinkDetector(DrlEditor editor) {
        this.editor = editor;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        DrlRules.ClauseReference reference = DrlRules.clauseAt(viewer.getDocument().get(), region.getOffset());
        if (reference == null || reference.clause().isBlank()) {
            return null;
        }
        IRegion where = new Region(reference.offset(), reference.length());
        return new IHyperlink[] {new IHyperlink() {
            @Override
            public IRegion getHyperlinkRegion() {
                return where;
            }

            @Override
            public String getTypeLabel() {
                return "Open Clause";
            }

            @Override
            public String getHyperlinkText() {
                return "Open clause " + reference.clause() + " in the guideline";
            }

            @Override
            public void open() {
                editor.openClause(reference.clause());
            }
        }};
    }
}
