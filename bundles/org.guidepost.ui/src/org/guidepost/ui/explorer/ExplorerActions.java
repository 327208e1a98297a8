package org.guidepost.ui.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PartInitException;
import org.guidepost.model.Clause;
import org.guidepost.model.GuidelineScaffold;
import org.guidepost.ui.explorer.ExplorerNode.ClauseNode;
import org.guidepost.ui.explorer.ExplorerNode.FileNode;
import org.guidepost.ui.explorer.ExplorerNode.GroupNode;
import org.guidepost.ui.explorer.ExplorerNode.ProjectNode;
import org.guidepost.ui.trypost.TryAPostView;
import org.guidepost.ui.wizards.FieldsWizard;
import org.guidepost.ui.wizards.FieldsWizard.Field;
import org.guidepost.ui.workspace.GuidelineWorkspace;
import org.guidepost.ui.workspace.OpenInEditor;

/**
 * The Guideline Explorer's context menu: new project, rule file, lexicon and test case; rename and delete a file
 * (with confirmation). Files are made by {@link GuidelineScaffold}; afterwards the explorer and the workspace are
 * refreshed and the new file opens.
 */
final class ExplorerActions {
    private final GuidelineExplorerView view;

    ExplorerActions(GuidelineExplorerView view) {
        this.view = view;
    }

    MenuManager menu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fill);
        return menu;
    }

    private void fill(IMenuManager menu) {
        ProjectNode project = view.selectedProject();
        menu.add(action("New Guideline Project…", () -> newProject(true)));
        if (project != null && project.project() != null) {
            menu.add(action("New Rule File…", () -> newRuleFile(project, true)));
            menu.add(action("New Lexicon…", () -> newLexicon(project, true)));
            menu.add(action("New Test Case in Try a Post", () -> newTestCase(project)));
            menu.add(new Separator());
            menu.add(action("Show History", () -> showHistory(project)));
            menu.add(action("Release…", () -> release(project)));
        }
        if (view.selectedElement() instanceof FileNode file && !file.file().getFileName().toString().equals("guideline.yaml")) {
            menu.add(new Separator());
            menu.add(action("Rename…", () -> rename(file)));
            menu.add(action("Delete", () -> delete(file)));
        }
    }

    /** Shows the project's releases and changes in the History view; returns the view (null if it cannot open). */
    org.guidepost.ui.history.HistoryView showHistory(ProjectNode project) {
        try {
            org.guidepost.ui.history.HistoryView history = (org.guidepost.ui.history.HistoryView) view.getSite().getPage()
                    .showView(org.guidepost.ui.history.HistoryView.ID);
            history.selectProject(project.directory());
            return history;
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(view.getSite().getShell(), "Cannot show the history",
                    "The History view could not open: " + e.getMessage());
            return null;
        }
    }

    /** Opens the Release wizard on the project (its History view shows the new version afterwards). */
    private void release(ProjectNode project) {
        org.guidepost.ui.history.HistoryView history = showHistory(project);
        org.guidepost.ui.release.ReleaseWizard.open(view.getSite().getShell(), project.directory());
        if (history != null) {
            history.refresh();
        }
    }

    private static Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Opens New Guideline Project; returns the wizard (for tests, with {@code block} false). */
    FieldsWizard newProject(boolean block) {
        Path root = view.root();
        FieldsWizard wizard = new FieldsWizard("New Guideline Project",
                "A guideline project with one clause, a rule, a lexicon and test cases that pass: change them to yours.",
                List.of(new Field("id", "Project id:", "", null, "e.g. college-social-media"),
                        new Field("title", "Title:", "", null, "e.g. Social Media Standard of the College"),
                        new Field("publisher", "Publisher:", "", null, "optional: the association or regulator"),
                        new Field("clause", "First clause id:", "CLM-1", null, null)),
                values -> {
                    String problem = GuidelineScaffold.problemWithName(values.get("id"));
                    if (problem == null && Files.exists(root.resolve(values.get("id")))) {
                        problem = "There is already a folder " + values.get("id") + " in " + root + ".";
                    }
                    if (problem == null && values.get("title").isEmpty()) {
                        problem = "Give the guideline a title.";
                    }
                    return problem != null ? problem : GuidelineScaffold.problemWithClauseId(values.get("clause"));
                },
                values -> {
                    Path made = GuidelineScaffold.createProject(root, values.get("id"), values.get("title"),
                            values.get("publisher"), values.get("clause"));
                    done(made.resolve("guideline.yaml"));
                    return null;
                });
        open(wizard, block);
        return wizard;
    }

    /** Opens New Rule File for {@code project}. */
    FieldsWizard newRuleFile(ProjectNode project, boolean block) {
        List<String> clauses = project.project().guideline().clauses().stream().map(Clause::id).toList();
        List<String> lexicons = new ArrayList<>(lexiconNames(project));
        FieldsWizard wizard = new FieldsWizard("New Rule File",
                "A rule file with one rule for a clause, matching a lexicon: write its conditions and message.",
                List.of(new Field("name", "File name:", "", null, "e.g. clm-guarantees (the file is rules/<name>.drl)"),
                        new Field("clause", "Clause:", clauses.isEmpty() ? "" : clauses.get(0), clauses, null),
                        new Field("lexicon", "Lexicon:", lexicons.isEmpty() ? "" : lexicons.get(0), lexicons,
                                "optional: a lexicon the rule matches")),
                values -> {
                    String problem = GuidelineScaffold.problemWithName(values.get("name"));
                    if (problem == null && Files.exists(project.directory().resolve("rules/" + values.get("name") + ".drl"))) {
                        problem = "rules/" + values.get("name") + ".drl already exists.";
                    }
                    if (problem == null && !clauses.contains(values.get("clause"))) {
                        problem = "Choose a clause of the guideline (" + String.join(", ", clauses) + ").";
                    }
                    return problem;
                },
                values -> {
                    done(GuidelineScaffold.newRuleFile(project.directory(), values.get("name"), values.get("clause"),
                            values.get("lexicon").isEmpty() ? null : values.get("lexicon")));
                    return null;
                });
        open(wizard, block);
        return wizard;
    }

    /** Opens New Lexicon for {@code project}. */
    FieldsWizard newLexicon(ProjectNode project, boolean block) {
        FieldsWizard wizard = new FieldsWizard("New Lexicon",
                "A named list of words and phrases that rules match in posts.",
                List.of(new Field("name", "Lexicon name:", "", null, "e.g. clm-cures (rules match it by this name)"),
                        new Field("phrase", "First phrase:", "", null, "e.g. cure")),
                values -> {
                    String problem = GuidelineScaffold.problemWithName(values.get("name"));
                    if (problem == null && lexiconNames(project).contains(values.get("name"))) {
                        problem = "The project already has a lexicon named " + values.get("name") + ".";
                    }
                    return problem != null ? problem : values.get("phrase").isEmpty() ? "Give the first word or phrase." : null;
                },
                values -> {
                    done(GuidelineScaffold.newLexicon(project.directory(), values.get("name"), values.get("phrase")));
                    return null;
                });
        open(wizard, block);
        return wizard;
    }

    private void newTestCase(ProjectNode project) {
        try {
            TryAPostView tryAPost = (TryAPostView) view.getSite().getPage().showView(TryAPostView.ID);
            tryAPost.selectProject(project.directory());
        } catch (PartInitException e) {
            MessageDialog.openError(view.getSite().getShell(), "Try a Post", e.getMessage());
        }
    }

    private void rename(FileNode file) {
        String name = file.file().getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.'));
        InputDialog dialog = new InputDialog(view.getSite().getShell(), "Rename " + name, "New name (without " + extension + "):",
                name.substring(0, name.length() - extension.length()), value -> {
                    String problem = GuidelineScaffold.problemWithName(value);
                    return problem != null ? problem : Files.exists(file.file().resolveSibling(value + extension))
                            ? value + extension + " already exists." : null;
                });
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            Path renamed = Files.move(file.file(), file.file().resolveSibling(dialog.getValue() + extension));
            done(renamed);
        } catch (IOException e) {
            MessageDialog.openError(view.getSite().getShell(), "Not renamed", "Cannot rename " + name + ": " + e.getMessage());
        }
    }

    private void delete(FileNode file) {
        Path relative = file.parent().directory().relativize(file.file());
        if (!MessageDialog.openConfirm(view.getSite().getShell(), "Delete " + relative,
                "Delete " + relative + " from " + file.parent().directory().getFileName() + "? This cannot be undone in Guidepost"
                        + " (use your version control to get it back).")) {
            return;
        }
        try {
            view.getSite().getPage().closeAllEditors(false); // an editor on a deleted file would only confuse
            Files.deleteIfExists(file.file());
            done(null);
        } catch (IOException e) {
            MessageDialog.openError(view.getSite().getShell(), "Not deleted", "Cannot delete " + relative + ": " + e.getMessage());
        }
    }

    private static List<String> lexiconNames(ProjectNode project) {
        return project.project().lexiconFiles().stream().map(p -> p.getFileName().toString().replaceFirst("\\.ya?ml$", ""))
                .sorted().toList();
    }

    private void open(FieldsWizard wizard, boolean block) {
        WizardDialog dialog = new WizardDialog(view.getSite().getShell(), wizard);
        dialog.setBlockOnOpen(block);
        dialog.open();
        lastDialog = dialog;
    }

    /** The last wizard dialog opened (for tests). */
    WizardDialog lastDialog;

    private void done(Path opened) {
        GuidelineWorkspace.synchronize(view.root());
        view.refresh();
        if (opened != null) {
            OpenInEditor.openAt(view.getSite().getPage(), opened, 0);
        }
    }

}
