package org.guidepost.ui.internal;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * What stops a form page (its source cannot be read, a save was refused): a few words in the form's heading, which
 * has room for little more, and the whole problem wrapped at the top of the page; hidden when there is none.
 */
public final class ProblemBanner {
    private final ScrolledForm form;
    private final Label label;

    /** Adds the banner as the first row of {@code body} (a grid layout) of {@code form}. */
    public ProblemBanner(FormToolkit toolkit, ScrolledForm form, Composite body) {
        this.form = form;
        label = toolkit.createLabel(body, "", SWT.WRAP);
        label.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).exclude(true).applyTo(label);
        label.setVisible(false);
    }

    /** Shows {@code heading} in the form's heading and {@code detail} in full; nulls clear both. */
    public void show(String heading, String detail) {
        form.setMessage(heading, heading == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
        boolean show = detail != null;
        label.setText(show ? detail : "");
        ((GridData) label.getLayoutData()).exclude = !show;
        label.setVisible(show);
        form.getBody().layout(true, true);
    }

    /** The problem shown in full, or "" when there is none. */
    public String text() {
        return label.isDisposed() ? "" : label.getText();
    }
}
