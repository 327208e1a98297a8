package org.guidepost.ui.history;

import java.nio.file.Path;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Opens the Release wizard on a project (until the wizard lands, says how to release from the command line). */
final class ReleaseLauncher {
    private ReleaseLauncher() {
    }

    static void open(Shell shell, Path project) {
        MessageDialog.openInformation(shell, "Release", "Release " + project.getFileName()
                + " from the command line: guidepost release " + project + " --version X.Y.Z");
    }
}
