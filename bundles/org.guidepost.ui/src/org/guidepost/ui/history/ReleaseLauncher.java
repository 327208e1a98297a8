package org.guidepost.ui.history;

import java.nio.file.Path;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.guidepost.ui.release.ReleaseWizard;

/** Opens the Release wizard on a project. */
final class ReleaseLauncher {
    private ReleaseLauncher() {
    }

    /** Opens the wizard and returns when it closes. */
    static void open(Shell shell, Path project) {
        WizardDialog dialog = new WizardDialog(shell, new ReleaseWizard(project));
        dialog.setPageSize(760, 480);
        dialog.open();
    }
}
