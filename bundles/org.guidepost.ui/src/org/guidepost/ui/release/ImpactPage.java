package org.guidepost.ui.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.guidepost.history.Corpus;
import org.guidepost.history.HistoryException;
import org.guidepost.history.Impact;
import org.guidepost.history.ProjectHistory;
import org.guidepost.history.Snapshot;
import org.guidepost.ui.internal.TableColumns;

/**
 * Optional: what the changes since the last release do to a corpus of posts. Both versions check every
 * communication of the corpus in a job (with progress and cancel); the communications whose verdict or findings
 * change are listed.
 */
public final class ImpactPage extends WizardPage {
    private static final String CORPUS = "corpus";

    private final ReleaseWizard wizard;
    private Text corpus;
    private Button check;
    private Button cancel;
    private ProgressBar progress;
    private Label counts;
    private Table table;
    private Preparation preparation;
    private volatile Job job;
    private volatile Impact impact;

    ImpactPage(ReleaseWizard wizard) {
        super("impact");
        this.wizard = wizard;
        setTitle("Impact on real posts (optional)");
        setDescription("Check a corpus of posts with the last release and with this version, and see what changes.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);

        new Label(form, SWT.NONE).setText("Corpus:");
        corpus = new Text(form, SWT.BORDER);
        corpus.setMessage("a .jsonl file, one communication a line");
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(corpus);
        String remembered = wizard.getDialogSettings().get(CORPUS);
        if (remembered != null) {
            corpus.setText(remembered);
        }
        corpus.addModifyListener(e -> updateButtons());
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.jsonl", "*"});
            String chosen = dialog.open();
            if (chosen != null) {
                corpus.setText(chosen);
            }
        });

        Composite actions = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(actions);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(actions);
        check = new Button(actions, SWT.PUSH);
        check.setText("Check impact");
        check.addListener(SWT.Selection, e -> check());
        cancel = new Button(actions, SWT.PUSH);
        cancel.setText("Cancel check");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> cancel());
        progress = new ProgressBar(actions, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(progress);

        counts = new Label(form, SWT.WRAP);
        counts.setText("No check yet.");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(500, SWT.DEFAULT).applyTo(counts);

        table = new Table(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column("Communication", 150);
        column("Line", 50);
        column("Verdict before → after", 220);
        column("Clause changes", 300);
        TableColumns.stretch(table, 3);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 220).applyTo(table);
        setControl(form);
        updateButtons();
    }

    private void column(String name, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(name);
        column.setWidth(width);
    }

    void prepared(Preparation read) {
        preparation = read;
        if (read != null && !read.hasRelease()) {
            counts.setText("No release yet: the impact compares a version with the last release, so there is nothing to "
                    + "compare for a first release.");
            counts.getParent().layout(true, true);
        }
        updateButtons();
    }

    private void updateButtons() {
        if (check == null || check.isDisposed()) {
            return;
        }
        boolean running = job != null;
        check.setEnabled(!running && preparation != null && preparation.hasRelease() && !corpus.getText().isBlank());
        cancel.setEnabled(running);
    }

    /** Checks the corpus in a job ("Check impact"). */
    public void check() {
        Path file = Path.of(corpus.getText().strip());
        if (!Files.isRegularFile(file)) {
            setErrorMessage(HistoryException.BAD_CORPUS + " " + file + ": no such file; choose a .jsonl corpus, one "
                    + "communication a line.");
            return;
        }
        wizard.getDialogSettings().put(CORPUS, file.toString());
        setErrorMessage(null);
        impact = null;
        table.removeAll();
        counts.setText("Checking " + file.getFileName() + "…");
        progress.setSelection(0);
        Display display = getShell().getDisplay();
        Path project = wizard.project();
        String last = preparation.lastVersion();
        Job started = Job.create("Checking the impact of " + project.getFileName() + " on " + file.getFileName(),
                monitor -> {
                    String failure = null;
                    Impact done = null;
                    try {
                        List<Corpus.Entry> entries = Corpus.read(file);
                        Snapshot from;
                        Snapshot to;
                        try (ProjectHistory history = ProjectHistory.open(project)) {
                            from = history.snapshot(last);
                            to = history.workingTree();
                        }
                        done = Impact.of(from, to, entries, new Impact.Progress() {
                            @Override
                            public void started(int communications) {
                                monitor.beginTask("Checking " + communications + " communications", communications);
                                display.asyncExec(() -> {
                                    if (!progress.isDisposed()) {
                                        progress.setMaximum(Math.max(1, communications));
                                    }
                                });
                            }

                            @Override
                            public void checked(int count) {
                                monitor.worked(1);
                                display.asyncExec(() -> {
                                    if (!progress.isDisposed()) {
                                        progress.setSelection(count);
                                    }
                                });
                            }

                            @Override
                            public boolean isCancelled() {
                                return monitor.isCanceled();
                            }
                        });
                    } catch (HistoryException e) {
                        failure = e.toString();
                    } catch (RuntimeException e) {
                        failure = HistoryException.UNREADABLE + " the impact could not be checked (" + e + ")";
                    } finally {
                        monitor.done();
                    }
                    Impact result = done;
                    String problem = failure;
                    display.asyncExec(() -> checked(result, problem));
                    return Status.OK_STATUS;
                });
        job = started;
        updateButtons();
        started.schedule();
    }

    private void checked(Impact result, String problem) {
        job = null;
        if (table.isDisposed()) {
            return;
        }
        impact = result;
        updateButtons();
        if (result == null) {
            counts.setText("The impact could not be checked: " + problem);
            setErrorMessage(problem);
            counts.getParent().layout(true, true);
            return;
        }
        long verdicts = result.changed().stream().filter(Impact.ChangedCommunication::verdictChanged).count();
        counts.setText((result.cancelled() ? "Cancelled after " : "Checked ") + result.checked() + " communications with "
                + "release " + preparation.lastVersion() + " and with this version (the working tree): " + result.changed().size() + " changed ("
                + verdicts + (verdicts == 1 ? " verdict" : " verdicts") + "), " + (result.checked() - result.changed().size())
                + " unchanged.");
        for (Impact.ChangedCommunication c : result.changed()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {c.id(), Integer.toString(c.line()),
                    c.before().word() + " → " + c.after().word() + (c.verdictChanged() ? "" : " (same)"),
                    c.findings().stream().map(ImpactPage::describe).collect(Collectors.joining(", "))});
        }
        counts.getParent().layout(true, true);
    }

    private static String describe(Impact.FindingChange f) {
        switch (f.change()) {
            case NEW:
                return f.clause() + " new (" + f.after().word() + ")";
            case GONE:
                return f.clause() + " gone (was " + f.before().word() + ")";
            default:
                return f.clause() + " " + f.before().word() + " → " + f.after().word();
        }
    }

    /** Stops a running check. */
    void cancel() {
        Job running = job;
        if (running != null) {
            running.cancel();
        }
    }

    /** The last impact checked, or null (for tests). */
    public Impact impact() {
        return impact;
    }

    /** Whether a check runs. */
    public boolean isChecking() {
        return job != null;
    }

    /** Chooses a corpus file, as a person would (for tests). */
    public void setCorpus(Path file) {
        corpus.setText(file.toString());
    }

    /** The table of changed communications (for tests). */
    public Table table() {
        return table;
    }

    /** The counts as shown (for tests). */
    public String countsShown() {
        return counts.getText();
    }

}
