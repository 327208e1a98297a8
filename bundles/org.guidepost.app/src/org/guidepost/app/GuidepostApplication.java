package org.guidepost.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Starts the Guidepost workbench. */
public final class GuidepostApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        StartupTimes.mark("application started (OSGi framework up)");
        Display.setAppName("Guidepost");
        Display display = PlatformUI.createDisplay();
        StartupTimes.mark("display created");
        try {
            GuidepostWorkbenchAdvisor advisor = new GuidepostWorkbenchAdvisor();
            int code = PlatformUI.createAndRunWorkbench(display, advisor);
            if (code == PlatformUI.RETURN_RESTART) {
                return IApplication.EXIT_RESTART;
            }
            return advisor.exitCode() == 0 ? IApplication.EXIT_OK : Integer.valueOf(advisor.exitCode());
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
