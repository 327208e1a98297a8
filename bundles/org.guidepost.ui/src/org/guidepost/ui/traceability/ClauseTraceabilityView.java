package org.guidepost.ui.traceability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.testing.TestCase;
import org.guidepost.testing.Traceability;
import org.guidepost.testing.Traceability.ClauseTrace;
import org.guidepost.testing.Traceability.RuleTrace;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.internal.GuidepostImages;
import org.guidepost.ui.internal.ProjectChooser;
import org.guidepost.ui.workspace.OpenInEditor;

/**
 * Clause Traceability: for each clause of a guideline project, the rules that enforce it and the test cases that
 * prove it (cases that expect it raised, near misses that expect it absent), with the gaps flagged — what a
 * committee asks before it trusts a rule. Computed by a full test run in a background job; double-click opens a rule
 * file or a test case.
 */
public final class ClauseTraceabilityView extends ViewPart {
    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.guidepost.ui.views.traceability";

    private ProjectChooser projectChooser;
    private Label summary;
    private TreeViewer tree;
    private Traceability last;

    /** A group under a clause: its rules, its cases, its near misses, its failing cases, or its gaps. */
    public record Group(ClauseTrace clause, String label, List<?> children) {
    }

    /** A gap, as words. */
    public record Gap(String text) {
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        projectChooser = new ProjectChooser(top, this::trace);
        summary = new Label(parent, SWT.WRAP);
        summary.setText("Trace the clauses with the button above.");
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(summary);

        tree = new TreeViewer(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        tree.setContentProvider(new Content());
        tree.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels()));
        tree.addDoubleClickListener(event -> open(((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection()).getFirstElement()));

        Action trace = new Action("Trace Clauses", GuidepostImages.descriptor(GuidepostImages.RUN_ALL)) {
            @Override
            public void run() {
                trace();
            }
        };
        trace.setToolTipText("Run the test cases and trace every clause to its rules and cases");
        getViewSite().getActionBars().getToolBarManager().add(trace);
        loadProjects();
    }

    private void loadProjects() {
        String problem = projectChooser.reload();
        if (problem != null) {
            summary.setText(problem);
        }
    }

    /** Chooses the project to trace (added to the list when it is not under the rules folder). */
    public void selectProject(Path project) {
        projectChooser.select(project);
    }

    /** Traces the chosen project in a background job; returns it (null without a project). */
    public Job trace() {
        Path project = projectChooser.selected();
        if (project == null) {
            return null;
        }
        summary.setText("Tracing " + project.getFileName() + "…");
        Job job = new TraceJob(project, Display.getCurrent(), this::show);
        job.schedule();
        return job;
    }

    private void show(Traceability traced, boolean cancelled) {
        if (tree.getControl().isDisposed()) {
            return;
        }
        last = traced;
        tree.setInput(traced);
        if (traced.clauses().isEmpty()) {
            summary.setText("The guideline does not compile; see the Problems view.");
        } else {
            long withGaps = traced.clauses().stream().filter(c -> !c.gaps().isEmpty()).count();
            summary.setText(cancelled ? "Cancelled: the trace is incomplete."
                    : withGaps == 0 ? "Every one of the " + traced.clauses().size()
                            + " clauses is enforced by a rule and proven by cases that raise it and near misses."
                    : withGaps + " of " + traced.clauses().size() + " clauses have gaps (marked ⚠).");
        }
        summary.getParent().layout();
    }

    private void open(Object element) {
        if (!open(getSite().getPage(), last == null ? null : Path.of(last.project()), element)) {
            tree.setExpandedState(element, !tree.getExpandedState(element));
        }
    }

    /** Opens the rule file or test case {@code element} of a trace tree of {@code project}; false for other elements. */
    public static boolean open(org.eclipse.ui.IWorkbenchPage page, Path project, Object element) {
        if (element instanceof RuleTrace rule && rule.file() != null && project != null) {
            Path file = Path.of(rule.file());
            OpenInEditor.openAt(page, file.isAbsolute() ? file : project.resolve(file.toString()), 0);
            return true;
        }
        if (element instanceof TestCase testCase && project != null) {
            Path file = Path.of(testCase.file());
            OpenInEditor.openAt(page, file.isAbsolute() ? file : project.resolve(file.toString()), testCase.line());
            return true;
        }
        return false;
    }

    /** The last trace shown, or null (for tests). */
    public Traceability lastTrace() {
        return last;
    }

    /** The tree (for tests). */
    public TreeViewer viewer() {
        return tree;
    }

    /** The summary line (for tests). */
    public String summaryText() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    /**
     * The tree of a trace: for a {@link Traceability}, its clauses with their groups below; for one
     * {@link ClauseTrace}, its groups.
     */
    public static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Traceability t ? t.clauses().toArray()
                    : input instanceof ClauseTrace clause ? getChildren(clause) : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof ClauseTrace clause) {
                List<Group> groups = new ArrayList<>();
                if (!clause.gaps().isEmpty()) {
                    groups.add(new Group(clause, "Gaps", clause.gaps().stream().map(Gap::new).toList()));
                }
                groups.add(new Group(clause, "Rules", clause.rules()));
                groups.add(new Group(clause, "Cases that raise it", clause.hits()));
                groups.add(new Group(clause, "Near misses", clause.nearMisses()));
                if (!clause.failing().isEmpty()) {
                    groups.add(new Group(clause, "Failing cases", clause.failing()));
                }
                return groups.toArray();
            }
            return parent instanceof Group group ? group.children().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ClauseTrace || element instanceof Group group && !group.children().isEmpty();
        }
    }

    /** Labels and icons of the trace tree: counts in grey, unproven rules and gaps with a warning. */
    public static final class Labels extends LabelProvider implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {
        @Override
        public StyledString getStyledText(Object element) {
            if (element instanceof ClauseTrace clause) {
                StyledString text = new StyledString(clause.clause() + "  " + clause.title());
                text.append(String.format("   %d %s, %d %s, %d near %s", clause.rules().size(),
                        clause.rules().size() == 1 ? "rule" : "rules", clause.hits().size(),
                        clause.hits().size() == 1 ? "case" : "cases", clause.nearMisses().size(),
                        clause.nearMisses().size() == 1 ? "miss" : "misses"), StyledString.COUNTER_STYLER);
                return text;
            }
            if (element instanceof Group group) {
                return new StyledString(group.label()).append(" (" + group.children().size() + ")", StyledString.COUNTER_STYLER);
            }
            if (element instanceof RuleTrace rule) {
                StyledString text = new StyledString(rule.rule());
                return rule.proven() ? text : text.append("  never reports in a passing case", StyledString.DECORATIONS_STYLER);
            }
            if (element instanceof TestCase testCase) {
                return new StyledString(testCase.name()).append("  " + Path.of(testCase.file()).getFileName() + ":"
                        + testCase.line(), StyledString.QUALIFIER_STYLER);
            }
            return new StyledString(element instanceof Gap gap ? gap.text() : String.valueOf(element));
        }

        @Override
        public Image getImage(Object element) {
            ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
            if (element instanceof ClauseTrace clause) {
                return clause.gaps().isEmpty() ? GuidepostImages.get(GuidepostImages.CASE_PASS)
                        : images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            }
            if (element instanceof Gap) {
                return images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            }
            if (element instanceof Group) {
                return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
            }
            if (element instanceof RuleTrace rule) {
                return rule.proven() ? images.getImage(ISharedImages.IMG_OBJ_FILE) : images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            }
            return element instanceof TestCase ? GuidepostImages.get(GuidepostImages.CASE_PASS) : null;
        }
    }
}
