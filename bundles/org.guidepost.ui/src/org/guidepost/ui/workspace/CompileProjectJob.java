package org.guidepost.ui.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.RuleEngine;
import org.guidepost.model.Diagnostic;

/**
 * Compiles one guideline project with {@link RuleEngine#compileProject} and replaces its Guidepost markers with the
 * diagnostics. There is one instance per project ({@link GuidelineWorkspace#compile}): scheduling it while it waits
 * merges the requests, scheduling it while it runs runs it once more afterwards.
 *
 * <p>Its scheduling rule lets one compile run at a time, of any project: at startup every project compiles, and on a
 * two-core machine parallel compiles took the cores the window needed to paint (startup profile: three compiles and
 * the UI thread on two cores). It is deliberately not the project's resource: holding a resource rule for the length
 * of a compile would make every save in the project wait for it on the UI thread. The engine reads the files from
 * disk; only the short marker update takes the workspace lock.
 */
final class CompileProjectJob extends Job {
    /** Requests within this many milliseconds (Save All, a burst of saves) make one compile. */
    static final long COALESCING_DELAY_MS = 100;

    private final IFolder guidelineProject;

    CompileProjectJob(IFolder guidelineProject) {
        super("Compiling guideline project " + guidelineProject.getName());
        this.guidelineProject = guidelineProject;
        setRule(new OneCompileAtATime(guidelineProject.getFullPath()));
        setPriority(BUILD);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        Path directory = GuidelineWorkspace.directoryOf(guidelineProject);
        if (!guidelineProject.exists() || directory == null || !Files.isDirectory(directory)) {
            return Status.OK_STATUS; // unlinked or deleted meanwhile: its markers went with it
        }
        List<Diagnostic> diagnostics = null;
        Throwable failure = null;
        try {
            Compilation compilation = RuleEngine.compileProject(directory);
            diagnostics = compilation.diagnostics();
        } catch (RuntimeException | LinkageError e) {
            // a bug in Guidepost or its Drools, not in the user's rules: logged, and shown as a marker
            failure = e;
            ILog.of(getClass()).error("Compiling the guideline project " + directory + " failed", e);
        }
        progress.worked(8);
        if (progress.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        try {
            if (failure != null) {
                ProblemMarkers.replaceWithFailure(guidelineProject, failure, progress.split(2));
            } else {
                ProblemMarkers.replace(guidelineProject, directory, diagnostics, progress.split(2));
            }
        } catch (CoreException e) {
            if (guidelineProject.exists()) { // else it was unlinked meanwhile, and its markers went with it
                ILog.of(getClass()).log(e.getStatus());
            }
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == GuidelineWorkspace.FAMILY;
    }

    /** Conflicts with every other compile: one at a time. */
    private record OneCompileAtATime(IPath guidelineProject) implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return equals(rule);
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule instanceof OneCompileAtATime;
        }
    }
}
