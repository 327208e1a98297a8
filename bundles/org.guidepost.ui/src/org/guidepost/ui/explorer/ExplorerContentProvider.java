package org.guidepost.ui.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.ui.explorer.ExplorerNode.FileNode;
import org.guidepost.ui.explorer.ExplorerNode.GroupNode;
import org.guidepost.ui.explorer.ExplorerNode.ProjectNode;

/** The explorer's tree: its input is the list of {@link ProjectNode}s that {@link #load} read. */
final class ExplorerContentProvider implements ITreeContentProvider {

    /** Reads the guideline projects under {@code root} through the model; unreadable ones carry their problem. */
    static List<ProjectNode> load(Path root) throws IOException {
        List<ProjectNode> projects = new ArrayList<>();
        for (Path directory : GuidelineProjects.discover(root)) {
            projects.add(read(directory));
        }
        return projects;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> projects ? projects.toArray() : new Object[0];
    }

    private static ProjectNode read(Path directory) {
        try {
            return new ProjectNode(directory, GuidelineProjects.open(directory), null);
        } catch (GuidelineFormatException e) {
            return new ProjectNode(directory, null, e);
        }
    }

    @Override
    public Object[] getChildren(Object element) {
        if (element instanceof ProjectNode project) {
            return project.groups().toArray();
        }
        if (element instanceof GroupNode group) {
            return group.children().toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof GroupNode group) {
            return group.parent();
        }
        if (element instanceof FileNode file) {
            return file.parent();
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof ProjectNode project && project.project() != null
                || element instanceof GroupNode group && !group.children().isEmpty();
    }
}
