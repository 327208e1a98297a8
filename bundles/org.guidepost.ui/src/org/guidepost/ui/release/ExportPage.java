package org.guidepost.ui.release;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.guidepost.ui.internal.BrowseButton;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.guidepost.pack.PackKeys;

/**
 * Optional: the rule pack of the release, written after the tests pass and before anything is committed (a pack
 * that cannot be made stops the release), signed like Export Pack does when a key is given.
 */
public final class ExportPage extends WizardPage {
    private static final String PACK_FOLDER = "packFolder";
    private static final String KEY = "signingKey";

    private final ReleaseWizard wizard;
    private Button writePack;
    private Text out;
    private Text key;
    private Preparation preparation;
    private boolean outEdited;
    private boolean settingOut;

    ExportPage(ReleaseWizard wizard) {
        super("export");
        this.wizard = wizard;
        setTitle("Rule pack (optional)");
        setDescription("Write the version's rule pack with the release, for clinics' tools and the guidepost command line.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);

        writePack = new Button(form, SWT.CHECK);
        writePack.setText("Write the rule pack of this version");
        writePack.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(writePack);
        writePack.addListener(SWT.Selection, e -> {
            out.setEnabled(writePack.getSelection());
            key.setEnabled(writePack.getSelection());
            validate();
        });

        new Label(form, SWT.NONE).setText("Pack file:");
        out = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(out);
        out.addModifyListener(e -> {
            outEdited |= !settingOut;
            validate();
        });
        BrowseButton.add(form, out, true);

        new Label(form, SWT.NONE).setText("Signing key:");
        key = new Text(form, SWT.BORDER);
        key.setMessage("guidepost.key from 'guidepost keygen' (empty: an unsigned pack)");
        String rememberedKey = wizard.getDialogSettings().get(KEY);
        if (rememberedKey != null && Files.isRegularFile(Path.of(rememberedKey))) {
            key.setText(rememberedKey);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(key);
        key.addModifyListener(e -> validate());
        BrowseButton.add(form, key, false);

        Label note = new Label(form, SWT.WRAP);
        note.setText("The pack is written only when every test case passes; if it cannot be made, nothing is committed "
                + "or tagged.");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(500, SWT.DEFAULT).indent(0, 8).applyTo(note);
        setControl(form);
        validate();
    }

    void prepared(Preparation read) {
        preparation = read;
        versionChanged();
    }

    /** The version changed: so does the default pack file, unless the person chose one. */
    void versionChanged() {
        if (out == null || out.isDisposed() || outEdited || preparation == null) {
            return;
        }
        String remembered = wizard.getDialogSettings().get(PACK_FOLDER);
        Path folder = remembered != null && Files.isDirectory(Path.of(remembered)) ? Path.of(remembered)
                : wizard.project().getParent();
        String version = wizard.version();
        settingOut = true;
        try {
            out.setText(folder.resolve(preparation.projectId() + "-" + (version.isEmpty() ? "X.Y.Z" : version) + ".gpack")
                    .toString());
        } finally {
            settingOut = false;
        }
    }

    private void validate() {
        String problem = null;
        String warning = null;
        if (writePack.getSelection()) {
            String file = out.getText().strip();
            if (file.isEmpty() || !file.endsWith(".gpack")) {
                problem = "Name the pack file, ending in .gpack (or do not write a pack).";
            } else if (Files.isDirectory(Path.of(file))) {
                problem = file + " is a folder; name a file in it.";
            }
            String keyFile = key.getText().strip();
            if (problem == null && !keyFile.isEmpty()) {
                if (!Files.isRegularFile(Path.of(keyFile))) {
                    problem = "No key file " + keyFile + "; make one with 'guidepost keygen --out DIR'.";
                } else if (!Files.isRegularFile(Path.of(keyFile).resolveSibling(PackKeys.PUBLIC_FILE))) {
                    problem = "The public key " + PackKeys.PUBLIC_FILE + " is not beside " + keyFile
                            + "; keep the pair together as 'guidepost keygen' writes them.";
                }
            }
            if (keyFile.isEmpty()) {
                warning = "Without a signing key the pack is unsigned: clinics must accept it with --allow-unsigned.";
            }
        }
        setErrorMessage(problem);
        setMessage(problem == null ? warning : null, WARNING);
        setPageComplete(problem == null);
    }

    /** The pack file to write, or null for none. */
    Path packFile() {
        return writePack.getSelection() ? Path.of(out.getText().strip()).toAbsolutePath() : null;
    }

    /** The signing key, or null for an unsigned pack. */
    Path signingKey() {
        String keyFile = key.getText().strip();
        return writePack.getSelection() && !keyFile.isEmpty() ? Path.of(keyFile) : null;
    }

    /** Keeps the folder and key for next time. */
    void remember() {
        Path pack = packFile();
        if (pack != null && pack.getParent() != null) {
            wizard.getDialogSettings().put(PACK_FOLDER, pack.getParent().toString());
        }
        Path signing = signingKey();
        if (signing != null) {
            wizard.getDialogSettings().put(KEY, signing.toAbsolutePath().toString());
        }
    }

    /** Chooses the pack and key, as a person would (for tests); a null pack writes none. */
    public void fill(Path pack, Path signingKey) {
        writePack.setSelection(pack != null);
        out.setEnabled(pack != null);
        key.setEnabled(pack != null);
        if (pack != null) {
            out.setText(pack.toString());
        }
        key.setText(signingKey == null ? "" : signingKey.toString());
        validate();
    }

    /** The pack file as shown (for tests). */
    public String packShown() {
        return out.getText();
    }
}
