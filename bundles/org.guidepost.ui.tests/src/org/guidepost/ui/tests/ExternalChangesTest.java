package org.guidepost.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.guidepost.ui.explorer.RulesLocation;
import org.guidepost.ui.workspace.GuidelineWorkspace;
import org.guidepost.ui.workspace.ProblemMarkers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file changed outside the workbench (git, the command line, another editor) is noticed and compiled again. */
class ExternalChangesTest {
    private String rulesProperty;
    @TempDir
    Path rules;

    @BeforeEach
    void remember() {
        rulesProperty = System.getProperty(RulesLocation.PROPERTY);
    }

    @AfterEach
    void restore() {
        GuidepostProjects.useRules(Path.of(rulesProperty));
    }

    @Test
    void aRuleFileBrokenOutsideTheWorkbenchGetsItsMarkerWithoutARefresh() throws Exception {
        Path project = GuidepostProjects.copyFixture("clinic", rules);
        GuidepostProjects.useRules(rules);
        Path drl = project.resolve("rules/privacy.drl");
        IFile file = GuidelineWorkspace.fileAt(drl);
        assertEquals(0, errors(file), "the fixture compiles");

        Files.writeString(drl, Files.readString(drl) + "\nrule \"broken\"\nwhen\n    Communication( \nthen\nend\n");

        Duration waited = GuidepostProjects.waitUntil("the marker of a change made outside the workbench",
                () -> errors(file) > 0);
        System.out.println("external change to marker: " + waited.toMillis() + " ms");
        assertTrue(errors(file) > 0);
    }

    @Test
    void aProjectInAGitRepositoryIsWatchedToo() throws Exception {
        Path project = GuidepostProjects.copyFixture("clinic", rules);
        org.guidepost.history.Release.perform(project, new org.guidepost.history.Release.Request("1.0.0", "first", null,
                null)); // makes the repository in the project's folder
        GuidepostProjects.useRules(rules);
        Path drl = project.resolve("rules/privacy.drl");
        IFile file = GuidelineWorkspace.fileAt(drl);
        assertEquals(0, errors(file));

        Files.writeString(drl, Files.readString(drl) + "\nrule \"broken\"\nwhen\n    Communication( \nthen\nend\n");

        Duration waited = GuidepostProjects.waitUntil("the marker of a change made outside the workbench",
                () -> errors(file) > 0);
        System.out.println("external change to marker, project in a Git repository: " + waited.toMillis() + " ms");
    }

    private static int errors(IFile file) {
        try {
            int n = 0;
            for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, 0)) {
                if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
                    n++;
                }
            }
            return n;
        } catch (CoreException e) {
            return 0;
        }
    }
}
