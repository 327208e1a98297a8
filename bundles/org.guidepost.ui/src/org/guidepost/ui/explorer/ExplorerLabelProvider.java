package org.guidepost.ui.explorer;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.ui.explorer.ExplorerNode.ClauseNode;
import org.guidepost.ui.explorer.ExplorerNode.FileNode;
import org.guidepost.ui.explorer.ExplorerNode.GroupNode;
import org.guidepost.ui.explorer.ExplorerNode.ProjectNode;

/** Labels in the words of the domain, with the id, version, severity or count as a grey qualifier. */
final class ExplorerLabelProvider extends LabelProvider implements IStyledLabelProvider {
    /** The platform's project icon; IDE.SharedImages only has it in the IDE's own application. */
    private static final ImageDescriptor PROJECT = ImageDescriptor.createFromURLSupplier(true, () -> {
        try {
            return new URL("platform:/plugin/org.eclipse.ui.ide/icons/full/obj16/prj_obj.png");
        } catch (MalformedURLException e) {
            return null;
        }
    });

    private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    /** The gaps of each project's own clauses, by project folder, filled in the background by the view. */
    private final java.util.Map<java.nio.file.Path, java.util.Map<String, List<String>>> gaps =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Records the gaps of a project's clauses (from any thread); the view refreshes the labels. */
    void gaps(java.nio.file.Path project, java.util.Map<String, List<String>> clauseGaps) {
        gaps.put(project, clauseGaps);
    }

    @Override
    public String getText(Object element) {
        return getStyledText(element).getString();
    }

    @Override
    public StyledString getStyledText(Object element) {
        if (!(element instanceof ExplorerNode node)) {
            return new StyledString(String.valueOf(element));
        }
        StyledString text = new StyledString(node.label());
        if (node instanceof ProjectNode project) {
            if (project.project() != null) {
                text.append("  " + project.project().guideline().version(), StyledString.QUALIFIER_STYLER);
            } else {
                GuidelineFormatException problem = project.problem();
                text.append("  cannot be read: " + problem.file().getFileName() + ":" + problem.line() + ":"
                        + problem.column() + ": " + problem.code() + " " + problem.problem(),
                        StyledString.DECORATIONS_STYLER);
            }
        } else if (node instanceof GroupNode group) {
            text.append(" (" + group.children().size() + ")", StyledString.COUNTER_STYLER);
        } else if (node instanceof ClauseNode clause) {
            text.append("  " + clause.clause().severity().word(), StyledString.QUALIFIER_STYLER);
            List<String> gaps = gaps(clause);
            if (!gaps.isEmpty()) {
                text.append("  " + String.join(", ", gaps), StyledString.DECORATIONS_STYLER);
            }
        }
        return text;
    }

    @Override
    public Image getImage(Object element) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        if (element instanceof ProjectNode project) {
            return project.project() != null ? resources.create(PROJECT)
                    : images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        }
        if (element instanceof GroupNode) {
            return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        if (element instanceof ClauseNode clause) {
            return gaps(clause).isEmpty() ? images.getImage(ISharedImages.IMG_OBJ_ELEMENT)
                    : images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        }
        if (element instanceof FileNode) {
            return images.getImage(ISharedImages.IMG_OBJ_FILE);
        }
        return null;
    }

    private List<String> gaps(ClauseNode clause) {
        return gaps.getOrDefault(clause.parent().directory(), java.util.Map.of()).getOrDefault(clause.clause().id(), List.of());
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
