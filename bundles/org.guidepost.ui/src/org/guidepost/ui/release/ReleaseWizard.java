package org.guidepost.ui.release;

import java.nio.file.Path;
import java.security.KeyPair;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.guidepost.history.HistoryException;
import org.guidepost.history.Release;
import org.guidepost.testing.CaseResult;
import org.guidepost.testing.TestRunner;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackKeys;
import org.guidepost.pack.PackWriter;
import org.guidepost.ui.export.ExportPackJob;
import org.osgi.framework.FrameworkUtil;

/**
 * Release: tags a version of a guideline project, optionally with its rule pack. Three pages: the version (the
 * suggested bump and its reasons, the changes since the last release, the uncommitted changes that stop a release),
 * the impact of the changes on a corpus of posts (optional), and the pack to write. Everything slow (reading the
 * history, checking the corpus, running the test cases, committing and tagging) runs in jobs; a refusal
 * ({@code GP-REL-n}) is shown on the page and the wizard stays open.
 */
public final class ReleaseWizard extends Wizard {
    static final String SETTINGS = "ReleaseWizard";
    private static final String PLUGIN = "org.guidepost.ui";

    private final Path project;
    private VersionPage versionPage;
    private ImpactPage impactPage;
    private ExportPage exportPage;
    private volatile Preparation preparation;
    private volatile HistoryException preparationProblem;
    private Job prepareJob;
    private Job releaseJob;
    private volatile Release.Result result;
    private volatile String refusal;
    private volatile String signedBy;
    private MessageDialog resultDialog;
    private String resultText;

    /** A wizard to release the guideline project in folder {@code project}. */
    /** Opens the wizard on {@code project} and returns when it closes. */
    public static void open(Shell shell, Path project) {
        WizardDialog dialog = new WizardDialog(shell, new ReleaseWizard(project));
        dialog.setPageSize(760, 480);
        dialog.open();
    }

    public ReleaseWizard(Path project) {
        this.project = project.toAbsolutePath().normalize();
        setWindowTitle("Release " + this.project.getFileName());
        setNeedsProgressMonitor(false);
        IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ReleaseWizard.class))
                .getDialogSettings();
        IDialogSettings mine = all.getSection(SETTINGS);
        setDialogSettings(mine != null ? mine : all.addNewSection(SETTINGS));
    }

    @Override
    public void addPages() {
        versionPage = new VersionPage(this);
        impactPage = new ImpactPage(this);
        exportPage = new ExportPage(this);
        addPage(versionPage);
        addPage(impactPage);
        addPage(exportPage);
        prepare();
    }

    /** The project's folder. */
    public Path project() {
        return project;
    }

    /** Reads the history in the background; the pages fill in when it is done. */
    private void prepare() {
        Display display = Display.getCurrent();
        prepareJob = Job.create("Reading the history of " + project.getFileName(), monitor -> {
            try {
                preparation = Preparation.of(project);
            } catch (HistoryException e) {
                preparationProblem = e;
            } catch (RuntimeException e) {
                preparationProblem = new HistoryException(HistoryException.UNREADABLE, "cannot read the history of "
                        + project + " (" + e + ")", e);
            }
            display.asyncExec(this::prepared);
        });
        prepareJob.setSystem(true);
        prepareJob.schedule();
    }

    private void prepared() {
        if (getContainer() == null || getShell() == null || getShell().isDisposed()) {
            return;
        }
        versionPage.prepared(preparation, preparationProblem);
        impactPage.prepared(preparation);
        exportPage.prepared(preparation);
        getContainer().updateButtons();
    }

    /** The history as read in the background, or null until then (or when it could not be read). */
    public Preparation preparation() {
        return preparation;
    }

    /** Whether the history has been read (or failed to be). */
    public boolean isPrepared() {
        return preparation != null || preparationProblem != null;
    }

    /** The version chosen on the first page. */
    String version() {
        return versionPage.version();
    }

    void versionChanged() {
        if (exportPage != null) {
            exportPage.versionChanged();
        }
    }

    @Override
    public boolean canFinish() {
        return releaseJob == null && versionPage.isPageComplete() && exportPage.isPageComplete();
    }

    @Override
    public boolean performCancel() {
        impactPage.cancel();
        return releaseJob == null;
    }

    @Override
    public boolean performFinish() {
        if (!canFinish()) {
            return false;
        }
        String version = versionPage.version();
        String message = versionPage.message();
        Path packOut = exportPage.packFile();
        Path key = exportPage.signingKey();
        exportPage.remember();
        refusal = null;
        versionPage.refused(null);
        WizardPage current = (WizardPage) getContainer().getCurrentPage();
        current.setMessage("Releasing " + version + ": running the test cases, committing and tagging…",
                IMessageProvider.INFORMATION);
        Display display = Display.getCurrent();
        releaseJob = Job.create("Releasing " + project.getFileName() + " " + version, monitor -> {
            monitor.beginTask("Releasing " + version + ": running the test cases, committing and tagging",
                    IProgressMonitor.UNKNOWN);
            try {
                PackWriter packer = null;
                if (packOut != null) {
                    packer = new PackWriter().createdBy("guidepost workbench");
                    if (key != null) {
                        KeyPair keys = ExportPackJob.keyPair(key);
                        packer.signWith(keys);
                        signedBy = "signed by key " + PackKeys.keyId(keys.getPublic());
                    } else {
                        signedBy = "unsigned";
                    }
                }
                result = Release.perform(project, new Release.Request(version, message, packOut, packer),
                        new TestRunner.Progress() {
                            private int cases;
                            private int ran;

                            @Override
                            public void started(int count) {
                                cases = count;
                                monitor.beginTask("Releasing " + version + ": running " + count + " test cases", count);
                            }

                            @Override
                            public void ran(CaseResult caseResult) {
                                monitor.worked(1);
                                int done = ++ran;
                                if (done % 20 == 0 || done == cases) {
                                    display.asyncExec(() -> {
                                        if (getShell() != null && !getShell().isDisposed() && releaseJob != null) {
                                            current.setMessage("Releasing " + version + ": test case " + done + " of "
                                                    + cases + " passed so far…", IMessageProvider.INFORMATION);
                                        }
                                    });
                                }
                            }

                            @Override
                            public boolean isCancelled() {
                                return monitor.isCanceled();
                            }
                        });
                return Status.OK_STATUS;
            } catch (HistoryException e) {
                refusal = e.toString();
            } catch (PackException e) {
                refusal = Release.PACK_FAILED + " the signing key cannot be used, so nothing was released: " + e.code()
                        + " " + e.getMessage();
            } catch (RuntimeException e) {
                refusal = HistoryException.GIT + " the release of " + version + " failed (" + e + "); nothing was tagged";
            } finally {
                monitor.done();
            }
            return new Status(IStatus.INFO, PLUGIN, refusal);
        });
        releaseJob.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.asyncExec(ReleaseWizard.this::released);
            }
        });
        releaseJob.schedule();
        getContainer().updateButtons();
        return false;
    }

    private void released() {
        releaseJob = null;
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        WizardPage current = (WizardPage) getContainer().getCurrentPage();
        current.setMessage(null);
        if (result == null) {
            getContainer().showPage(versionPage);
            versionPage.refused(refusal);
            getContainer().updateButtons();
            return;
        }
        Shell parent = getShell().getParent() instanceof Shell s ? s : null;
        String text = "Released " + result.projectId() + " " + result.version() + ".\n\nTag: " + result.tag()
                + "\nCommit: " + result.commit()
                + "\nPack: " + (result.pack() == null ? "none" : result.pack() + " (" + signedBy + ")")
                + "\nTest cases passed: " + result.testCases()
                + (result.initialised() ? "\n\nA Git repository was created in " + project + " for the release." : "");
        resultText = text;
        ((WizardDialog) getContainer()).close();
        resultDialog = new MessageDialog(parent, "Released " + result.tag(), null, text, MessageDialog.INFORMATION, 0,
                "OK");
        resultDialog.setBlockOnOpen(false);
        resultDialog.open();
    }

    /** The release done, or null. */
    public Release.Result result() {
        return result;
    }

    /** The refusal of the last Finish ({@code GP-REL-n message}), or null. */
    public String refusal() {
        return refusal;
    }

    /** Whether a release is running. */
    public boolean isReleasing() {
        return releaseJob != null;
    }

    /** The dialog that says what was released (not blocking), or null. */
    public MessageDialog resultDialog() {
        return resultDialog;
    }

    /** What the result dialog says, or null. */
    public String resultText() {
        return resultText;
    }

    public VersionPage versionPage() {
        return versionPage;
    }

    public ImpactPage impactPage() {
        return impactPage;
    }

    public ExportPage exportPage() {
        return exportPage;
    }
}
