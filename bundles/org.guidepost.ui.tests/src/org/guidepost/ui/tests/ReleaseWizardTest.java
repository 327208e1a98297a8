package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.guidepost.history.Impact;
import org.guidepost.history.ProjectHistory;
import org.guidepost.history.Release;
import org.guidepost.pack.Pack;
import org.guidepost.pack.PackKeys;
import org.guidepost.pack.PackReader;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.internal.Screenshots;
import org.guidepost.ui.release.ReleaseWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Release: the wizard suggests the version from the changes since the last release, checks the impact on a corpus,
 * releases (tag and signed pack) in a job; uncommitted changes and failing releases are shown on the page.
 */
class ReleaseWizardTest {
    private IWorkbenchWindow window;
    private WizardDialog dialog;

    @TempDir
    Path temp;

    @BeforeEach
    void openWindow() {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        window.getShell().setBounds(0, 0, 1600, 1000);
    }

    @AfterEach
    void closeDialog() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
    }

    @Test
    void theWizardSuggestsChecksTheImpactAndReleases() throws Exception {
        Path project = releasedProject();
        // a new clause with its rule: a minor change that raises a finding on posts about zebras
        Path guideline = project.resolve("guideline.yaml");
        Files.writeString(guideline, Files.readString(guideline) + """
                  - id: ZOO-1
                    title: Zebras in posts
                    severity: warning
                    text: >-
                      Do not post about zebras.
                    source: Workbench tests
                    remediation: Leave the zebras out.
                """);
        Files.writeString(project.resolve("rules/zoo.drl"), """
                package rules.model_social_media.zoo

                import org.guidepost.model.*
                import org.guidepost.engine.*

                global org.guidepost.engine.Findings findings

                dialect "mvel"

                rule "ZOO-1 a post about zebras"
                    @clause("ZOO-1")
                when
                    $c : Communication( text != null, text.contains("zebra") )
                then
                    findings.add("The post is about zebras.", "/text");
                end
                """);
        try (ProjectHistory history = ProjectHistory.open(project)) {
            assertNotNull(history.commitProject("ZOO-1: no zebras"));
        }
        Path corpus = temp.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n",
                "{\"id\": \"c-1\", \"channel\": \"instagram\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"}, "
                        + "\"text\": \"Our new stretching class starts on Monday.\"}",
                "{\"communication\": {\"id\": \"c-2\", \"channel\": \"facebook\", \"kind\": \"post\", \"account\": "
                        + "{\"type\": \"clinic\"}, \"text\": \"Look at this zebra we met at the park!\"}}",
                "{\"id\": \"c-3\", \"channel\": \"facebook\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"}, "
                        + "\"text\": \"We are closed on the holiday.\"}") + "\n");
        PackKeys.generate(temp.resolve("keys"));

        ReleaseWizard wizard = open(project);
        assertEquals("minor → 1.1.0", wizard.versionPage().suggestedText());
        assertTrue(wizard.versionPage().reasonsShown().contains("minor: clause ZOO-1 (Zebras in posts) added"),
                wizard.versionPage().reasonsShown().toString());
        assertEquals("1.1.0", wizard.versionPage().version());
        assertTrue(wizard.versionPage().changesShown().contains("ZOO-1"), wizard.versionPage().changesShown());
        assertTrue(wizard.canFinish(), wizard.versionPage().getErrorMessage());
        Screenshots.save(dialog.getShell(), UiWaits.screenshot("release-wizard-version"));

        // a version not above the last release is refused on the page, with its code
        wizard.versionPage().fill("1.0.0", "No zebras.");
        assertTrue(wizard.versionPage().getErrorMessage().startsWith("GP-REL-3 "), wizard.versionPage().getErrorMessage());
        assertFalse(wizard.canFinish());
        wizard.versionPage().fill("1.1.0", "No zebras: clause ZOO-1.");
        assertTrue(wizard.canFinish());

        dialog.showPage(wizard.impactPage());
        // a corpus line that is not a communication: GP-CORPUS-1 with file:line:column on the page
        Path bad = temp.resolve("bad.jsonl");
        Files.writeString(bad, Files.readString(corpus).lines().findFirst().orElseThrow() + "\n{\"id\": \"c-9\",\n");
        wizard.impactPage().setCorpus(bad);
        wizard.impactPage().check();
        UiWaits.until(() -> wizard.impactPage().getErrorMessage() != null || wizard.impactPage().impact() != null, 180,
                "the bad corpus to be refused");
        String corpusError = wizard.impactPage().getErrorMessage();
        assertNotNull(corpusError);
        assertTrue(corpusError.startsWith("GP-CORPUS-1 " + bad + ":2:"), corpusError);
        assertTrue(wizard.impactPage().countsShown().contains(corpusError), wizard.impactPage().countsShown());
        UiWaits.until(() -> !wizard.impactPage().isChecking(), 30, "the check to end");
        Screenshots.save(dialog.getShell(), UiWaits.screenshot("release-wizard-bad-corpus"));

        wizard.impactPage().setCorpus(corpus);
        wizard.impactPage().check();
        UiWaits.until(() -> wizard.impactPage().impact() != null || wizard.impactPage().getErrorMessage() != null, 180,
                "the impact check");
        Impact impact = wizard.impactPage().impact();
        assertNotNull(impact, wizard.impactPage().getErrorMessage());
        assertEquals(3, impact.checked());
        assertEquals(1, impact.changed().size());
        assertEquals("c-2", impact.changed().get(0).id());
        assertEquals(1, wizard.impactPage().table().getItemCount());
        assertTrue(wizard.impactPage().table().getItem(0).getText(3).contains("ZOO-1 new (warning)"),
                wizard.impactPage().table().getItem(0).getText(3));
        assertTrue(wizard.impactPage().countsShown().contains("Checked 3 communications"), wizard.impactPage().countsShown());
        assertEquals(corpus.toString(), wizard.getDialogSettings().get("corpus"), "the corpus is remembered");
        Screenshots.save(dialog.getShell(), UiWaits.screenshot("release-wizard-impact"));

        dialog.showPage(wizard.exportPage());
        assertEquals(temp.resolve("model-social-media-1.1.0.gpack").toString(), wizard.exportPage().packShown());
        wizard.exportPage().fill(temp.resolve("packs/msm-1.1.0.gpack"), temp.resolve("keys/guidepost.key"));
        assertTrue(wizard.canFinish(), wizard.exportPage().getErrorMessage());
        Screenshots.save(dialog.getShell(), UiWaits.screenshot("release-wizard-export"));

        Shell shell = dialog.getShell();
        assertFalse(wizard.performFinish(), "Finish runs a job and closes the wizard when it is done");
        assertTrue(wizard.isReleasing());
        assertFalse(wizard.canFinish(), "no second Finish while releasing");
        UiWaits.until(() -> shell.isDisposed() || wizard.refusal() != null, 300, "the release");
        assertEquals(null, wizard.refusal());
        assertTrue(shell.isDisposed());
        Release.Result result = wizard.result();
        assertEquals("model-social-media-v1.1.0", result.tag());
        assertNotNull(wizard.resultDialog());
        String keyId = PackKeys.keyId(PackKeys.readPublic(temp.resolve("keys/guidepost.pub")));
        assertTrue(wizard.resultText().contains("signed by key " + keyId), wizard.resultText());
        Screenshots.save(wizard.resultDialog().getShell(), UiWaits.screenshot("release-wizard-released"));
        wizard.resultDialog().close();

        try (ProjectHistory history = ProjectHistory.open(project)) {
            List<String> versions = history.versions().stream().map(ProjectHistory.ReleaseVersion::version).toList();
            assertEquals(List.of("1.0.0", "1.1.0"), versions);
            assertTrue(history.uncommittedChanges().isEmpty(), history.uncommittedChanges().toString());
        }
        assertTrue(Files.readString(guideline).contains("\nversion: 1.1.0\n"));
        Pack pack = new PackReader().read(temp.resolve("packs/msm-1.1.0.gpack"));
        assertEquals("1.1.0", pack.version());
        pack.verify(PackKeys.trusted(temp.resolve("keys/guidepost.pub")));
    }

    @Test
    void uncommittedChangesAreShownBeforeFinish() throws Exception {
        Path project = releasedProject();
        Path rules = project.resolve("rules/prv.drl");
        Files.writeString(rules, Files.readString(rules) + "\n// not committed\n");

        ReleaseWizard wizard = open(project);
        String error = wizard.versionPage().getErrorMessage();
        assertNotNull(error);
        assertTrue(error.startsWith("GP-REL-2 1 uncommitted change"), error);
        assertEquals(List.of("rules/prv.drl"), wizard.versionPage().uncommittedShown());
        assertFalse(wizard.canFinish());
        Screenshots.save(dialog.getShell(), UiWaits.screenshot("release-wizard-uncommitted"));
    }

    @Test
    void aRefusedReleaseIsShownOnThePageAndTheWizardStaysOpen() throws Exception {
        // without its test cases the fixture cannot be released: Release refuses it (GP-REL-1) when Finish is pressed
        Path project = GuidepostProjects.copyFixture("clinic", temp);
        Files.delete(project.resolve("tests/privacy.yaml"));
        Files.delete(project.resolve("tests"));
        ReleaseWizard wizard = open(project);
        assertEquals("1.0.0", wizard.versionPage().version());
        assertTrue(wizard.versionPage().getMessage().contains("not in a Git repository"), wizard.versionPage().getMessage());
        Screenshots.save(dialog.getShell(), UiWaits.screenshot("release-wizard-first"));
        wizard.exportPage().fill(null, null);
        assertFalse(wizard.performFinish());
        UiWaits.until(() -> wizard.refusal() != null || dialog.getShell().isDisposed(), 180, "the refusal");
        UiWaits.until(() -> !wizard.isReleasing(), 30, "the wizard to take the refusal");
        assertFalse(dialog.getShell().isDisposed(), "the wizard stays open");
        String shown = wizard.versionPage().getErrorMessage();
        assertNotNull(shown);
        assertTrue(shown.startsWith("GP-REL-1 ") && shown.contains("no test cases"), shown);
        assertEquals(shown, wizard.versionPage().refusalShown(), "the refusal in full on the page");
        assertTrue(wizard.canFinish(), "Finish can be pressed again once the problem is fixed");
        assertEquals(wizard.versionPage(), dialog.getCurrentPage());
        assertFalse(ProjectHistory.inRepository(project), "nothing was committed");
        Screenshots.save(dialog.getShell(), UiWaits.screenshot("release-wizard-refused"));
    }

    /** A copy of the shipped model-social-media project with release 1.0.0 (Release creates its Git repository). */
    private Path releasedProject() throws Exception {
        Path project = GuidepostProjects.copyProject(
                Path.of(System.getProperty(RulesLocation.PROPERTY), "model-social-media").toAbsolutePath().normalize(), temp);
        Release.Result first = Release.perform(project, new Release.Request("1.0.0", "First release", null, null));
        assertTrue(first.initialised());
        return project;
    }

    /** Opens the wizard without blocking and waits until it has read the history. */
    private ReleaseWizard open(Path project) {
        ReleaseWizard wizard = new ReleaseWizard(project);
        dialog = new WizardDialog(window.getShell(), wizard);
        dialog.create();
        dialog.getShell().setSize(900, 720);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiWaits.until(wizard::isPrepared, 120, "the wizard to read the history");
        UiWaits.settle();
        return wizard;
    }
}
