package org.guidepost.ui.release;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.guidepost.history.BumpSuggestion;
import org.guidepost.history.HistoryException;
import org.guidepost.history.ProjectHistory;
import org.guidepost.history.Rendering;
import org.guidepost.history.SemanticDiff;
import org.guidepost.history.Snapshot;
import org.guidepost.model.Clause;
import org.guidepost.model.Guideline;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;

/**
 * What the Release wizard needs to know before asking anything, read in the background: the last release, the
 * suggested bump with its reasons, the changes since the last release and the uncommitted changes Release would
 * refuse.
 *
 * @param projectId    the project's id
 * @param inRepository whether the project is in a Git repository (if not, the release creates one)
 * @param uncommitted  the uncommitted files of the project and the projects it extends (work-tree paths); Release
 *                     refuses them (GP-REL-2)
 * @param lastVersion  the last released version, or null
 * @param lastTag      its tag, or null
 * @param suggestion   the suggested bump, next version and reasons
 * @param changes      the changes since the last release, as text
 */
public record Preparation(String projectId, boolean inRepository, List<String> uncommitted, String lastVersion,
        String lastTag, BumpSuggestion suggestion, String changes) {

    public Preparation {
        uncommitted = List.copyOf(uncommitted);
    }

    /** Reads the project's history (slow: reads Git and parses both versions; never on the UI thread). */
    public static Preparation of(Path project) throws HistoryException {
        Guideline guideline;
        try {
            guideline = GuidelineProjects.readGuideline(project.resolve(GuidelineProjects.GUIDELINE_FILE));
        } catch (GuidelineFormatException e) {
            throw new HistoryException(HistoryException.UNREADABLE, e.getMessage(), e);
        }
        if (!ProjectHistory.inRepository(project)) {
            BumpSuggestion suggestion = org.guidepost.history.Release.suggest(project);
            return new Preparation(guideline.id(), false, List.of(), null, null, suggestion, firstRelease(guideline));
        }
        try (ProjectHistory history = ProjectHistory.open(project)) {
            Optional<ProjectHistory.ReleaseVersion> last = history.latestRelease();
            List<String> uncommitted = history.uncommittedChangesWithBases();
            if (last.isEmpty()) {
                BumpSuggestion suggestion = BumpSuggestion.of(SemanticDiff.between(Snapshot.empty("nothing"),
                        history.workingTree()), null);
                return new Preparation(guideline.id(), true, uncommitted, null, null, suggestion, firstRelease(guideline));
            }
            SemanticDiff diff = SemanticDiff.between(history.snapshot(last.get().version()), history.workingTree());
            BumpSuggestion suggestion = BumpSuggestion.of(diff, last.get().version());
            return new Preparation(guideline.id(), true, uncommitted, last.get().version(), last.get().tag(), suggestion,
                    Rendering.text(diff));
        }
    }

    private static String firstRelease(Guideline guideline) {
        StringBuilder text = new StringBuilder("First release of " + guideline.id() + " (" + guideline.version()
                + "): every clause, rule, lexicon and test case of the project.\n\nClauses\n");
        for (Clause clause : guideline.clauses()) {
            text.append("  ").append(clause.id()).append(' ').append(clause.title()).append(" (")
                    .append(clause.severity().name().toLowerCase(java.util.Locale.ROOT)).append(")\n");
        }
        return text.toString();
    }

    /** Whether a release was made before. */
    public boolean hasRelease() {
        return lastVersion != null;
    }
}
