package org.guidepost.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.workspace.GuidelineWorkspace;

/** The workbench as Guidepost opens it: the Guidepost perspective, the IDE's adapters for markers. */
final class GuidepostWorkbenchAdvisor extends WorkbenchAdvisor {
    /** What the application returns: 0, or 1 when the product's self-check found problems. */
    private int exitCode = 0;
    private static final long SHUTDOWN_WAIT_MILLIS = 5000;
    private volatile boolean started;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        StartupTimes.mark("workbench initialising");
        IDE.registerAdapters(); // the Problems view shows markers of files through these
        // files changed outside the workbench (git, the command line, another editor) are noticed and compiled again.
        // Set in the instance scope (the workspace's refresh manager listens there, not to defaults), unless the
        // user chose otherwise.
        IEclipsePreferences resources = InstanceScope.INSTANCE.getNode(ResourcesPlugin.PI_RESOURCES);
        for (String key : new String[] {ResourcesPlugin.PREF_AUTO_REFRESH, ResourcesPlugin.PREF_LIGHTWEIGHT_AUTO_REFRESH}) {
            if (resources.get(key, null) == null) {
                resources.putBoolean(key, true);
            }
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return GuidepostPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new GuidepostWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        StartupTimes.mark("window open, views created");
        started = true;
        // the rules folder's projects become workspace resources and are compiled, in the background
        GuidelineWorkspace.synchronizeIfChanged(RulesLocation.get());
        Path smokeTest = ProductSmokeTest.folder();
        if (smokeTest == null) {
            return;
        }
        IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            try {
                List<String> problems = ProductSmokeTest.run(workbench.getActiveWorkbenchWindow(), smokeTest);
                problems.forEach(p -> System.err.println("guidepost smoke test: " + p));
                exitCode = problems.isEmpty() ? 0 : 1;
            } catch (IOException | RuntimeException e) {
                System.err.println("guidepost smoke test: " + e);
                exitCode = 1;
            }
            workbench.close();
        });
    }

    /**
     * A compile that is running cannot stop half-way (the rule engine does not look at the monitor): let it end, for
     * up to {@value #SHUTDOWN_WAIT_MILLIS} ms, so that the platform does not shut down under it.
     */
    private void waitForRunningCompiles() {
        Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
        long deadline = System.currentTimeMillis() + SHUTDOWN_WAIT_MILLIS;
        while (Job.getJobManager().find(GuidelineWorkspace.FAMILY).length > 0 && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Whether the workbench has opened its window (postStartup ran). */
    boolean started() {
        return started;
    }

    int exitCode() {
        return exitCode;
    }

    @Override
    public boolean preShutdown() {
        Job.getJobManager().cancel(GuidelineWorkspace.FAMILY); // compiles still waiting are of no use any more
        waitForRunningCompiles();
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        return true;
    }
}
