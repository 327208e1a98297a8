package org.guidepost.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.guidepost.ui.internal.BrowseButton;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;

/**
 * Export Pack: a guideline project becomes a signed {@code .gpack} for clinics. One page: the project, the pack
 * file, its version, the signing key, and whether to run the test cases first (on by default: a pack whose tests
 * fail is not written). The export runs as a job; the wizard closes at once.
 */
public final class ExportPackWizard extends Wizard {
    private final List<Path> projects;
    private final Path initial;
    private ExportPage page;
    private ExportPackJob job;

    public ExportPackWizard(List<Path> projects, Path initial) {
        this.projects = List.copyOf(projects);
        this.initial = initial;
        setWindowTitle("Export Rule Pack");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new ExportPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        job = new ExportPackJob(page.request());
        job.schedule();
        return true;
    }

    /** The export job started by Finish, or null. */
    public ExportPackJob job() {
        return job;
    }

    /** The page (for tests). */
    public ExportPage page() {
        return page;
    }

    /** The wizard's only page. */
    public final class ExportPage extends WizardPage {
        private Combo project;
        private Text out;
        private Text version;
        private Text key;
        private Button runTests;

        ExportPage() {
            super("export");
            setTitle("Export a guideline project as a rule pack");
            setDescription("Clinics' tools and the guidepost command line check posts against the pack.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite form = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
            new Label(form, SWT.NONE).setText("Project:");
            project = new Combo(form, SWT.READ_ONLY);
            project.setItems(projects.stream().map(p -> p.getFileName().toString()).toArray(String[]::new));
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(project);
            project.addListener(SWT.Selection, e -> projectChosen());

            new Label(form, SWT.NONE).setText("Pack file:");
            out = new Text(form, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(out);
            out.addModifyListener(e -> validate());
            BrowseButton.add(form, out, true);

            new Label(form, SWT.NONE).setText("Version:");
            version = new Text(form, SWT.BORDER);
            version.setMessage("the guideline's version");
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(version);
            version.addModifyListener(e -> validate());

            new Label(form, SWT.NONE).setText("Signing key:");
            key = new Text(form, SWT.BORDER);
            key.setMessage("guidepost.key from 'guidepost keygen' (empty: an unsigned pack)");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(key);
            key.addModifyListener(e -> validate());
            BrowseButton.add(form, key, false);

            new Label(form, SWT.NONE);
            runTests = new Button(form, SWT.CHECK);
            runTests.setText("Run the test cases first, and write no pack when one fails");
            runTests.setSelection(true);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(runTests);

            int index = initial == null ? 0 : Math.max(0, projects.indexOf(initial));
            if (!projects.isEmpty()) {
                project.select(index);
                projectChosen();
            }
            setControl(form);
            validate();
        }

        private void projectChosen() {
            Path chosen = chosenProject();
            if (chosen == null) {
                return;
            }
            try {
                Guideline guideline = GuidelineProjects.readGuideline(chosen.resolve(GuidelineProjects.GUIDELINE_FILE));
                version.setText(guideline.version());
                out.setText(chosen.toAbsolutePath().getParent().resolve(guideline.id() + "-" + guideline.version() + ".gpack")
                        .toString());
            } catch (GuidelineFormatException e) {
                setErrorMessage(e.getMessage());
            }
        }

        private Path chosenProject() {
            int index = project.getSelectionIndex();
            return index < 0 ? null : projects.get(index);
        }

        private void validate() {
            List<String> problems = new ArrayList<>();
            if (chosenProject() == null) {
                problems.add("Choose a guideline project.");
            }
            String file = out.getText().strip();
            if (file.isEmpty() || !file.endsWith(".gpack")) {
                problems.add("Name the pack file, ending in .gpack.");
            } else if (Files.isDirectory(Path.of(file))) {
                problems.add(file + " is a folder; name a file in it.");
            }
            if (!version.getText().isBlank() && !version.getText().strip().matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?")) {
                problems.add("The version is semantic: MAJOR.MINOR.PATCH, e.g. 1.2.0.");
            }
            String keyFile = key.getText().strip();
            if (!keyFile.isEmpty() && !Files.isRegularFile(Path.of(keyFile))) {
                problems.add("No key file " + keyFile + "; make one with 'guidepost keygen --out DIR'.");
            }
            setErrorMessage(problems.isEmpty() ? null : problems.get(0));
            setMessage(keyFile.isEmpty() && problems.isEmpty()
                    ? "Without a signing key the pack is unsigned: clinics must accept it with --allow-unsigned." : null,
                    WARNING);
            setPageComplete(problems.isEmpty());
        }

        ExportPackJob.Request request() {
            String keyFile = key.getText().strip();
            return new ExportPackJob.Request(chosenProject(), Path.of(out.getText().strip()), version.getText().strip(),
                    keyFile.isEmpty() ? null : Path.of(keyFile), runTests.getSelection());
        }

        /** Fills the page as a user would (for tests). */
        public void fill(Path projectDir, Path packFile, String packVersion, Path signingKey, boolean runTestsFirst) {
            project.select(projects.indexOf(projectDir));
            projectChosen();
            out.setText(packFile.toString());
            version.setText(packVersion);
            key.setText(signingKey == null ? "" : signingKey.toString());
            runTests.setSelection(runTestsFirst);
            validate();
        }
    }
}
