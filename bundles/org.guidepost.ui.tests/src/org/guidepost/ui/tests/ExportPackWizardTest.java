package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.guidepost.pack.Pack;
import org.guidepost.pack.PackKeys;
import org.guidepost.pack.PackReader;
import org.guidepost.ui.explorer.GuidelineExplorerView;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.export.ExportPackJob;
import org.guidepost.ui.export.ExportPackWizard;
import org.guidepost.ui.internal.Screenshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export Rule Pack: the wizard runs the tests, then writes a signed pack; failing tests write nothing. */
class ExportPackWizardTest {
    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @TempDir
    Path temp;

    @BeforeEach
    void openWindow() {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        page = window.getActivePage();
        window.getShell().setBounds(0, 0, 1600, 1000);
    }

    @Test
    void theWizardRunsTheTestsAndWritesASignedPack() throws Exception {
        PackKeys.generate(temp.resolve("keys"));
        Path shipped = Path.of(System.getProperty(RulesLocation.PROPERTY), "model-social-media").toAbsolutePath().normalize();
        GuidelineExplorerView explorer = (GuidelineExplorerView) page.showView(GuidelineExplorerView.ID);
        explorer.refresh();

        WizardDialog dialog = explorer.openExportWizard(false);
        ExportPackWizard wizard = (ExportPackWizard) dialog.getCurrentPage().getWizard();
        Path out = temp.resolve("out/msm.gpack");
        wizard.page().fill(shipped, out, "1.0.1", temp.resolve("keys/guidepost.key"), true);
        UiWaits.settle();
        assertTrue(wizard.page().isPageComplete(), wizard.page().getErrorMessage());
        Screenshots.save(dialog.getShell(), UiWaits.screenshot("export-pack-wizard"));
        assertTrue(wizard.performFinish());
        dialog.close();

        ExportPackJob job = wizard.job();
        UiWaits.until(() -> job.getResult() != null, 180, "the export job");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.outcome());
        Pack pack = new PackReader().read(out);
        assertEquals("1.0.1", pack.version());
        String keyId = pack.verify(PackKeys.trusted(temp.resolve("keys/guidepost.pub")));
        assertTrue(job.outcome().contains(keyId), job.outcome());
    }

    @Test
    void aFailingTestCaseMeansNoPack() throws Exception {
        Path project = GuidepostProjects.copyProject(Path.of(System.getProperty(RulesLocation.PROPERTY), "model-social-media"), temp);
        Path prv = project.resolve("tests/prv.yaml");
        Files.writeString(prv, Files.readString(prv).replaceFirst("includes: \\[PRV-5\\]", "includes: [PRV-4]"));
        Path out = temp.resolve("broken.gpack");

        ExportPackJob job = new ExportPackJob(new ExportPackJob.Request(project, out, null, null, true));
        job.schedule();
        UiWaits.until(() -> job.getResult() != null, 180, "the export job");

        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertTrue(job.outcome().startsWith("1 test case fails, so no pack was written"), job.outcome());
        assertFalse(Files.exists(out));
        // without running the tests first, the same project is exported (the user chose to)
        ExportPackJob anyway = new ExportPackJob(new ExportPackJob.Request(project, out, null, null, false));
        anyway.schedule();
        UiWaits.until(() -> anyway.getResult() != null, 180, "the second export job");
        assertEquals(IStatus.OK, anyway.getResult().getSeverity(), anyway.outcome());
        assertTrue(Files.exists(out));
    }
}
