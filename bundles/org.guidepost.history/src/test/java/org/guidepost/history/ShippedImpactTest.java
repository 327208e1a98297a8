package org.guidepost.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.guidepost.model.Severity;
import org.guidepost.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped guideline (rules/, with its variants) in a repository of its own: 1.0.0 released, then a realistic
 * change released, and its impact on the shared sample corpus.
 *
 * <p>The change: TES-2 (testimonials in advertising) becomes an error, as the Australia-style variant already has it,
 * and the clm-evidence-claims lexicon gains "success rate" (a success rate is a measured result and needs a source,
 * CLM-4); the one test case that expected TES-2 as a warning is updated. Expected over the 50 communications of
 * sample.jsonl, by reading them: only s-017 raises TES-2 (a warning today, review), so it becomes an error and fails;
 * only s-018 mentions a success rate ("with a 100% success rate!", no link, not a question), so it newly raises CLM-4
 * as a warning, and stays failed by its CLM-1 error. Nothing else changes.
 */
class ShippedImpactTest {
    /** The repository's copy of the shared labelled corpus (../shared/corpus/sample.jsonl). */
    static final Path SAMPLE = Path.of("../org.guidepost.model/src/test/resources/org/guidepost/model/sample.jsonl");

    @TempDir
    Path temp;

    @Test
    void aSeverityRaisedAndATermAddedChangeExactlyTwoSamplePosts() throws Exception {
        try (GitFixture repo = GitFixture.init(temp.resolve("guidepost"))) {
            repo.copy(GitFixture.SHIPPED_RULES, "rules");
            repo.commit("the shipped rules");
            Path project = repo.root.resolve("rules/model-social-media");
            String p = "rules/model-social-media/";
            assertEquals("1.0.0", Release.perform(project, new Release.Request("1.0.0", "The model guideline", null, null)).version());

            repo.edit(p + "guideline.yaml", "  - id: TES-2\n    title: Testimonials in advertising\n    severity: warning\n",
                    "  - id: TES-2\n    title: Testimonials in advertising\n    severity: error\n");
            repo.write(p + "lexicons/clm-evidence-claims.yaml", repo.read(p + "lexicons/clm-evidence-claims.yaml")
                    + "  - phrase: success rate\n");
            repo.edit(p + "tests/tes.yaml", "      verdict: review\n      findings:\n        - { clause: TES-2, severity: warning }\n",
                    "      verdict: fail\n      findings:\n        - { clause: TES-2, severity: error }\n");
            repo.commit("TES-2 is an error; a success rate needs a source");

            BumpSuggestion bump = Release.suggest(project);
            assertEquals(BumpSuggestion.Bump.MAJOR, bump.bump());
            assertEquals(List.of("major: clause TES-2 severity raised from warning to error",
                    "patch: lexicon clm-evidence-claims changed: 1 term added (success rate)",
                    "patch: test case 'An advertisement quoting a patient who is back on the trails raises TES-2' "
                            + "(tests/tes.yaml) changed"), bump.reasons().stream().map(Object::toString).toList());
            Release.perform(project, new Release.Request(bump.nextVersion(), null, null, null));

            Impact impact;
            try (ProjectHistory history = ProjectHistory.open(project)) {
                assertEquals(List.of("1.0.0", "2.0.0"), history.versions().stream().map(ProjectHistory.ReleaseVersion::version).toList());
                impact = Impact.of(history.snapshot("1.0.0"), history.snapshot("2.0.0"), Corpus.read(SAMPLE), Impact.Progress.NONE);
                // a variant compiles with the base it extends at the same revision
                Path au = repo.root.resolve("rules/model-social-media-au");
                assertTrue(SnapshotSources.compile(history.snapshot("1.0.0")).ruleNames().size() > 50);
                try (ProjectHistory auHistory = ProjectHistory.open(au)) {
                    assertEquals("rules/model-social-media-au", auHistory.projectPath());
                    Snapshot auHead = auHistory.snapshot("HEAD");
                    assertTrue(auHead.files().containsKey("rules/model-social-media/lexicons/clm-evidence-claims.yaml"));
                    SemanticDiff auDiff = SemanticDiff.between(auHistory.snapshot("HEAD~2"), auHead);
                    assertEquals(List.of(), auDiff.clauses()); // TES-2 was already an error in the variant
                    assertEquals("clm-evidence-claims", auDiff.lexicons().get(0).name());
                }
            }
            assertEquals(50, impact.checked());
            assertEquals(List.of(
                    new Impact.ChangedCommunication("s-017", 17, Verdict.REVIEW, Verdict.FAIL,
                            List.of(new Impact.FindingChange("TES-2", Impact.Change.SEVERITY, Severity.WARNING, Severity.ERROR))),
                    new Impact.ChangedCommunication("s-018", 18, Verdict.FAIL, Verdict.FAIL,
                            List.of(new Impact.FindingChange("CLM-4", Impact.Change.NEW, null, Severity.WARNING)))),
                    impact.changed());
            assertEquals(List.of(new Impact.ClauseImpact("CLM-4", 1, 0, 0), new Impact.ClauseImpact("TES-2", 0, 0, 1)),
                    impact.clauses());
        }
    }
}
