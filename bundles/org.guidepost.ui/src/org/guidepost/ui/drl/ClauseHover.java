package org.guidepost.ui.drl;

import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.guidepost.model.Clause;
import org.guidepost.model.ProjectVocabulary;

/**
 * Hover on a clause id in {@code @clause("...")} shows the clause (id, title, severity, text, source); anywhere else
 * the platform's hover (the text of a marker's annotation) answers.
 */
final class ClauseHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {
    private final DrlEditor editor;
    private final ITextHover platform;

    ClauseHover(DrlEditor editor, ITextHover platform) {
        this.editor = editor;
        this.platform = platform;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        DrlRules.ClauseReference reference = DrlRules.clauseAt(viewer.getDocument().get(), offset);
        if (reference != null) {
            return new Region(reference.offset(), reference.length());
        }
        return platform == null ? null : platform.getHoverRegion(viewer, offset);
    }

    @Override
    public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
        String clause = clauseInfo(viewer, region);
        if (clause != null) {
            return clause;
        }
        if (platform instanceof ITextHoverExtension2 extended) {
            return extended.getHoverInfo2(viewer, region);
        }
        return platform == null ? null : platform.getHoverInfo(viewer, region);
    }

    @Override
    @SuppressWarnings("deprecation") // ITextHover's own method, still called by viewers without extension 2
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        String clause = clauseInfo(viewer, region);
        return clause != null || platform == null ? clause : platform.getHoverInfo(viewer, region);
    }

    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return platform instanceof ITextHoverExtension extended ? extended.getHoverControlCreator() : null;
    }

    private String clauseInfo(ITextViewer viewer, IRegion region) {
        DrlRules.ClauseReference reference = DrlRules.clauseAt(viewer.getDocument().get(), region.getOffset());
        if (reference == null || reference.offset() != region.getOffset()) {
            return null;
        }
        return describe(editor.vocabulary(), reference.clause());
    }

    /** What the hover says about a clause id, also when the guideline has no such clause. */
    static String describe(ProjectVocabulary vocabulary, String clauseId) {
        ProjectVocabulary.DefinedClause defined = vocabulary == null ? null : vocabulary.clauses().get(clauseId);
        if (defined == null) {
            return clauseId + ": the guideline has no clause with this id.";
        }
        Clause clause = defined.clause();
        StringBuilder text = new StringBuilder(clause.id()).append("  ").append(clause.title())
                .append("  (").append(clause.severity().word()).append(')');
        if (clause.text() != null) {
            text.append("\n\n").append(clause.text().strip());
        }
        if (clause.source() != null) {
            text.append("\n\nSource: ").append(clause.source());
        }
        return text.toString();
    }
}
