package org.guidepost.ui.history;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.guidepost.history.HistoryException;
import org.guidepost.history.ProjectHistory;
import org.guidepost.history.SemanticDiff;
import org.guidepost.history.Snapshot;

/**
 * Computes the semantic diff of a project between two revisions in the background. {@code from} null means "before
 * the first release" (everything added); {@code to} {@link ProjectHistory#WORKING_TREE} means the files on disk.
 */
final class DiffJob extends Job {
    /** Jobs of this family compute diffs (tests wait for them). */
    static final Object FAMILY = DiffJob.class;

    private final Path project;
    private final String from;
    private final String to;
    private final Display display;
    private final BiConsumer<SemanticDiff, String> done;

    /** @param done on the UI thread: the diff, or null and why not */
    DiffJob(Path project, String from, String to, Display display, BiConsumer<SemanticDiff, String> done) {
        super("Comparing " + project.getFileName() + " " + (from == null ? "(nothing)" : from) + " → " + to);
        this.project = project;
        this.from = from;
        this.to = to;
        this.display = display;
        this.done = done;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SemanticDiff diff = null;
        String problem = null;
        try (ProjectHistory history = ProjectHistory.open(project)) {
            Snapshot a = from == null ? Snapshot.empty("nothing") : history.snapshot(from);
            Snapshot b = history.snapshot(to);
            diff = SemanticDiff.between(a, b);
        } catch (HistoryException e) {
            problem = e.toString();
        } catch (RuntimeException e) {
            problem = "cannot compare: " + e;
        }
        SemanticDiff result = diff;
        String why = problem;
        if (!display.isDisposed()) {
            display.asyncExec(() -> done.accept(result, why));
        }
        return Status.OK_STATUS;
    }
}
