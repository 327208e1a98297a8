package org.guidepost.ui.history;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.guidepost.history.HistoryException;
import org.guidepost.history.ProjectHistory;
import org.guidepost.history.ProjectHistory.ReleaseVersion;
import org.guidepost.ui.internal.ProjectChooser;

/**
 * The History of a guideline project: its releases (version tags) and the working tree, newest first; the changes of
 * the selected version (since the release before it) or between two selected versions as a semantic diff; Compare
 * opens two versions in the compare editor, Release… releases the working tree.
 */
public final class HistoryView extends ViewPart {
    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.guidepost.ui.views.history";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private ProjectChooser projectChooser;
    private Label summary;
    private TableViewer versions;
    private SemanticDiffViewer diff;
    private Action compare;
    private Action commitAction;
    /** Saves in a burst (Save All) read the history once. */
    private static final int REFRESH_DELAY_MILLIS = 500;
    private volatile int changes;
    /** The project whose history is shown (read by the workspace listener, off the UI thread). */
    private volatile Path shownProject;
    /** The project's uncommitted files, as the last reading of its history found them. */
    private List<String> uncommitted = List.of();
    /** What the last action did (e.g. "Committed 1a2b3c4d5e."), said once before the next summary. */
    private String note;
    private int generation;

    /**
     * A row: the working tree (release null) or a release.
     *
     * @param uncommitted for the working tree, the project's files changed since the last commit
     */
    public record Row(ReleaseVersion release, List<String> uncommitted) {
        /** The revision to read: the release's tag, or the working tree. */
        String revision() {
            return release == null ? ProjectHistory.WORKING_TREE : release.tag();
        }

        String label() {
            return release == null ? "Working tree" : release.version();
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        projectChooser = new ProjectChooser(top, this::refresh);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite holder = new Composite(sash, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        versions = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        versions.getTable().setHeaderVisible(true);
        versions.getTable().setLinesVisible(true);
        versions.setContentProvider(ArrayContentProvider.getInstance());
        columns.setColumnData(column("Version", row -> row.label(), true), new ColumnWeightData(22, 80));
        columns.setColumnData(column("Date", row -> row.release() == null ? uncommitted(row)
                : DATE.format(row.release().date()), false), new ColumnWeightData(30, 110));
        columns.setColumnData(column("Message", row -> row.release() == null ? "" : firstLine(row.release().message()),
                false), new ColumnWeightData(48, 100));
        versions.addSelectionChangedListener(e -> showSelectedChanges());
        versions.addDoubleClickListener(e -> compareSelected());
        diff = new SemanticDiffViewer(sash);
        sash.setWeights(35, 65);

        Action refresh = new Action("Refresh", PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED)) {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText("Read the project's history again");
        compare = new Action("Compare") {
            @Override
            public void run() {
                compareSelected();
            }
        };
        compare.setToolTipText("Open the selected version (or two versions) in the compare editor");
        commitAction = new Action("Commit…") {
            @Override
            public void run() {
                askAndCommit();
            }
        };
        commitAction.setToolTipText("Keep the project's changes in its history (a release needs them committed)");
        commitAction.setEnabled(false);
        Action release = new Action("Release…") {
            @Override
            public void run() {
                release();
            }
        };
        release.setToolTipText("Release the working tree as a new version: tests, tag, pack");
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        getViewSite().getActionBars().getToolBarManager().add(compare);
        getViewSite().getActionBars().getToolBarManager().add(commitAction);
        getViewSite().getActionBars().getToolBarManager().add(release);
        String problem = projectChooser.reload();
        if (problem != null) {
            summary.setText(problem);
        }
        refresh();
        org.eclipse.core.resources.ResourcesPlugin.getWorkspace().addResourceChangeListener(filesChanged,
                org.eclipse.core.resources.IResourceChangeEvent.POST_CHANGE);
    }

    /** A file of the chosen project was saved, added or removed: its working tree changed, read it again soon. */
    private final org.eclipse.core.resources.IResourceChangeListener filesChanged = event -> {
        Path project = shownProject; // not the chooser: workspace events come on other threads than the UI's
        if (project == null || event.getDelta() == null) {
            return;
        }
        boolean[] touched = {false};
        try {
            event.getDelta().accept(child -> {
                org.eclipse.core.resources.IResource resource = child.getResource();
                if (resource.getType() == org.eclipse.core.resources.IResource.FILE && resource.getLocation() != null
                        && resource.getLocation().toFile().toPath().startsWith(project)
                        && (child.getKind() != org.eclipse.core.resources.IResourceDelta.CHANGED
                                || (child.getFlags() & org.eclipse.core.resources.IResourceDelta.CONTENT) != 0)) {
                    touched[0] = true;
                }
                return !touched[0];
            });
        } catch (org.eclipse.core.runtime.CoreException e) {
            return;
        }
        if (touched[0] && !versions.getControl().isDisposed()) {
            Display display = versions.getControl().getDisplay();
            int mine = ++changes;
            display.asyncExec(() -> display.timerExec(REFRESH_DELAY_MILLIS, () -> {
                if (mine == changes && !versions.getControl().isDisposed()) {
                    refresh();
                }
            }));
        }
    };

    @Override
    public void dispose() {
        org.eclipse.core.resources.ResourcesPlugin.getWorkspace().removeResourceChangeListener(filesChanged);
        super.dispose();
    }

    private TableViewerColumn columnOf(String heading) {
        TableViewerColumn column = new TableViewerColumn(versions, SWT.LEFT);
        column.getColumn().setText(heading);
        return column;
    }

    private org.eclipse.swt.widgets.TableColumn column(String heading, java.util.function.Function<Row, String> text,
            boolean bold) {
        TableViewerColumn column = columnOf(heading);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public org.eclipse.swt.graphics.Font getFont(Object element) {
                return bold && ((Row) element).release() == null
                        ? org.eclipse.jface.resource.JFaceResources.getFontRegistry().getItalic(
                                org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT) : null;
            }
        });
        return column.getColumn();
    }

    private static String uncommitted(Row row) {
        int n = row.uncommitted().size();
        return n == 0 ? "no uncommitted changes" : n + (n == 1 ? " file" : " files") + " not committed";
    }

    /** The release's own words: the first line after the standard "Release <id> <version>" subject, if any. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        List<String> lines = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > 1 && lines.get(0).startsWith("Release ")) {
            return lines.get(1);
        }
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** Chooses the project (added to the list when it is not under the rules folder) and reads its history. */
    public void selectProject(Path project) {
        projectChooser.select(project);
        refresh();
    }

    /** Reads the chosen project's history in a background job; returns it (null without a project). */
    public Job refresh() {
        Path project = projectChooser.selected();
        shownProject = project;
        if (project == null || versions == null) {
            return null;
        }
        int mine = ++generation;
        summary.setText("Reading the history of " + project.getFileName() + "…");
        Display display = Display.getCurrent();
        Job job = new Job("Reading the history of " + project.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<Row> rows = new ArrayList<>();
                String problem = null;
                if (!ProjectHistory.inRepository(project)) {
                    problem = project.getFileName() + " is not in a Git repository yet: Release… makes one, with the "
                            + "project's files as its first commit and the release as its first version.";
                } else {
                    try (ProjectHistory history = ProjectHistory.open(project)) {
                        rows.add(new Row(null, history.hasCommits() ? history.uncommittedChanges() : List.of()));
                        List<ReleaseVersion> released = new ArrayList<>(history.versions());
                        java.util.Collections.reverse(released);
                        released.forEach(v -> rows.add(new Row(v, List.of())));
                    } catch (HistoryException e) {
                        problem = e.toString();
                    }
                }
                String why = problem;
                display.asyncExec(() -> show(mine, project, rows, why));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == DiffJob.FAMILY;
            }
        };
        job.schedule();
        return job;
    }

    private void show(int mine, Path project, List<Row> rows, String problem) {
        if (mine != generation || versions.getControl().isDisposed()) {
            return;
        }
        versions.setInput(rows);
        uncommitted = rows.isEmpty() || rows.get(0).release() != null ? List.of() : rows.get(0).uncommitted();
        commitAction.setEnabled(!uncommitted.isEmpty());
        if (problem != null) {
            summary.setText(problem);
            diff.show(null, "");
        } else {
            int released = rows.size() - 1;
            summary.setText((note == null ? "" : note + " ") + (released == 0 ? project.getFileName()
                    + " has no release yet: Release… makes the first." : project.getFileName() + ": " + released
                    + (released == 1 ? " release" : " releases")
                    + ". Select a version to see what it changed, or two to compare them."));
            note = null;
            versions.getTable().setSelection(0);
            showSelectedChanges();
        }
        summary.getParent().layout(true, true);
    }

    /** The rows selected, oldest first (the working tree is the newest). */
    private List<Row> selectedRows() {
        List<Row> rows = new ArrayList<>();
        for (Object o : versions.getStructuredSelection().toList()) {
            rows.add((Row) o);
        }
        @SuppressWarnings("unchecked")
        List<Row> all = (List<Row>) versions.getInput();
        rows.sort((a, b) -> Integer.compare(all.indexOf(b), all.indexOf(a)));
        return rows;
    }

    /** The revisions to compare for the selection: [from, to]; from null means before the first release. */
    private String[] selectedRange() {
        List<Row> rows = selectedRows();
        if (rows.isEmpty()) {
            return null;
        }
        if (rows.size() >= 2) {
            return new String[] {rows.get(0).revision(), rows.get(rows.size() - 1).revision()};
        }
        @SuppressWarnings("unchecked")
        List<Row> all = (List<Row>) versions.getInput();
        int index = all.indexOf(rows.get(0));
        String previous = index + 1 < all.size() ? all.get(index + 1).revision() : null;
        return new String[] {previous, rows.get(0).revision()};
    }

    private void showSelectedChanges() {
        String[] range = selectedRange();
        Path project = projectChooser.selected();
        compare.setEnabled(range != null);
        if (range == null || project == null) {
            diff.show(null, "Select a version.");
            return;
        }
        int mine = ++generation;
        diff.setProjectName(project.getFileName().toString());
        diff.show(null, "Comparing " + label(range[0]) + " with " + label(range[1]) + "…");
        new DiffJob(project, range[0], range[1], Display.getCurrent(), (result, problem) -> {
            if (mine == generation) {
                diff.show(result, problem);
            }
        }).schedule();
    }

    private static String label(String revision) {
        return revision == null ? "nothing (before the first release)"
                : ProjectHistory.isWorkingTree(revision) ? "the working tree" : revision;
    }

    /** Opens the selected range in the compare editor. */
    private void compareSelected() {
        String[] range = selectedRange();
        Path project = projectChooser.selected();
        if (range == null || project == null) {
            return;
        }
        try {
            getSite().getPage().openEditor(new SemanticDiffEditor.Input(project, range[0], range[1]),
                    SemanticDiffEditor.ID, true);
        } catch (PartInitException e) {
            summary.setText("Cannot open the compare editor: " + e.getMessage());
        }
    }

    /** Asks for a message, then commits the project's changes. */
    private void askAndCommit() {
        Path project = projectChooser.selected();
        if (project == null || uncommitted.isEmpty()) {
            return;
        }
        int n = uncommitted.size();
        String files = String.join("\n  ", uncommitted.subList(0, Math.min(n, 12))) + (n > 12 ? "\n  …" : "");
        org.eclipse.jface.dialogs.InputDialog dialog = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(),
                "Commit Changes", n + (n == 1 ? " file" : " files") + " of " + project.getFileName() + " changed:\n  "
                        + files + "\n\nSay in a few words what changed; it stays in the project's history.", "",
                text -> text.isBlank() ? "Write what changed, e.g. \"PRV-3 lowered to a warning\"." : null);
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            commit(dialog.getValue());
        }
    }

    /** Commits the chosen project's changes with {@code message} in a background job, then reads the history again. */
    public Job commit(String message) {
        Path project = projectChooser.selected();
        if (project == null) {
            return null;
        }
        Display display = Display.getCurrent();
        Job job = new Job("Committing the changes of " + project.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String outcome;
                try (ProjectHistory history = ProjectHistory.open(project)) {
                    String commit = history.commitProject(message);
                    outcome = commit == null ? "Nothing to commit." : "Committed " + commit.substring(0, 10) + ".";
                } catch (HistoryException e) {
                    outcome = "Not committed: " + e;
                }
                String said = outcome;
                display.asyncExec(() -> {
                    if (!summary.isDisposed()) {
                        note = said;
                        refresh();
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == DiffJob.FAMILY;
            }
        };
        job.schedule();
        return job;
    }

    /** Opens the Release wizard on the chosen project. */
    private void release() {
        Path project = projectChooser.selected();
        if (project == null) {
            return;
        }
        org.guidepost.ui.release.ReleaseWizard.open(getSite().getShell(), project);
        refresh();
    }

    /** The versions table (for tests). */
    public TableViewer versions() {
        return versions;
    }

    /** The diff of the selection (for tests). */
    public SemanticDiffViewer diff() {
        return diff;
    }

    /** The line above the table (for tests). */
    public String summaryText() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        versions.getControl().setFocus();
    }
}
