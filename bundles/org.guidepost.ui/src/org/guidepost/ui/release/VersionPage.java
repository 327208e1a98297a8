package org.guidepost.ui.release;

import java.util.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.guidepost.history.BumpSuggestion;
import org.guidepost.history.HistoryException;
import org.guidepost.history.Release;
import org.guidepost.history.SemanticVersion;

/**
 * The version to release: the suggestion with every reason, the version and message, the changes since the last
 * release, and what stops a release (uncommitted changes) before Finish is pressed.
 */
public final class VersionPage extends WizardPage {
    private final ReleaseWizard wizard;
    private Label last;
    private Label suggested;
    private List reasons;
    private Text version;
    private Text message;
    private Label uncommittedLabel;
    private List uncommitted;
    private Label refusedLabel;
    private Text refused;
    private Label changesLabel;
    private Text changes;
    private Preparation preparation;
    private String problem;

    VersionPage(ReleaseWizard wizard) {
        super("version");
        this.wizard = wizard;
        setTitle("Release a version of " + wizard.project().getFileName());
        setDescription("Reading the history of the project…");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);

        new Label(form, SWT.NONE).setText("Last release:");
        last = new Label(form, SWT.NONE);
        last.setText("reading the history…");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(last);

        new Label(form, SWT.NONE).setText("Suggested:");
        suggested = new Label(form, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(suggested);

        Label why = new Label(form, SWT.NONE);
        why.setText("Because:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(why);
        reasons = new List(form, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, reasons.getItemHeight() * 4).applyTo(reasons);

        new Label(form, SWT.NONE).setText("Version:");
        version = new Text(form, SWT.BORDER);
        version.setMessage("X.Y.Z, greater than the last release");
        version.setEnabled(false);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(version);
        version.addModifyListener(e -> {
            validate();
            wizard.versionChanged();
        });

        Label messageLabel = new Label(form, SWT.NONE);
        messageLabel.setText("Message:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(messageLabel);
        message = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        message.setMessage("what this release is about (in the release commit and the tag)");
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, message.getLineHeight() * 3).applyTo(message);

        uncommittedLabel = new Label(form, SWT.NONE);
        uncommittedLabel.setText("Uncommitted:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).exclude(true).applyTo(uncommittedLabel);
        uncommitted = new List(form, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, uncommitted.getItemHeight() * 4).exclude(true)
                .applyTo(uncommitted);
        uncommittedLabel.setVisible(false);
        uncommitted.setVisible(false);

        refusedLabel = new Label(form, SWT.NONE);
        refusedLabel.setText("Refused:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).exclude(true).applyTo(refusedLabel);
        refused = new Text(form, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, refused.getLineHeight() * 3).exclude(true).applyTo(refused);
        refusedLabel.setVisible(false);
        refused.setVisible(false);

        changesLabel = new Label(form, SWT.NONE);
        changesLabel.setText("Changes since the last release:");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(changesLabel);
        changes = new Text(form, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        changes.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 200).applyTo(changes);
        setControl(form);
    }

    /** The history was read: fill the page. */
    void prepared(Preparation read, HistoryException failure) {
        preparation = read;
        if (read == null) {
            problem = failure.toString();
            last.setText("unknown");
            setDescription("The history of the project cannot be read.");
            validate();
            return;
        }
        setDescription("Choose the version; the release commits guideline.yaml with it and tags the commit "
                + read.projectId() + "-vX.Y.Z.");
        BumpSuggestion suggestion = read.suggestion();
        last.setText(read.hasRelease() ? read.lastVersion() + " (tag " + read.lastTag() + ")"
                : read.inRepository() ? "none yet: this is the first release" : "none yet: the project is not in a Git repository");
        String next = suggestion.nextVersion() == null ? "" : suggestion.nextVersion();
        suggested.setText(!read.hasRelease() ? next + " (first release: the version guideline.yaml gives)"
                : suggestion.bump() == BumpSuggestion.Bump.NONE ? "no release: nothing changed since " + read.lastVersion()
                        : suggestion.bump().word() + " → " + next);
        reasons.setItems(suggestion.reasons().isEmpty()
                ? new String[] {"no change to clauses, rules, lexicons or test cases"}
                : suggestion.reasons().stream().map(r -> r.bump() == BumpSuggestion.Bump.NONE ? r.change() : r.toString())
                        .toArray(String[]::new));
        changesLabel.setText(read.hasRelease() ? "Changes since " + read.lastVersion() + ":" : "What the first release holds:");
        changes.setText(read.changes());
        if (!read.uncommitted().isEmpty()) {
            uncommitted.setItems(read.uncommitted().toArray(String[]::new));
            show(uncommittedLabel, true);
            show(uncommitted, true);
            problem = Release.UNCOMMITTED + " " + read.uncommitted().size() + " uncommitted "
                    + (read.uncommitted().size() == 1 ? "change" : "changes") + " (listed below): commit them (Commit… in the "
                    + "History view), then open Release again, so that the release is exactly what Git holds.";
        }
        version.setEnabled(read.uncommitted().isEmpty());
        version.setText(suggestion.bump() == BumpSuggestion.Bump.NONE && read.hasRelease() ? "" : next);
        ((Composite) getControl()).layout(true, true);
        validate();
    }

    /** Finish was refused ({@code GP-REL-n message}, or null to clear): shown in full, above the changes. */
    void refused(String refusal) {
        refused.setText(refusal == null ? "" : refusal);
        show(refusedLabel, refusal != null);
        show(refused, refusal != null);
        ((Composite) getControl()).layout(true, true);
        setErrorMessage(refusal);
    }

    /** The refusal as shown (for tests). */
    public String refusalShown() {
        return refused.getText();
    }

    private static void show(org.eclipse.swt.widgets.Control control, boolean visible) {
        ((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !visible;
        control.setVisible(visible);
    }

    private void validate() {
        if (preparation == null && problem == null) {
            setPageComplete(false);
            return;
        }
        String error = problem != null ? problem : versionProblem(version.getText().strip());
        setErrorMessage(error);
        if (error == null && preparation != null && !preparation.inRepository()) {
            setMessage("The project is not in a Git repository: the release creates one in " + wizard.project()
                    + " and commits all its files.", INFORMATION);
        } else {
            setMessage(null);
        }
        setPageComplete(error == null);
    }

    private String versionProblem(String text) {
        if (text.isEmpty()) {
            return "Give the version to release, X.Y.Z"
                    + (preparation.hasRelease() ? ", greater than " + preparation.lastVersion() + "." : ".");
        }
        Optional<SemanticVersion> wanted = SemanticVersion.parse(text);
        if (wanted.isEmpty()) {
            return Release.BAD_VERSION + " '" + text + "' is not a semantic version; give X.Y.Z, e.g. "
                    + Optional.ofNullable(preparation.suggestion().nextVersion()).orElse("1.2.0") + ".";
        }
        if (preparation.hasRelease()
                && wanted.get().compareTo(SemanticVersion.parse(preparation.lastVersion()).orElseThrow()) <= 0) {
            return Release.NOT_GREATER + " version " + text + " is not greater than the last release, "
                    + preparation.lastVersion() + "; give a higher version"
                    + (preparation.suggestion().bump() == BumpSuggestion.Bump.NONE ? "." : ", e.g. "
                            + preparation.suggestion().nextVersion() + " as suggested.");
        }
        return null;
    }

    /** The version typed. */
    public String version() {
        return version.getText().strip();
    }

    String message() {
        String text = message.getText().strip();
        return text.isEmpty() ? null : text;
    }

    /** Types a version and a message, as a person would (for tests). */
    public void fill(String newVersion, String newMessage) {
        version.setText(newVersion);
        message.setText(newMessage == null ? "" : newMessage);
    }

    /** The suggestion as shown (for tests). */
    public String suggestedText() {
        return suggested.getText();
    }

    /** The reasons as shown (for tests). */
    public java.util.List<String> reasonsShown() {
        return java.util.List.of(reasons.getItems());
    }

    /** The uncommitted files as shown (for tests). */
    public java.util.List<String> uncommittedShown() {
        return java.util.List.of(uncommitted.getItems());
    }

    /** The changes as shown (for tests). */
    public String changesShown() {
        return changes.getText();
    }
}
