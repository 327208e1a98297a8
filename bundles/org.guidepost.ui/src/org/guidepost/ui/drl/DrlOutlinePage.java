package org.guidepost.ui.drl;

import java.util.List;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline of a rule file: its rules with the clause each enforces; selecting one shows it in the editor. */
final class DrlOutlinePage extends ContentOutlinePage {
    private final DrlEditor editor;
    private List<DrlRules.Rule> rules;

    DrlOutlinePage(DrlEditor editor, List<DrlRules.Rule> rules) {
        this.editor = editor;
        this.rules = rules;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new RuleList());
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new RuleLabels()));
        viewer.addSelectionChangedListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof DrlRules.Rule rule) {
                editor.selectAndReveal(rule.nameOffset(), rule.nameLength());
            }
        });
        viewer.setInput(rules);
    }

    /** Shows {@code newRules} (UI thread). */
    void setRules(List<DrlRules.Rule> newRules) {
        rules = newRules;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(newRules);
        }
    }

    /** The rules, flat: a tree viewer needs a tree content provider even for a list. */
    private static final class RuleList implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object element) {
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return false;
        }
    }

    /** "rule name  CLAUSE-ID" with the clause id as a qualifier; a rule without a clause says so. */
    static final class RuleLabels extends LabelProvider implements IStyledLabelProvider {
        @Override
        public StyledString getStyledText(Object element) {
            DrlRules.Rule rule = (DrlRules.Rule) element;
            StyledString text = new StyledString(rule.name());
            if (rule.clause() != null) {
                text.append("  " + rule.clause(), StyledString.QUALIFIER_STYLER);
            } else {
                text.append("  no @clause", StyledString.DECORATIONS_STYLER);
            }
            return text;
        }

        @Override
        public String getText(Object element) {
            return getStyledText(element).getString();
        }

        @Override
        public Image getImage(Object element) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
        }
    }
}
