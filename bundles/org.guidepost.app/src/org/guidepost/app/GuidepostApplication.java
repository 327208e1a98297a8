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
        GuidepostWorkbenchAdvisor advisor = new GuidepostWorkbenchAdvisor();
        wakeUntilStarted(display, advisor);
        try {
            int code = PlatformUI.createAndRunWorkbench(display, advisor);
            if (code == PlatformUI.RETURN_RESTART) {
                return IApplication.EXIT_RESTART;
            }
            return advisor.exitCode() == 0 ? IApplication.EXIT_OK : Integer.valueOf(advisor.exitCode());
        } finally {
            display.dispose();
        }
    }

    /**
     * While the workbench opens its window, {@code WorkbenchAdvisor.openWindows} sleeps on the display until a helper
     * thread says it is done; now and then that wake-up was lost and the window waited for the next event of any kind
     * (6 s and more under Xvfb, startup profile in CONTRIBUTING). Waking the display every 50 ms until the workbench
     * has started bounds that wait; the thread then ends.
     */
    private static void wakeUntilStarted(Display display, GuidepostWorkbenchAdvisor advisor) {
        Thread waker = new Thread(() -> {
            while (!advisor.started() && !display.isDisposed()) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    display.wake();
                } catch (org.eclipse.swt.SWTException disposed) {
                    return; // the workbench ended meanwhile
                }
            }
        }, "Guidepost start-up waker");
        waker.setDaemon(true);
        waker.start();
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
