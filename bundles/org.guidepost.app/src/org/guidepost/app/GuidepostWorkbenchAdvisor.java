package org.guidepost.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
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

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        IDE.registerAdapters(); // the Problems view shows markers of files through these
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

    int exitCode() {
        return exitCode;
    }

    @Override
    public boolean preShutdown() {
        Job.getJobManager().cancel(GuidelineWorkspace.FAMILY); // compiles still waiting are of no use any more
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        return true;
    }
}
