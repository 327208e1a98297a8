package org.guidepost.ui.history;

import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.guidepost.history.ProjectHistory;

/** Compares two versions of a guideline project as a semantic diff (read-only; opened from the History view). */
public final class SemanticDiffEditor extends EditorPart {
    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "org.guidepost.ui.editors.semanticDiff";

    private SemanticDiffViewer viewer;

    /** Two versions of a project: {@code from} null is before the first release. */
    public record Input(Path project, String from, String to) implements IEditorInput {
        @Override
        public boolean exists() {
            return false;
        }

        @Override
        public ImageDescriptor getImageDescriptor() {
            return ImageDescriptor.getMissingImageDescriptor();
        }

        @Override
        public String getName() {
            return project.getFileName() + " " + short_(from) + " ↔ " + short_(to);
        }

        private static String short_(String revision) {
            return revision == null ? "(none)" : ProjectHistory.isWorkingTree(revision) ? "working tree"
                    : revision.replaceFirst("^.*-v(?=\\d)", "");
        }

        @Override
        public IPersistableElement getPersistable() {
            return null;
        }

        @Override
        public String getToolTipText() {
            return "Changes to " + project + " from " + (from == null ? "nothing" : from) + " to " + to;
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return null;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Input i && i.project.equals(project) && Objects.equals(i.from, from) && i.to.equals(to);
        }

        @Override
        public int hashCode() {
            return Objects.hash(project, from, to);
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof Input)) {
            throw new PartInitException("The compare editor opens two versions of a guideline project, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        viewer = new SemanticDiffViewer(parent);
        Input input = (Input) getEditorInput();
        viewer.setProjectName(input.project().getFileName().toString());
        viewer.show(null, "Comparing…");
        new DiffJob(input.project(), input.from(), input.to(), Display.getCurrent(), viewer::show).schedule();
    }

    /** The viewer (for tests). */
    public SemanticDiffViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.tree().getControl().setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // read-only
    }

    @Override
    public void doSaveAs() {
        // read-only
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
