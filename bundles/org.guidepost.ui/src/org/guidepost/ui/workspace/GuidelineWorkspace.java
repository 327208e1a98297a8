package org.guidepost.ui.workspace;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.guidepost.model.GuidelineProjects;

/**
 * Makes the guideline projects under the rules folder Eclipse resources, so that editors get files and diagnostics
 * become markers, without writing anything into the rules folder: one workspace project,
 * {@value #PROJECT_NAME}, lives in the workspace ({@code -data}, {@code ~/.guidepost/workspace}) and holds one
 * linked folder per guideline project, named after its directory and pointing at it.
 *
 * <p>{@link #synchronize} links, unlinks and refreshes in a {@link WorkspaceJob}, then compiles every project;
 * afterwards a save of any file of a project compiles it again ({@link RecompileOnChange}).
 */
public final class GuidelineWorkspace {
    /** The workspace project that holds the linked guideline projects. */
    public static final String PROJECT_NAME = "guideline-projects";
    /** Every job this package schedules belongs to this family (for tests, and to cancel them on shutdown). */
    public static final Object FAMILY = GuidelineWorkspace.class;

    private static final AtomicBoolean LISTENING = new AtomicBoolean();
    /** The rules folder of the last {@link #synchronize}. */
    private static volatile Path synchronizedFolder;
    private static final Map<IPath, CompileProjectJob> COMPILE_JOBS = new ConcurrentHashMap<>();

    private GuidelineWorkspace() {
    }

    /** The workspace project; it may not exist yet. */
    public static IProject project() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT_NAME);
    }

    /**
     * Schedules linking the guideline projects under {@code rulesFolder} (and unlinking those no longer there),
     * refreshing them from disk and compiling them all. Returns the job, already scheduled.
     */
    public static Job synchronize(Path rulesFolder) {
        listenForChanges();
        synchronizedFolder = rulesFolder;
        Job job = new WorkspaceJob("Reading the guideline projects in " + rulesFolder) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                List<IFolder> linked = link(rulesFolder, monitor);
                linked.forEach(GuidelineWorkspace::compile);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        // creating a project and links needs the workspace root
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
        return job;
    }

    /**
     * As {@link #synchronize}, unless that rules folder was synchronized already (the explorer opening, the
     * application starting); returns null then.
     */
    public static Job synchronizeIfChanged(Path rulesFolder) {
        return rulesFolder.equals(synchronizedFolder) ? null : synchronize(rulesFolder);
    }

    /** The guideline projects linked now, as folders of {@link #project()}. */
    public static List<IFolder> guidelineProjects() {
        List<IFolder> folders = new ArrayList<>();
        IProject project = project();
        if (!project.isAccessible()) {
            return folders;
        }
        try {
            for (IResource member : project.members()) {
                if (member instanceof IFolder folder && folder.isLinked()) {
                    folders.add(folder);
                }
            }
        } catch (CoreException e) {
            // closed or deleted meanwhile: nothing linked
        }
        return folders;
    }

    /** The workspace file for a file of a linked guideline project, or null when it is not (yet) linked. */
    public static IFile fileAt(Path file) {
        URI uri = file.toAbsolutePath().normalize().toUri();
        for (IFile candidate : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uri)) {
            if (candidate.getProject().getName().equals(PROJECT_NAME)) {
                return candidate;
            }
        }
        return null;
    }

    /** The linked guideline project a resource belongs to, or null. */
    public static IFolder guidelineProjectOf(IResource resource) {
        if (resource == null || !resource.getProject().getName().equals(PROJECT_NAME)
                || resource.getProjectRelativePath().segmentCount() == 0) {
            return null;
        }
        IFolder folder = resource.getProject().getFolder(resource.getProjectRelativePath().segment(0));
        return folder.isLinked() ? folder : null;
    }

    /** The directory on disk of a linked guideline project, or null when its location is unknown. */
    public static Path directoryOf(IContainer guidelineProject) {
        IPath location = guidelineProject.getLocation();
        return location == null ? null : location.toPath();
    }

    /**
     * Compiles a guideline project in the background and replaces its markers. Requests made while a compile
     * of the same project waits are merged into it; one made while it runs starts one more run afterwards.
     */
    public static Job compile(IFolder guidelineProject) {
        CompileProjectJob job = COMPILE_JOBS.computeIfAbsent(guidelineProject.getFullPath(),
                path -> new CompileProjectJob(guidelineProject));
        job.schedule(CompileProjectJob.COALESCING_DELAY_MS);
        return job;
    }

    /** Whether any job of this package is waiting or running. */
    public static boolean isBusy() {
        return Job.getJobManager().find(FAMILY).length > 0;
    }

    private static void listenForChanges() {
        if (LISTENING.compareAndSet(false, true)) {
            ResourcesPlugin.getWorkspace().addResourceChangeListener(new RecompileOnChange(),
                    IResourceChangeEvent.POST_CHANGE);
        }
    }

    /** Creates the project if needed and makes its links match the guideline projects in the rules folder. */
    private static List<IFolder> link(Path rulesFolder, IProgressMonitor monitor) throws CoreException {
        List<Path> directories;
        try {
            directories = GuidelineProjects.discover(rulesFolder);
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot list the guideline projects in " + rulesFolder + ": "
                    + e.getMessage(), e));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Linking guideline projects", 2 + directories.size());
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IWorkspaceRoot root = workspace.getRoot();
        IProject project = root.getProject(PROJECT_NAME);
        if (!project.exists()) {
            project.create(progress.split(1));
        } else {
            progress.worked(1);
        }
        if (!project.isOpen()) {
            project.open(progress.split(1));
        } else {
            progress.worked(1);
        }
        List<IFolder> linked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path directory : directories) {
            String name = uniqueName(directory.getFileName().toString(), names);
            IFolder folder = project.getFolder(name);
            IPath location = IPath.fromPath(directory.toAbsolutePath().normalize());
            if (folder.exists() && (!folder.isLinked() || !location.equals(folder.getLocation()))) {
                folder.delete(true, progress.split(0));
            }
            if (folder.exists()) {
                folder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
            } else {
                // ALLOW_MISSING_LOCAL: a project deleted on disk between discover and here is not an error
                folder.createLink(location, IResource.ALLOW_MISSING_LOCAL, progress.split(1));
            }
            linked.add(folder);
        }
        for (IResource member : project.members()) {
            if (!names.contains(member.getName()) && member instanceof IFolder stale && stale.isLinked()) {
                COMPILE_JOBS.remove(stale.getFullPath());
                stale.delete(true, null); // removes the link and its markers, never the files it points at
            }
        }
        return linked;
    }

    /** The folder name, or the name with -2, -3, ... when an earlier project took it. */
    private static String uniqueName(String name, Set<String> taken) {
        String unique = name;
        for (int i = 2; !taken.add(unique); i++) {
            unique = name + "-" + i;
        }
        return unique;
    }
}
