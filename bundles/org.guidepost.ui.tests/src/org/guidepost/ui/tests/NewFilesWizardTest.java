package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.guidepost.testing.TestRun;
import org.guidepost.testing.TestRunner;
import org.guidepost.ui.explorer.ExplorerNode.ProjectNode;
import org.guidepost.ui.explorer.GuidelineExplorerView;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.internal.Screenshots;
import org.guidepost.ui.wizards.FieldsWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New Guideline Project, New Rule File and New Lexicon from the explorer: checked names, files that compile. */
class NewFilesWizardTest {
    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private String rulesProperty;
    @TempDir
    Path rules;

    @BeforeEach
    void useEmptyRules() {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        page = window.getActivePage();
        window.getShell().setBounds(0, 0, 1600, 1000);
        rulesProperty = System.getProperty(RulesLocation.PROPERTY);
        GuidepostProjects.useRules(rules);
    }

    @AfterEach
    void restore() {
        page.closeAllEditors(false);
        GuidepostProjects.useRules(Path.of(rulesProperty));
    }

    @Test
    void aNewProjectThenARuleFileAndALexiconAllCompileAndPass() throws Exception {
        GuidelineExplorerView explorer = (GuidelineExplorerView) page.showView(GuidelineExplorerView.ID);
        explorer.refresh();

        FieldsWizard project = explorer.openNewProjectWizard(false);
        project.set("id", "Bad Name");
        assertTrue(project.problem().contains("lower-case"), project.problem());
        project.set("id", "college-code");
        project.set("title", "Social Media Standard of the College");
        project.set("clause", "CLM-1");
        assertNull(project.problem());
        UiWaits.settle();
        Screenshots.save(explorer.lastWizardDialog().getShell(), UiWaits.screenshot("new-project-wizard"));
        assertTrue(project.performFinish());
        explorer.lastWizardDialog().close();

        Path made = rules.resolve("college-code");
        TestRun run = TestRunner.run(made);
        assertTrue(run.succeeded(), run.results().toString());
        @SuppressWarnings("unchecked")
        List<ProjectNode> listed = (List<ProjectNode>) explorer.viewer().getInput();
        ProjectNode node = listed.stream().filter(p -> p.directory().getFileName().toString().equals("college-code"))
                .findFirst().orElseThrow(() -> new AssertionError("the explorer lists the new project: " + listed));
        explorer.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(node));

        FieldsWizard lexicon = explorer.openNewLexiconWizard(false);
        lexicon.set("name", "clm-cures");
        lexicon.set("phrase", "cure");
        assertTrue(lexicon.performFinish(), lexicon.problem());
        explorer.lastWizardDialog().close();
        explorer.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                ((List<?>) explorer.viewer().getInput()).stream().filter(p -> ((ProjectNode) p).directory().equals(made)).findFirst().orElseThrow()));

        FieldsWizard rule = explorer.openNewRuleFileWizard(false);
        rule.set("name", "clm");
        assertTrue(rule.problem().contains("already exists"), rule.problem());
        rule.set("name", "clm-cures");
        rule.set("lexicon", "clm-cures");
        assertNull(rule.problem());
        assertTrue(rule.performFinish(), rule.problem());
        explorer.lastWizardDialog().close();

        assertTrue(Files.exists(made.resolve("rules/clm-cures.drl")));
        assertEquals("clm-cures.drl", page.getActiveEditor().getTitle());
        TestRun again = TestRunner.run(made);
        assertTrue(again.compiled(), again.diagnostics().toString());
        assertFalse(again.diagnostics().stream().anyMatch(d -> d.severity() == org.guidepost.model.Severity.ERROR));
    }

    @Test
    void theExplorerFlagsAClauseWithoutRuleOrCases() throws Exception {
        Path made = org.guidepost.model.GuidelineScaffold.createProject(rules, "college-code", "College code", null, "CLM-1");
        Path guideline = made.resolve("guideline.yaml");
        Files.writeString(guideline, Files.readString(guideline)
                + "  - id: CLM-2\n    title: Cures\n    severity: warning\n    text: Do not claim to cure.\n");
        GuidelineExplorerView explorer = (GuidelineExplorerView) page.showView(GuidelineExplorerView.ID);
        explorer.refresh();
        UiWaits.until(() -> explorer.clauseGapsJob().getResult() != null, 60, "the clause gaps");
        UiWaits.settle();

        org.eclipse.swt.widgets.TreeItem project = explorer.viewer().getTree().getItem(0);
        org.eclipse.swt.widgets.TreeItem clauses = project.getItem(0);
        List<String> labels = java.util.Arrays.stream(clauses.getItems()).map(org.eclipse.swt.widgets.TreeItem::getText).toList();
        assertEquals("CLM-1  Guarantees  error", labels.get(0));
        assertEquals("CLM-2  Cures  warning  no rule, no test case, no near miss", labels.get(1));
        Screenshots.save(window.getShell(), UiWaits.screenshot("explorer-clause-gaps"));
    }
}
