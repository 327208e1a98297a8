package org.guidepost.ui.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.ui.explorer.ExplorerNode.ClauseNode;
import org.guidepost.ui.explorer.ExplorerNode.FileNode;
import org.guidepost.ui.explorer.ExplorerNode.GroupNode;
import org.guidepost.ui.explorer.ExplorerNode.ProjectNode;
import org.guidepost.ui.workspace.GuidelineWorkspace;
import org.guidepost.ui.workspace.OpenInEditor;

/**
 * The Guideline Explorer: the guideline projects under the rules folder with their clauses, rule files,
 * lexicons and test cases. Double-click opens a file, or the guideline at a clause.
 */
public final class GuidelineExplorerView extends ViewPart {
    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.guidepost.ui.views.explorer";

    private TreeViewer viewer;
    private ExplorerActions actions;
    private ExplorerLabelProvider labels;
    private org.eclipse.core.runtime.jobs.Job gapsJob;
    private Path root;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ExplorerContentProvider());
        labels = new ExplorerLabelProvider();
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(labels));
        viewer.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element instanceof FileNode || element instanceof ClauseNode) {
                open((ExplorerNode) element);
            } else if (element != null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });
        getSite().setSelectionProvider(viewer);
        actions = new ExplorerActions(this);
        org.eclipse.jface.action.MenuManager menu = actions.menu();
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));

        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                // files changed outside Guidepost (git, the command line): link, read and compile again
                GuidelineWorkspace.synchronize(RulesLocation.get());
                refresh();
            }
        };
        refresh.setToolTipText("Read the guideline projects again from disk");
        refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        getViewSite().getActionBars().getToolBarManager().add(refresh);

        Action export = new Action("Export Rule Pack…") {
            @Override
            public void run() {
                openExportWizard();
            }
        };
        export.setToolTipText("Export the selected guideline project as a signed rule pack for clinics");
        export.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        getViewSite().getActionBars().getToolBarManager().add(export);

        Action open = new Action("Open Rules Folder…") {
            @Override
            public void run() {
                org.eclipse.swt.widgets.DirectoryDialog dialog = new org.eclipse.swt.widgets.DirectoryDialog(
                        getSite().getShell());
                dialog.setText("Open Rules Folder");
                dialog.setMessage("Choose the folder that holds your guideline projects");
                dialog.setFilterPath(root == null ? null : root.toString());
                String chosen = dialog.open();
                if (chosen != null) {
                    openRulesFolder(Path.of(chosen));
                }
            }
        };
        open.setToolTipText("Work on the guideline projects of another folder (for this session; GUIDEPOST_RULES or "
                + "-rules opens one at start)");
        open.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
        getViewSite().getActionBars().getToolBarManager().add(open);
        refresh();
    }

    /**
     * Works on the guideline projects of {@code folder}: the explorer lists them, they are linked and compiled, and
     * the views that choose a project list them too. Returns why not (not a folder), or null.
     */
    public String openRulesFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            String problem = folder + " is not a folder; choose the folder that holds your guideline projects.";
            setContentDescription(problem);
            return problem;
        }
        RulesLocation.choose(folder);
        GuidelineWorkspace.synchronize(RulesLocation.get());
        refresh();
        return null;
    }

    /**
     * Opens the Export Rule Pack wizard on the selected project (the first one when none is selected); returns the
     * wizard dialog, already open (blocking unless {@code block} is false, for tests).
     */
    public org.eclipse.jface.wizard.WizardDialog openExportWizard(boolean block) {
        @SuppressWarnings("unchecked")
        List<ProjectNode> projects = viewer.getInput() instanceof List<?> list ? (List<ProjectNode>) list : List.of();
        Object selected = viewer.getStructuredSelection().getFirstElement();
        Path initial = null;
        if (selected instanceof ExplorerNode node) {
            initial = projects.stream().filter(p -> node == p || isIn(node, p)).map(ProjectNode::directory).findFirst()
                    .orElse(null);
        }
        org.guidepost.ui.export.ExportPackWizard wizard = new org.guidepost.ui.export.ExportPackWizard(
                projects.stream().map(ProjectNode::directory).toList(), initial);
        org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(getSite().getShell(), wizard);
        dialog.setBlockOnOpen(block);
        dialog.open();
        return dialog;
    }

    private void openExportWizard() {
        openExportWizard(true);
    }

    private static boolean isIn(ExplorerNode node, ProjectNode project) {
        return node instanceof FileNode f && f.parent() == project || node instanceof ClauseNode c && c.parent() == project
                || node instanceof GroupNode g && g.parent() == project;
    }

    /** Reads the projects again from the rules folder, and links a new rules folder into the workspace. */
    public void refresh() {
        root = RulesLocation.get();
        GuidelineWorkspace.synchronizeIfChanged(root);
        if (!Files.isDirectory(root)) {
            viewer.setInput(List.of());
            setContentDescription("No folder " + root + ". Start Guidepost with -rules <folder>.");
            return;
        }
        try {
            List<ProjectNode> projects = ExplorerContentProvider.load(root);
            viewer.setInput(projects);
            viewer.expandToLevel(3); // projects, their groups and what the groups hold
            findClauseGaps(projects);
            setContentDescription(projects.isEmpty()
                    ? "No guideline projects in " + root + " (a project is a folder with "
                            + GuidelineProjects.GUIDELINE_FILE + ")."
                    : root.toString());
        } catch (IOException e) {
            viewer.setInput(List.of());
            setContentDescription("Cannot read " + root + ": " + e.getMessage());
        }
    }

    /**
     * "Clause first": flags clauses without a rule, a test case or a near miss. Reading every test file of a large
     * project takes a second on a cold start, so it runs in the background and the labels follow.
     */
    private void findClauseGaps(List<ProjectNode> projects) {
        if (gapsJob != null) {
            gapsJob.cancel();
        }
        org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
        gapsJob = org.eclipse.core.runtime.jobs.Job.create("Finding clauses without rules or test cases", monitor -> {
            for (ProjectNode project : projects) {
                if (monitor.isCanceled()) {
                    return org.eclipse.core.runtime.Status.CANCEL_STATUS;
                }
                if (project.project() != null) {
                    labels.gaps(project.directory(), org.guidepost.testing.ClauseGaps.of(project.directory()));
                }
            }
            display.asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh(true);
                }
            });
            return org.eclipse.core.runtime.Status.OK_STATUS;
        });
        gapsJob.setSystem(true);
        gapsJob.schedule();
    }

    /** The background search for clause gaps started by the last refresh (for tests), or null. */
    public org.eclipse.core.runtime.jobs.Job clauseGapsJob() {
        return gapsJob;
    }

    /** The element selected in the tree, or null. */
    public Object selectedElement() {
        return viewer.getStructuredSelection().getFirstElement();
    }

    /** The project of the selected element (the project itself, or what it belongs to), or null. */
    public ProjectNode selectedProject() {
        Object selected = selectedElement();
        if (selected instanceof ProjectNode project) {
            return project;
        }
        if (selected instanceof GroupNode group) {
            return group.parent();
        }
        if (selected instanceof FileNode file) {
            return file.parent();
        }
        return selected instanceof ClauseNode clause ? clause.parent() : null;
    }

    /** Opens New Guideline Project (for tests: {@code block} false returns at once). */
    public org.guidepost.ui.wizards.FieldsWizard openNewProjectWizard(boolean block) {
        return actions.newProject(block);
    }

    /** Opens New Rule File for the selected project. */
    public org.guidepost.ui.wizards.FieldsWizard openNewRuleFileWizard(boolean block) {
        return actions.newRuleFile(selectedProject(), block);
    }

    /** Opens New Lexicon for the selected project. */
    public org.guidepost.ui.wizards.FieldsWizard openNewLexiconWizard(boolean block) {
        return actions.newLexicon(selectedProject(), block);
    }

    /** Shows the selected project's history (the context menu's Show History); null without a project. */
    public org.guidepost.ui.history.HistoryView showHistoryOfSelection() {
        ProjectNode project = selectedProject();
        return project == null ? null : actions.showHistory(project);
    }

    /** The dialog of the last New wizard opened (for tests). */
    public org.eclipse.jface.wizard.WizardDialog lastWizardDialog() {
        return actions.lastDialog;
    }

    /** The folder the projects were read from. */
    public Path root() {
        return root;
    }

    /** The tree, for tests and for the workbench's selection service. */
    public TreeViewer viewer() {
        return viewer;
    }

    /**
     * Opens a file in its editor, or the guideline at a clause; returns the editor, or null when it could
     * not be opened (the user was told why).
     */
    public IEditorPart open(ExplorerNode node) {
        Path file;
        if (node instanceof FileNode f) {
            file = f.file();
        } else if (node instanceof ClauseNode c) {
            file = c.parent().directory().resolve(GuidelineProjects.GUIDELINE_FILE);
        } else if (node instanceof ProjectNode p) {
            file = p.directory().resolve(GuidelineProjects.GUIDELINE_FILE);
        } else {
            return null;
        }
        try {
            if (node instanceof ClauseNode clause) {
                return OpenInEditor.openClause(getSite().getPage(), file, clause.clause().id());
            }
            return OpenInEditor.open(getSite().getPage(), file);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open " + file.getFileName(),
                    "Guidepost could not open " + file + ":\n" + e.getMessage());
            return null;
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
