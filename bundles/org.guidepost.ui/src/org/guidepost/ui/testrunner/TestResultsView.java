package org.guidepost.ui.testrunner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.guidepost.model.Clause;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.testing.CaseResult;
import org.guidepost.testing.Coverage;
import org.guidepost.testing.TestRun;
import org.guidepost.testing.TestRunner;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.internal.GuidepostImages;
import org.guidepost.ui.internal.ProjectChooser;
import org.guidepost.ui.workspace.OpenInEditor;

/**
 * Test Results: runs a guideline project's test cases in a background job (all, the failed ones again, or the
 * selected ones), with a green/red bar, each case's outcome, expected and actual clauses side by side, and the
 * coverage of rules and clauses. Double-click opens a case in its test file.
 */
public final class TestResultsView extends ViewPart {
    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.guidepost.ui.views.testResults";

    private ProjectChooser projectChooser;
    private Label counts;
    private ResultBar bar;
    private TableViewer cases;
    private TableViewer comparison;
    private Text details;
    private Text coverage;
    private final List<CaseResult> results = new ArrayList<>();
    private Map<String, String> clauseTitles = Map.of();
    private TestRun lastRun;
    private Job running;
    private Action rerunFailed;
    private Action runSelected;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(1).margins(4, 4).spacing(4, 4).applyTo(parent);

        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        projectChooser = new ProjectChooser(top, () -> { });
        counts = new Label(top, SWT.NONE);
        counts.setText("Run the test cases with the green button.");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(counts);

        bar = new ResultBar(parent);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 16).applyTo(bar);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createCaseTable(sash);
        createDetails(sash);
        sash.setWeights(55, 45);

        // a read-only text, not a wrapping label: a wrapping label re-lays out its parent on every size change
        coverage = new Text(parent, SWT.READ_ONLY | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(coverage);

        createActions();
        loadProjects();
    }

    private void createCaseTable(Composite parent) {
        cases = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        cases.getTable().setHeaderVisible(true);
        cases.setContentProvider(ArrayContentProvider.getInstance());
        column(cases, "Test case", 330, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((CaseResult) element).testCase().name();
            }

            @Override
            public Image getImage(Object element) {
                return switch (((CaseResult) element).outcome()) {
                    case PASS -> GuidepostImages.get(GuidepostImages.CASE_PASS);
                    case FAIL -> GuidepostImages.get(GuidepostImages.CASE_FAIL);
                    case ERROR -> GuidepostImages.get(GuidepostImages.CASE_ERROR);
                };
            }
        });
        column(cases, "File", 150, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                CaseResult result = (CaseResult) element;
                return Path.of(result.testCase().file()).getFileName() + ":" + result.testCase().line();
            }
        });
        org.guidepost.ui.internal.TableColumns.stretch(cases.getTable(), 0);
        cases.addSelectionChangedListener(event -> showDetails((CaseResult) event.getStructuredSelection().getFirstElement()));
        cases.addDoubleClickListener(event -> {
            Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (selected instanceof CaseResult result) {
                openCase(result);
            }
        });
    }

    private void createDetails(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(box);
        comparison = new TableViewer(box, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        comparison.getTable().setHeaderVisible(true);
        comparison.getTable().setLinesVisible(true);
        comparison.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(comparison.getControl());
        column(comparison, "Expected", 200, new ComparisonLabel(true));
        column(comparison, "Actual", 200, new ComparisonLabel(false));
        org.guidepost.ui.internal.TableColumns.even(comparison.getTable());
        details = new Text(box, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 40).applyTo(details);
    }

    private static void column(TableViewer viewer, String title, int width, ColumnLabelProvider label) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(label);
    }

    /** One row of the comparison: a clause, and whether the case expected it and the check raised it. */
    record ClauseRow(String clause, boolean expected, boolean actual, boolean wrong) {
    }

    private final class ComparisonLabel extends ColumnLabelProvider {
        private final boolean expectedSide;

        ComparisonLabel(boolean expectedSide) {
            this.expectedSide = expectedSide;
        }

        @Override
        public String getText(Object element) {
            ClauseRow row = (ClauseRow) element;
            boolean shown = expectedSide ? row.expected() : row.actual();
            if (!shown) {
                return "";
            }
            String title = clauseTitles.get(row.clause());
            return title == null ? row.clause() : row.clause() + " " + title;
        }

        @Override
        public Color getForeground(Object element) {
            ClauseRow row = (ClauseRow) element;
            return row.wrong() ? Display.getCurrent().getSystemColor(SWT.COLOR_RED) : null;
        }
    }

    private void createActions() {
        Action runAll = new Action("Run All Test Cases", GuidepostImages.descriptor(GuidepostImages.RUN_ALL)) {
            @Override
            public void run() {
                runAll();
            }
        };
        rerunFailed = new Action("Rerun Failed Test Cases", GuidepostImages.descriptor(GuidepostImages.RERUN_FAILED)) {
            @Override
            public void run() {
                rerunFailed();
            }
        };
        runSelected = new Action("Run Selected Test Cases", GuidepostImages.descriptor(GuidepostImages.RUN_ONE)) {
            @Override
            public void run() {
                runSelected();
            }
        };
        rerunFailed.setEnabled(false);
        runSelected.setEnabled(false);
        cases.addSelectionChangedListener(event -> runSelected.setEnabled(!event.getSelection().isEmpty()));
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(runAll);
        toolbar.add(rerunFailed);
        toolbar.add(runSelected);
    }

    /** Reads the list of guideline projects again (keeps the chosen one). */
    public void loadProjects() {
        String problem = projectChooser.reload();
        if (problem != null) {
            counts.setText(problem);
        }
    }

    /** Chooses the project whose cases run next (added to the list when it is not under the rules folder). */
    public void selectProject(Path project) {
        projectChooser.select(project);
    }

    /** The chosen project, or null. */
    public Path project() {
        return projectChooser == null ? null : projectChooser.selected();
    }

    /** Runs every case of the chosen project; returns the job (null when there is no project). */
    public Job runAll() {
        return run(name -> true, "all test cases");
    }

    /** Runs again the cases that failed or stopped with an error in the last run. */
    public Job rerunFailed() {
        Set<String> failed = results.stream().filter(r -> r.outcome() != CaseResult.Outcome.PASS)
                .map(r -> r.testCase().qualifiedName()).collect(Collectors.toSet());
        return failed.isEmpty() ? null : run(failed::contains, "failed test cases");
    }

    /** Runs the selected cases again. */
    public Job runSelected() {
        Set<String> selected = new java.util.HashSet<>();
        for (Object element : cases.getStructuredSelection().toList()) {
            selected.add(((CaseResult) element).testCase().qualifiedName());
        }
        return selected.isEmpty() ? null : run(selected::contains, "selected test cases");
    }

    private Job run(Predicate<String> filter, String what) {
        boolean everyCase = "all test cases".equals(what);
        Path project = project();
        if (project == null) {
            counts.setText("No guideline project to test in " + RulesLocation.get() + ".");
            return null;
        }
        if (running != null) {
            running.cancel();
        }
        clauseTitles = clauseTitles(project);
        results.clear();
        cases.setInput(results);
        showDetails(null);
        bar.reset(0);
        counts.setText("Compiling " + project.getFileName() + "…");
        Display display = Display.getCurrent();
        AtomicLong lastRefresh = new AtomicLong();
        Job job = new Job("Running " + what + " of " + project.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                List<CaseResult> pending = new ArrayList<>();
                int[] total = {0};
                TestRun run = TestRunner.run(project, filter, new TestRunner.Progress() {
                    @Override
                    public void started(int count) {
                        total[0] = count;
                        monitor.beginTask(getName(), count);
                        display.asyncExec(() -> runStarted(count));
                    }

                    @Override
                    public void ran(CaseResult result) {
                        monitor.subTask(result.testCase().name());
                        monitor.worked(1);
                        synchronized (pending) {
                            pending.add(result);
                        }
                        long now = System.nanoTime();
                        if (now - lastRefresh.get() > 100_000_000L) { // the table refreshes ten times a second at most
                            lastRefresh.set(now);
                            display.asyncExec(() -> flush(pending, total[0]));
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return monitor.isCanceled();
                    }
                });
                display.asyncExec(() -> {
                    flush(pending, total[0]);
                    finished(run, monitor.isCanceled(), everyCase);
                });
                monitor.done();
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        };
        job.setUser(false);
        running = job;
        job.schedule();
        return job;
    }

    private void runStarted(int count) {
        if (!bar.isDisposed()) {
            bar.reset(count);
            counts.setText("Runs: 0/" + count);
        }
    }

    private void flush(List<CaseResult> pending, int total) {
        if (cases.getControl().isDisposed()) {
            return;
        }
        synchronized (pending) {
            results.addAll(pending);
            pending.clear();
        }
        cases.refresh();
        long failures = results.stream().filter(r -> r.outcome() == CaseResult.Outcome.FAIL).count();
        long errors = results.stream().filter(r -> r.outcome() == CaseResult.Outcome.ERROR).count();
        bar.advance(results.size(), failures + errors > 0);
        counts.setText("Runs: " + results.size() + "/" + total + "   Failures: " + failures + "   Errors: " + errors);
    }

    private void finished(TestRun run, boolean cancelled, boolean everyCase) {
        if (cases.getControl().isDisposed()) {
            return;
        }
        lastRun = run;
        rerunFailed.setEnabled(results.stream().anyMatch(r -> r.outcome() != CaseResult.Outcome.PASS));
        if (!run.compiled()) {
            bar.advance(1, true);
            counts.setText("The guideline does not compile: " + run.diagnostics().stream()
                    .filter(d -> d.severity() == org.guidepost.model.Severity.ERROR).map(Object::toString).findFirst()
                    .orElse("see the Problems view"));
            coverage.setText("");
            return;
        }
        counts.setText(counts.getText() + String.format("   (%.1f s)%s", run.nanos() / 1e9, cancelled ? "   cancelled" : ""));
        Coverage c = run.coverage();
        if (!everyCase || cancelled) {
            coverage.setText("Coverage is measured when every test case runs (Run All).");
        } else if (c != null) {
            List<String> uncovered = new ArrayList<>(c.uncoveredRules());
            new TreeSet<>(c.clausesWithoutHit()).forEach(clause -> uncovered.add(clause + " (no case expects it)"));
            new TreeSet<>(c.clausesWithoutNearMiss()).forEach(clause -> uncovered.add(clause + " (no near miss)"));
            coverage.setText(String.format("Coverage: rules %d/%d (%.0f%%), clauses %.0f%%%s",
                    c.rules().size() - c.uncoveredRules().size(), c.rules().size(), c.rulePercent(), c.clausePercent(),
                    uncovered.isEmpty() ? " — every rule and clause is covered."
                            : " — not covered: " + String.join(", ", uncovered)));
        }
        CaseResult firstFailure = results.stream().filter(r -> r.outcome() != CaseResult.Outcome.PASS).findFirst()
                .orElse(null);
        if (firstFailure != null) {
            cases.setSelection(new org.eclipse.jface.viewers.StructuredSelection(firstFailure), true);
        }
    }

    private void showDetails(CaseResult result) {
        if (result == null) {
            comparison.setInput(List.of());
            details.setText("");
            return;
        }
        Set<String> all = new TreeSet<>(result.expected());
        all.addAll(result.actual());
        all.addAll(result.unexpected());
        comparison.setInput(all.stream().map(clause -> new ClauseRow(clause,
                result.expected().contains(clause) && !result.unexpected().contains(clause), result.actual().contains(clause),
                result.missing().contains(clause) || result.unexpected().contains(clause)))
                .toList());
        StringBuilder text = new StringBuilder(result.outcome().name().toLowerCase(java.util.Locale.ROOT));
        if (!result.problems().isEmpty()) {
            text.append(": ").append(String.join("; ", result.problems()));
        }
        if (result.error() != null) {
            text.append(": ").append(result.error());
        }
        if (result.testCase().note() != null) {
            text.append("\nNote: ").append(result.testCase().note());
        }
        details.setText(text.toString());
    }

    private void openCase(CaseResult result) {
        Path project = project();
        Path file = Path.of(result.testCase().file());
        if (!file.isAbsolute() && project != null) {
            file = project.resolve(file.toString());
        }
        OpenInEditor.openAt(getSite().getPage(), file, result.testCase().line());
    }

    private static Map<String, String> clauseTitles(Path project) {
        Map<String, String> titles = new LinkedHashMap<>();
        try {
            for (Clause clause : GuidelineProjects.readGuideline(project.resolve(GuidelineProjects.GUIDELINE_FILE)).clauses()) {
                titles.put(clause.id(), clause.title());
            }
        } catch (GuidelineFormatException e) {
            // titles are a courtesy: ids alone still say which clause
        }
        return titles;
    }

    /** The results shown, in run order (for tests). */
    public List<CaseResult> results() {
        return List.copyOf(results);
    }

    /** The last complete run, or null (for tests). */
    public TestRun lastRun() {
        return lastRun;
    }

    /** Whether the bar is red (for tests). */
    public boolean isRed() {
        return bar.isRed();
    }

    /** The counts line and coverage line as shown (for tests). */
    public String summary() {
        return counts.getText() + "\n" + coverage.getText();
    }

    /** The case table (for tests). */
    public TableViewer caseViewer() {
        return cases;
    }

    /** The expected/actual comparison of the selected case (for tests). */
    public TableViewer comparisonViewer() {
        return comparison;
    }

    @Override
    public void setFocus() {
        cases.getControl().setFocus();
    }
}
