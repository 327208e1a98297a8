package org.guidepost.ui.workspace;

import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * Compiles a guideline project again when one of its files is saved, added, removed or refreshed from disk, and
 * the projects that extend it. Runs in the thread that made the change (the UI thread for a save), so it only
 * collects the projects and schedules their jobs; changes of markers alone are ignored, so marker updates never
 * start a compile.
 */
final class RecompileOnChange implements IResourceChangeListener {
    private static final int FILE_CHANGES = IResourceDelta.CONTENT | IResourceDelta.REPLACED
            | IResourceDelta.MOVED_FROM | IResourceDelta.MOVED_TO;

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        IResourceDelta project = delta == null ? null
                : delta.findMember(GuidelineWorkspace.project().getFullPath());
        if (project == null) {
            return;
        }
        Set<IFolder> changed = new LinkedHashSet<>();
        try {
            project.accept(child -> {
                IResource resource = child.getResource();
                if (resource.getType() != IResource.FILE) {
                    return true;
                }
                boolean saved = child.getKind() == IResourceDelta.CHANGED && (child.getFlags() & FILE_CHANGES) != 0;
                if (saved || child.getKind() == IResourceDelta.ADDED || child.getKind() == IResourceDelta.REMOVED) {
                    IFolder guidelineProject = GuidelineWorkspace.guidelineProjectOf(resource);
                    if (guidelineProject != null && guidelineProject.exists()) {
                        changed.add(guidelineProject);
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        changed.forEach(GuidelineWorkspace::compile);
        if (!changed.isEmpty()) {
            Variants.compileThoseExtending(changed);
        }
    }
}
