package org.guidepost.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;

/** A change to a project changes the variants that extend it (directly or through another variant). */
final class Variants {
    private Variants() {
    }

    /** Schedules, in the background, compiles of the linked projects that extend any of {@code changed}. */
    static void compileThoseExtending(Set<IFolder> changed) {
        Job job = new Job("Finding the variants of changed guideline projects") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                extending(changed).forEach(GuidelineWorkspace::compile);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == GuidelineWorkspace.FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private static Set<IFolder> extending(Set<IFolder> changed) {
        List<IFolder> linked = GuidelineWorkspace.guidelineProjects();
        Map<Path, IFolder> byDirectory = new HashMap<>();
        Map<Path, Path> extendsOf = new HashMap<>();
        for (IFolder folder : linked) {
            Path directory = GuidelineWorkspace.directoryOf(folder);
            if (directory == null) {
                continue;
            }
            byDirectory.put(directory, folder);
            try {
                Guideline guideline = GuidelineProjects.readGuideline(directory.resolve(GuidelineProjects.GUIDELINE_FILE));
                if (guideline.extendsPath() != null) {
                    extendsOf.put(directory, directory.resolve(guideline.extendsPath()).normalize());
                }
            } catch (GuidelineFormatException e) {
                // its own compile reports it
            }
        }
        Set<IFolder> variants = new HashSet<>();
        Deque<Path> todo = new ArrayDeque<>();
        changed.stream().map(GuidelineWorkspace::directoryOf).filter(d -> d != null).forEach(todo::add);
        Set<Path> seen = new HashSet<>(todo); // a circular 'extends' ends here
        while (!todo.isEmpty()) {
            Path base = todo.pop();
            extendsOf.forEach((variant, itsBase) -> {
                if (itsBase.equals(base) && seen.add(variant)) {
                    variants.add(byDirectory.get(variant));
                    todo.add(variant);
                }
            });
        }
        variants.removeAll(changed);
        return variants;
    }
}
