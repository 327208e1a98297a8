package org.guidepost.ui.traceability;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.guidepost.testing.CaseResult;
import org.guidepost.testing.TestRunner;
import org.guidepost.testing.Traceability;

/** Traces a project's clauses (a full test run) in a background job, with progress and cancel. */
public final class TraceJob extends Job {
    /** Jobs of this family trace clauses (tests wait for them). */
    public static final Object FAMILY = TraceJob.class;

    private final Path project;
    private final Display display;
    private final BiConsumer<Traceability, Boolean> done;

    /**
     * @param done called on the UI thread with the trace and whether it was cancelled (then it is incomplete)
     */
    public TraceJob(Path project, Display display, BiConsumer<Traceability, Boolean> done) {
        super("Tracing the clauses of " + project.getFileName());
        this.project = project;
        this.display = display;
        this.done = done;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        Traceability traced = TestRunner.trace(project, new TestRunner.Progress() {
            @Override
            public void started(int cases) {
                monitor.beginTask(getName(), cases);
            }

            @Override
            public void ran(CaseResult result) {
                monitor.worked(1);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }
        });
        boolean cancelled = monitor.isCanceled();
        if (!display.isDisposed()) {
            display.asyncExec(() -> done.accept(traced, cancelled));
        }
        monitor.done();
        return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
