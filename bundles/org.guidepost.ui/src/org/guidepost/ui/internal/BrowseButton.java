package org.guidepost.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;

/** A Browse… button beside a file field of a pack wizard: a pack to write, or a signing key to read. */
public final class BrowseButton {
    private BrowseButton() {
    }

    /** Adds the button to {@code parent}; the chosen file goes into {@code field}. */
    public static Button add(Composite parent, Text field, boolean savePack) {
        Button browse = new Button(parent, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(parent.getShell(), savePack ? SWT.SAVE : SWT.OPEN);
            dialog.setFilterExtensions(new String[] {savePack ? "*.gpack" : "*.key", "*"});
            if (savePack) {
                dialog.setOverwrite(true);
            }
            String chosen = dialog.open();
            if (chosen != null) {
                field.setText(chosen);
            }
        });
        return browse;
    }
}
