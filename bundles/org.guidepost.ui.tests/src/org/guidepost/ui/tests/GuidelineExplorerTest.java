package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.guidepost.model.GuidelineProject;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.ui.guideline.GuidelineEditor;
import org.guidepost.ui.explorer.ExplorerNode.ClauseNode;
import org.guidepost.ui.explorer.ExplorerNode.FileNode;
import org.guidepost.ui.explorer.ExplorerNode.GroupNode;
import org.guidepost.ui.explorer.ExplorerNode.ProjectNode;
import org.guidepost.ui.explorer.GuidelineExplorerView;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.internal.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Guidepost workbench as staff meet it: the window, the Guideline Explorer on rules/, a rule file opened. */
class GuidelineExplorerTest {
    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private String rulesProperty;

    @BeforeEach
    void openWindow() {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        page = window.getActivePage();
        rulesProperty = System.getProperty(RulesLocation.PROPERTY);
        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1600, 1000);
    }

    @AfterEach
    void restore() {
        System.setProperty(RulesLocation.PROPERTY, rulesProperty);
        page.closeAllEditors(false);
    }

    @Test
    void theWindowIsGuidepostAndTheExplorerListsTheShippedProject() throws Exception {
        assertEquals("Guidepost", window.getShell().getText());
        GuidelineExplorerView explorer = (GuidelineExplorerView) page.showView(GuidelineExplorerView.ID);
        explorer.refresh();

        assertEquals(Path.of(rulesProperty).toAbsolutePath().normalize(), explorer.root());
        TreeItem[] projects = explorer.viewer().getTree().getItems();
        ProjectNode shipped = Arrays.stream(projects).map(TreeItem::getData).map(ProjectNode.class::cast)
                .filter(p -> p.directory().getFileName().toString().equals("model-social-media")).findFirst()
                .orElseThrow(() -> new AssertionError("model-social-media not listed: " + texts(projects)));
        TreeItem item = Arrays.stream(projects).filter(i -> i.getData() == shipped).findFirst().orElseThrow();
        GuidelineProject onDisk = GuidelineProjects.open(shipped.directory());
        assertTrue(item.getText().startsWith("Model Social Media Guideline for Physiotherapists"), texts(projects));
        assertTrue(item.getText().endsWith("  " + onDisk.guideline().version()), item.getText());
        assertNotNull(item.getImage(), "project icon");

        List<String> groups = Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("Clauses (" + onDisk.guideline().clauses().size() + ")",
                "Rules (" + onDisk.ruleFiles().size() + ")", "Lexicons (" + onDisk.lexiconFiles().size() + ")",
                "Tests (" + onDisk.testFiles().size() + ")"), groups);
        TreeItem clauses = item.getItems()[0];
        assertTrue(texts(clauses.getItems()).contains("PRV-5  Health information through social channels  error"),
                texts(clauses.getItems()));

        Path screenshot = Screenshots.save(window.getShell(), screenshot("guideline-explorer"));
        assertTrue(Files.size(screenshot) > 10_000, "screenshot " + screenshot + " looks empty");
    }

    @Test
    void aRuleFileOpensInATextEditor() throws Exception {
        GuidelineExplorerView explorer = (GuidelineExplorerView) page.showView(GuidelineExplorerView.ID);
        explorer.refresh();
        FileNode drl = (FileNode) child(shippedProject(explorer), "Rules").children().get(0);

        IEditorPart editor = explorer.open(drl);

        ITextEditor text = assertInstanceOf(ITextEditor.class, editor);
        assertEquals(drl.file().getFileName().toString(), editor.getTitle());
        IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
        assertEquals(Files.readString(drl.file()), document.get());
        assertTrue(document.get().contains("@clause(\""), document.get());
        Screenshots.save(window.getShell(), screenshot("drl-editor"));
    }

    @Test
    void aClauseOpensTheGuidelineAtItsId() throws Exception {
        GuidelineExplorerView explorer = (GuidelineExplorerView) page.showView(GuidelineExplorerView.ID);
        explorer.refresh();
        ClauseNode prv3 = (ClauseNode) child(shippedProject(explorer), "Clauses").children().stream()
                .filter(c -> ((ClauseNode) c).clause().id().equals("PRV-3")).findFirst().orElseThrow();

        GuidelineEditor editor = assertInstanceOf(GuidelineEditor.class, explorer.open(prv3));

        assertEquals("guideline.yaml", editor.getTitle());
        assertEquals("PRV-3", editor.clausesPage().idField().getText(), "the clause is selected in the form");
    }

    @Test
    void anotherRulesFolderIsOpenedAndTheViewsThatChooseAProjectFollow(@TempDir Path other) throws Exception {
        GuidepostProjects.copyFixture("clinic", other);
        GuidelineExplorerView explorer = (GuidelineExplorerView) page.showView(GuidelineExplorerView.ID);
        org.guidepost.ui.trypost.TryAPostView tryAPost = (org.guidepost.ui.trypost.TryAPostView) page.showView(
                org.guidepost.ui.trypost.TryAPostView.ID);
        try {
            assertTrue(explorer.openRulesFolder(other.resolve("nothing-here")).contains("is not a folder"));

            assertEquals(null, explorer.openRulesFolder(other));

            assertEquals(other.toAbsolutePath().normalize(), explorer.root());
            assertEquals(List.of("Clinic Privacy Guideline  1.0.0"),
                    Arrays.stream(explorer.viewer().getTree().getItems()).map(TreeItem::getText).toList());
            assertEquals(other.resolve("clinic").toAbsolutePath().normalize(), tryAPost.project(),
                    "Try a Post works on a project of the new folder");
            GuidepostProjects.waitForJobs();
            assertNotNull(org.guidepost.ui.workspace.GuidelineWorkspace.fileAt(other.resolve("clinic/guideline.yaml")),
                    "the new folder's projects are linked into the workspace");
            Screenshots.save(window.getShell(), screenshot("guideline-explorer-other-folder"));
        } finally {
            RulesLocation.choose(null);
            GuidepostProjects.useRules(Path.of(rulesProperty));
            explorer.refresh();
        }
    }

    @Test
    void aBrokenProjectIsListedWithItsProblemInsteadOfFailing(@TempDir Path rules) throws Exception {
        Files.createDirectories(rules.resolve("broken"));
        Files.writeString(rules.resolve("broken/guideline.yaml"), "id: broken\ntitle: Broken\nversion: 1.0.0\nclauses:\n  - id: X-1\n    title: T\n    severity: fatal\n");
        System.setProperty(RulesLocation.PROPERTY, rules.toString());
        GuidelineExplorerView explorer = (GuidelineExplorerView) page.showView(GuidelineExplorerView.ID);

        explorer.refresh();

        TreeItem[] items = explorer.viewer().getTree().getItems();
        assertEquals(1, items.length);
        assertTrue(items[0].getText().startsWith("broken  cannot be read: "), items[0].getText());
        assertTrue(items[0].getText().contains("guideline.yaml:7:") && items[0].getText().contains("GP-YAML-2"),
                items[0].getText());
        Screenshots.save(window.getShell(), screenshot("guideline-explorer-broken-project"));
    }

    private static Path screenshot(String name) {
        return Path.of(System.getProperty("guidepost.screenshots", "target/screenshots"), name + ".png");
    }

    private static ProjectNode shippedProject(GuidelineExplorerView explorer) {
        @SuppressWarnings("unchecked")
        List<ProjectNode> projects = (List<ProjectNode>) explorer.viewer().getInput();
        assertNotNull(projects);
        return projects.stream().filter(p -> p.directory().getFileName().toString().equals("model-social-media"))
                .findFirst().orElseThrow();
    }

    private static GroupNode child(ProjectNode project, String label) {
        return project.groups().stream().filter(g -> g.label().equals(label)).findFirst().orElseThrow();
    }

    private static String texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).collect(Collectors.joining(" | "));
    }

}
