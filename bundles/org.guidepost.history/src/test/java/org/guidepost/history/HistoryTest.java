package org.guidepost.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.eclipse.jgit.lib.Constants;
import org.guidepost.model.Severity;
import org.guidepost.model.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Versions of a small project inside a bigger repository (rules/tiny): released, changed, diffed, suggested, checked
 * against a corpus and written up as a changelog.
 */
class HistoryTest {
    static final String P = "rules/tiny/";
    static final String STORIES_DRL = """
            package rules.model_social_media.stories

            import org.guidepost.model.*
            import org.guidepost.engine.*

            global org.guidepost.engine.Findings findings

            dialect "mvel"

            rule "PRV-4 case story"
                @clause("PRV-4")
            when
                $m : LexiconMatch( lexicon == "case-stories", field == "/text" )
            then
                findings.add("Tells the story of one patient.", $m);
            end

            rule "PRV-4 client story"
                @clause("PRV-4")
            when
                Communication( channel == "tiktok" )
                $m : LexiconMatch( lexicon == "case-stories", field == "/text" )
            then
                findings.add("Tells the story of one client.", $m);
            end
            """;
    static final String PRV_4 = """
              - id: PRV-4
                title: Case stories
                severity: warning
                text: Do not tell the story of one particular patient.
                remediation: Tell the lesson in general terms.
            """;

    @TempDir
    Path temp;
    GitFixture repo;
    Path project;

    @BeforeEach
    void repository() throws Exception {
        repo = GitFixture.init(temp.resolve("repo"));
        project = repo.copy(GitFixture.TINY, "rules/tiny");
        repo.commit("the tiny project");
    }

    @AfterEach
    void close() {
        repo.close();
    }

    /** 1.0.0 released; then clause PRV-4 with two rules, a lexicon, a term and a test case: committed, not released. */
    void versionOneAndChanges() throws Exception {
        Release.perform(project, new Release.Request("1.0.0", "first", null, null));
        repo.edit(P + "guideline.yaml", "  - id: PRV-5\n", PRV_4 + "  - id: PRV-5\n");
        repo.write(P + "rules/stories.drl", STORIES_DRL);
        repo.write(P + "lexicons/case-stories.yaml", "name: case-stories\nterms:\n  - my patient today\n");
        repo.edit(P + "lexicons/health-information-requests.yaml", "terms:\n", "terms:\n  - phrase: tell * your pain\n");
        repo.write(P + "tests/prv-4-story.yaml", """
                name: A story about my patient today raises PRV-4
                communication:
                  id: t-prv-4-1
                  channel: instagram
                  kind: post
                  account: { type: clinic }
                  text: "My patient today finally ran again!"
                expect:
                  clauses: [PRV-4]
                """);
        repo.commit("case stories");
    }

    @Test
    void commitProjectCommitsTheProjectsChangesAndNothingElse() throws Exception {
        repo.write("NOTES.md", "not part of the project\n");
        repo.write(P + "lexicons/case-stories.yaml", "name: case-stories\nterms:\n  - my patient today\n");
        repo.edit(P + "guideline.yaml", "  - id: PRV-5\n", PRV_4 + "  - id: PRV-5\n");
        repo.delete(P + "tests/" + Files.list(project.resolve("tests")).findFirst().orElseThrow().getFileName());
        try (ProjectHistory history = ProjectHistory.open(project)) {
            assertEquals(3, history.uncommittedChanges().size(), history.uncommittedChanges().toString());
            HistoryException blank = assertThrows(HistoryException.class, () -> history.commitProject(" "));
            assertEquals(HistoryException.GIT, blank.code());

            String commit = history.commitProject("PRV-4 case stories");

            assertNotNull(commit);
            assertEquals(List.of(), history.uncommittedChanges(), "the project is clean");
            assertTrue(Files.exists(repo.root.resolve("NOTES.md")));
            assertEquals(1, countUntracked(repo.root), "NOTES.md, outside the project, stays uncommitted");
            assertNull(history.commitProject("again"), "nothing left to commit");
        }
    }

    private static int countUntracked(Path root) throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(root.toFile())) {
            return git.status().call().getUntracked().size();
        }
    }

    @Test
    void aVariantIsNotReleasedWhileTheProjectItExtendsHasUncommittedChanges() throws Exception {
        repo.write("rules/tiny-variant/guideline.yaml", """
                id: tiny-variant
                title: Tiny variant
                version: 1.0.0
                extends: ../tiny
                """);
        repo.commit("a variant of tiny");
        Path variant = repo.root.resolve("rules/tiny-variant");
        repo.edit(P + "guideline.yaml", "title: ", "title: Changed ");

        HistoryException refused = assertThrows(HistoryException.class,
                () -> Release.perform(variant, new Release.Request("1.0.0", "first", null, null)));

        assertEquals(Release.UNCOMMITTED, refused.code());
        assertTrue(refused.getMessage().contains(P + "guideline.yaml"), refused.getMessage());
        try (ProjectHistory history = ProjectHistory.open(variant)) {
            assertEquals(List.of(), history.uncommittedChanges(), "the variant's own folder is clean");
            assertEquals(List.of(P + "guideline.yaml"), history.uncommittedChangesWithBases());
        }
    }

    @Test
    void aReleaseCancelledWhileItsTestsRunChangesNothing() throws Exception {
        String before = Files.readString(project.resolve("guideline.yaml"));
        int[] ran = {0};
        HistoryException cancelled = assertThrows(HistoryException.class, () -> Release.perform(project,
                new Release.Request("1.0.0", "first", null, null), new org.guidepost.testing.TestRunner.Progress() {
                    @Override
                    public void ran(org.guidepost.testing.CaseResult result) {
                        ran[0]++;
                    }

                    @Override
                    public boolean isCancelled() {
                        return ran[0] >= 1;
                    }
                }));
        assertEquals(Release.CANCELLED, cancelled.code());
        assertEquals(1, ran[0], "the run stopped after the first case");
        assertEquals(before, Files.readString(project.resolve("guideline.yaml")));
        try (ProjectHistory history = ProjectHistory.open(project)) {
            assertEquals(List.of(), history.versions());
        }
    }

    @Test
    void releaseEditsOnlyTheVersionLineCommitsAndTags() throws Exception {
        byte[] before = Files.readAllBytes(project.resolve("guideline.yaml"));
        Release.Result result = Release.perform(project, new Release.Request("1.0.0", "First release", null, null));
        assertEquals("model-social-media-v1.0.0", result.tag());
        assertFalse(result.initialised());
        assertEquals(2, result.testCases());
        String after = Files.readString(project.resolve("guideline.yaml"));
        assertArrayEquals(new String(before, StandardCharsets.UTF_8).replace("version: 0.1.0", "version: 1.0.0")
                .getBytes(StandardCharsets.UTF_8), after.getBytes(StandardCharsets.UTF_8));
        try (ProjectHistory history = ProjectHistory.open(project)) {
            assertEquals("rules/tiny", history.projectPath());
            assertEquals(List.of("1.0.0"), history.versions().stream().map(ProjectHistory.ReleaseVersion::version).toList());
            assertEquals(result.commit(), history.resolve("1.0.0"));
            assertTrue(history.uncommittedChanges().isEmpty());
            assertTrue(history.versions().get(0).message().contains("First release"));
        }
        assertEquals(result.commit(), repo.git.getRepository().resolve(Constants.HEAD).name());
    }

    @Test
    void diffListsEveryKindOfChange() throws Exception {
        versionOneAndChanges();
        Release.perform(project, new Release.Request("1.1.0", null, null, null));
        // 2.0.0 in the working tree: PRV-3 removed, PRV-4 raised to error, PRV-5 reworded, the PRV-5 rule matching
        // more channels, the PRV-4 rule's message, the client-story rule removed, a term removed, tests removed/changed
        repo.edit(P + "guideline.yaml", """
                  - id: PRV-3
                    title: Records in view
                    severity: error
                    text: >-
                      Never show charts, schedules, screens, x-rays or any record that holds patient information.
                    source: Model guideline 1.0, section 1 (Privacy and confidentiality)
                    remediation: Crop or retake the image so that no record is visible.
                """, "");
        repo.edit(P + "guideline.yaml", "    severity: warning\n    text: Do not tell the story",
                "    severity: error\n    text: Do not tell the story");
        repo.edit(P + "guideline.yaml", "direct them to the clinic's secure channels.", "point them to the secure portal.");
        repo.edit(P + "rules/privacy.drl", "Communication( channel != \"email\" )",
                "Communication( channel not in (\"email\", \"sms\") )");
        String drl = STORIES_DRL.replace("Tells the story of one patient.", "Tells one patient's story.");
        repo.write(P + "rules/stories.drl", drl.substring(0, drl.indexOf("rule \"PRV-4 client story\"")));
        repo.edit(P + "lexicons/health-information-requests.yaml", """
                  - phrase: message * your symptom
                    variants: ["inbox * your symptom", "comment your symptom"]
                """, "");
        repo.delete(P + "tests/prv-5-email-is-fine.yaml");
        repo.edit(P + "tests/prv-4-story.yaml", "finally ran again", "ran again");

        SemanticDiff diff;
        try (ProjectHistory history = ProjectHistory.open(project)) {
            diff = SemanticDiff.between(history.snapshot("1.1.0"), history.snapshot(ProjectHistory.WORKING_TREE));
        }
        assertEquals("1.1.0", diff.fromVersion());
        Map<String, SemanticDiff.ClauseChange> clauses = diff.clauses().stream()
                .collect(Collectors.toMap(SemanticDiff.ClauseChange::id, c -> c));
        assertEquals(SemanticDiff.Kind.REMOVED, clauses.get("PRV-3").kind());
        assertEquals(List.of(new SemanticDiff.FieldChange("severity", "warning", "error")), clauses.get("PRV-4").fields());
        assertTrue(clauses.get("PRV-4").severityRaisedToError());
        assertEquals("text", clauses.get("PRV-5").fields().get(0).field());
        assertEquals(3, clauses.size());

        Map<String, SemanticDiff.RuleChange> rules = diff.rules().stream()
                .collect(Collectors.toMap(SemanticDiff.RuleChange::name, r -> r));
        SemanticDiff.RuleChange prv5 = rules.get("PRV-5 request for health information");
        assertEquals(SemanticDiff.Kind.CHANGED, prv5.kind());
        assertFalse(prv5.messageOnly());
        assertTrue(prv5.hunk().contains("\n-    Communication( channel != \"email\" )\n+    Communication( channel not in (\"email\", \"sms\") )\n"),
                prv5.hunk());
        assertTrue(prv5.hunk().startsWith("--- a/rules/tiny/rules/privacy.drl\n+++ b/rules/tiny/rules/privacy.drl\n@@ -11,"),
                prv5.hunk());
        assertTrue(rules.get("PRV-4 case story").messageOnly());
        assertEquals(SemanticDiff.Kind.REMOVED, rules.get("PRV-4 client story").kind());
        assertEquals("PRV-4", rules.get("PRV-4 client story").clause());
        assertEquals(3, rules.size());

        assertEquals(1, diff.lexicons().size());
        SemanticDiff.LexiconChange lexicon = diff.lexicons().get(0);
        assertEquals("health-information-requests", lexicon.name());
        assertEquals(List.of("message * your symptom"), lexicon.removed());
        assertEquals(List.of("PRV-5"), lexicon.clauses());

        assertEquals(List.of("tests/prv-4-story.yaml: A story about my patient today raises PRV-4 changed",
                "tests/prv-5-email-is-fine.yaml: The same request by email does not break PRV-5 removed"),
                diff.tests().stream().map(t -> t.file() + ": " + t.name() + " " + t.kind().word()).toList());

        BumpSuggestion bump = BumpSuggestion.of(diff, "1.1.0");
        assertEquals(BumpSuggestion.Bump.MAJOR, bump.bump());
        assertEquals("2.0.0", bump.nextVersion());
        List<String> reasons = bump.reasons().stream().map(Object::toString).toList();
        assertTrue(reasons.contains("major: clause PRV-3 (Records in view) removed"), reasons.toString());
        assertTrue(reasons.contains("major: clause PRV-4 severity raised from warning to error"), reasons.toString());
        assertTrue(reasons.contains("minor: rule \"PRV-5 request for health information\" (PRV-5) changed what it matches"), reasons.toString());
        assertTrue(reasons.contains("minor: rule \"PRV-4 client story\" (PRV-4) removed"), reasons.toString());
        assertTrue(reasons.contains("patch: rule \"PRV-4 case story\" (PRV-4): only its message changed"), reasons.toString());
        assertTrue(reasons.contains("patch: clause PRV-5 text reworded"), reasons.toString());
        assertTrue(reasons.contains("patch: lexicon health-information-requests changed: 1 term removed (message * your symptom)"), reasons.toString());
        assertEquals(9, reasons.size(), reasons.toString());

        String text = Rendering.text(diff);
        assertTrue(text.contains("  - PRV-3 Records in view (error)\n"), text);
        assertTrue(text.contains("  ~ PRV-4 Case stories: severity warning -> error\n"), text);
        String json = Rendering.json(diff);
        assertTrue(json.contains("\"kind\" : \"removed\""), json);
        assertTrue(json.contains("\"severity\" : \"error\""), json);
    }

    @Test
    void minorSuggestionAddedThingsAndChangelog() throws Exception {
        versionOneAndChanges();
        BumpSuggestion bump = Release.suggest(project);
        assertEquals(BumpSuggestion.Bump.MINOR, bump.bump());
        assertEquals("1.1.0", bump.nextVersion());
        assertEquals(List.of("minor: clause PRV-4 (Case stories) added",
                "minor: rule \"PRV-4 case story\" (PRV-4) added",
                "minor: rule \"PRV-4 client story\" (PRV-4) added",
                "patch: lexicon case-stories added: 1 term added (my patient today)",
                "patch: lexicon health-information-requests changed: 1 term added (tell * your pain)",
                "patch: test case 'A story about my patient today raises PRV-4' (tests/prv-4-story.yaml) added"),
                bump.reasons().stream().map(Object::toString).toList());

        try (ProjectHistory history = ProjectHistory.open(project)) {
            SemanticDiff diff = SemanticDiff.between(history.snapshot("1.0.0"), history.snapshot("HEAD"));
            String md = Changelog.markdown(diff, "model-social-media 1.1.0");
            assertTrue(md.startsWith("## model-social-media 1.1.0\n\nChanges from 1.0.0 (1.0.0) to 1.0.0 (HEAD).\n\n"), md);
            assertTrue(md.contains("""
                    ### PRV-4 Case stories

                    - New clause (warning): Do not tell the story of one particular patient.
                    - New check: PRV-4 case story.
                    - New check: PRV-4 client story.
                    - Word list case-stories added.
                    - Example added: "A story about my patient today raises PRV-4".
                    """), md);
            assertTrue(md.contains("""
                    ### PRV-5 Health information through social channels

                    - Word list health-information-requests now also recognises "tell * your pain".
                    """), md);
        }
    }

    @Test
    void onlyTestsAndLexiconsIsAPatch() throws Exception {
        Release.perform(project, new Release.Request("1.0.0", null, null, null));
        repo.edit(P + "lexicons/health-information-requests.yaml", "terms:\n", "terms:\n  - phrase: tell * your pain\n");
        repo.commit("a term");
        BumpSuggestion bump = Release.suggest(project);
        assertEquals(BumpSuggestion.Bump.PATCH, bump.bump());
        assertEquals("1.0.1", bump.nextVersion());
        assertEquals(1, bump.reasons().size());
    }

    @Test
    void impactListsTheCommunicationsWhoseFindingsChange() throws Exception {
        versionOneAndChanges();
        Path corpus = temp.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n",
                "{\"id\": \"c-1\", \"channel\": \"instagram\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"}, \"text\": \"My patient today ran 5K!\"}",
                "{\"communication\": {\"id\": \"c-2\", \"channel\": \"tiktok\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"}, \"text\": \"my patient today: squats\"}, \"expected\": []}",
                "",
                "{\"id\": \"c-3\", \"channel\": \"facebook\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"}, \"text\": \"Tell us your pain in the comments\"}",
                "{\"id\": \"c-4\", \"channel\": \"facebook\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"}, \"text\": \"DM us your MRI\"}",
                "{\"id\": \"c-5\", \"channel\": \"facebook\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"}, \"text\": \"Stretch daily.\"}") + "\n");
        List<Corpus.Entry> entries = Corpus.read(corpus);
        assertEquals(5, entries.size());
        assertEquals(4, entries.get(2).line());
        int[] progress = new int[2];
        Impact impact;
        try (ProjectHistory history = ProjectHistory.open(project)) {
            impact = Impact.of(history.snapshot("1.0.0"), history.snapshot("HEAD"), entries, new Impact.Progress() {
                @Override
                public void started(int communications) {
                    progress[0] = communications;
                }

                @Override
                public void checked(int done) {
                    progress[1] = done;
                }
            });
        }
        assertEquals(5, progress[0]);
        assertEquals(5, progress[1]);
        assertEquals(List.of("c-1", "c-2", "c-3"), impact.changed().stream().map(Impact.ChangedCommunication::id).toList());
        Impact.ChangedCommunication c1 = impact.changed().get(0);
        assertEquals(Verdict.PASS, c1.before());
        assertEquals(Verdict.REVIEW, c1.after());
        assertEquals(List.of(new Impact.FindingChange("PRV-4", Impact.Change.NEW, null, Severity.WARNING)), c1.findings());
        assertEquals(Verdict.FAIL, impact.changed().get(2).after());
        assertEquals(4, impact.changed().get(2).line());
        assertEquals(List.of(new Impact.ClauseImpact("PRV-4", 2, 0, 0), new Impact.ClauseImpact("PRV-5", 1, 0, 0)),
                impact.clauses());
        assertEquals("1.0.0", impact.fromVersion());

        // cancelled after the first communication
        try (ProjectHistory history = ProjectHistory.open(project)) {
            Impact part = Impact.of(history.snapshot("1.0.0"), history.snapshot("HEAD"), entries, new Impact.Progress() {
                int done;

                @Override
                public void checked(int n) {
                    done = n;
                }

                @Override
                public boolean isCancelled() {
                    return done >= 1;
                }
            });
            assertTrue(part.cancelled());
            assertEquals(1, part.checked());
        }
    }

    @Test
    void badCorpusLineIsRefusedWithItsPlace() throws Exception {
        Path corpus = temp.resolve("bad.jsonl");
        Files.writeString(corpus, "{\"id\": \"c-1\", \"channel\": \"instagram\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"}, \"text\": \"ok\"}\n"
                + "{\"id\": \"c-2\", \"channel\": \"instagram\"\n");
        HistoryException e = assertThrows(HistoryException.class, () -> Corpus.read(corpus));
        assertEquals(HistoryException.BAD_CORPUS, e.code());
        assertTrue(e.getMessage().startsWith(corpus + ":2:"), e.getMessage());
        Files.writeString(corpus, "{\"id\": \"c-3\", \"channel\": \"pigeon\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"}, \"text\": \"x\"}\n");
        e = assertThrows(HistoryException.class, () -> Corpus.read(corpus));
        assertTrue(e.getMessage().startsWith(corpus + ":1:1: GP-COMM-2"), e.getMessage());
    }

    @Test
    void releaseRefusals() throws Exception {
        Release.perform(project, new Release.Request("1.0.0", null, null, null));
        HistoryException e = assertThrows(HistoryException.class,
                () -> Release.perform(project, new Release.Request("1.0.0", null, null, null)));
        assertEquals(Release.TAG_EXISTS, e.code());
        assertTrue(e.getMessage().contains("e.g. 1.0.1"), e.getMessage());
        e = assertThrows(HistoryException.class, () -> Release.perform(project, new Release.Request("0.9.0", null, null, null)));
        assertEquals(Release.NOT_GREATER, e.code());
        assertTrue(e.getMessage().contains("last release, 1.0.0"), e.getMessage());
        e = assertThrows(HistoryException.class, () -> Release.perform(project, new Release.Request("v2", null, null, null)));
        assertEquals(Release.BAD_VERSION, e.code());

        repo.edit(P + "lexicons/health-information-requests.yaml", "terms:\n", "terms:\n  - phrase: tell * your pain\n");
        repo.write(P + "tests/new.yaml", "name: x\ncommunication: {id: n, channel: instagram, kind: post, account: {type: clinic}, text: hi}\nexpect: {clauses: []}\n");
        e = assertThrows(HistoryException.class, () -> Release.perform(project, new Release.Request("1.1.0", null, null, null)));
        assertEquals(Release.UNCOMMITTED, e.code());
        assertTrue(e.getMessage().contains("rules/tiny/lexicons/health-information-requests.yaml, rules/tiny/tests/new.yaml"),
                e.getMessage());
        // a change outside the project does not matter
        repo.commit("a term and a case");
        repo.write("README.md", "changed\n");

        repo.write(P + "tests/failing.yaml", "name: expects the wrong clause\ncommunication: {id: f, channel: instagram, kind: post, "
                + "account: {type: clinic}, text: \"DM us your MRI\"}\nexpect: {clauses: [PRV-1]}\n");
        repo.commit("a failing case");
        byte[] guideline = Files.readAllBytes(project.resolve("guideline.yaml"));
        e = assertThrows(HistoryException.class, () -> Release.perform(project, new Release.Request("1.1.0", null, null, null)));
        assertEquals(Release.TESTS_FAIL, e.code());
        assertTrue(e.getMessage().startsWith("1 of 4 test cases fail"), e.getMessage());
        assertArrayEquals(guideline, Files.readAllBytes(project.resolve("guideline.yaml")));
        try (ProjectHistory history = ProjectHistory.open(project)) {
            assertEquals(1, history.versions().size());
        }
    }

    @Test
    void releaseWritesThePack() throws Exception {
        Path pack = temp.resolve("out/tiny-1.0.0.gpack");
        Release.Result result = Release.perform(project, new Release.Request("1.0.0", null, pack, null));
        assertEquals(pack, result.pack());
        try (ZipFile zip = new ZipFile(pack.toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(manifest.contains("\"version\" : \"1.0.0\""), manifest);
            assertTrue(manifest.contains("\"guidelineVersion\" : \"1.0.0\""), manifest);
        }
    }

    @Test
    void releaseOfAProjectWithoutRepositoryCreatesOne() throws Exception {
        Path alone = GitFixture.copyTree(GitFixture.TINY, temp.resolve("alone/tiny"));
        assertFalse(ProjectHistory.inRepository(alone));
        assertThrows(HistoryException.class, () -> ProjectHistory.open(alone).close());
        Release.Result result = Release.perform(alone, new Release.Request("0.1.0", null, null, null));
        assertTrue(result.initialised());
        assertTrue(Files.isDirectory(alone.resolve(".git")));
        try (ProjectHistory history = ProjectHistory.open(alone)) {
            assertEquals("", history.projectPath());
            assertEquals(List.of("0.1.0"), history.versions().stream().map(ProjectHistory.ReleaseVersion::version).toList());
            assertTrue(history.uncommittedChanges().isEmpty());
            assertNotNull(history.snapshot("0.1.0").file("rules/privacy.drl"));
        }
    }

    @Test
    void versionsResolveByTagThenByTheVersionLineThenAsRevisions() throws Exception {
        versionOneAndChanges();
        Release.perform(project, new Release.Request("1.1.0", null, null, null));
        String tagged;
        try (ProjectHistory history = ProjectHistory.open(project)) {
            tagged = history.resolve("1.0.0");
            assertEquals(history.resolve("model-social-media-v1.0.0"), tagged);
            assertEquals(history.resolve("HEAD~2"), tagged);
            assertNull(history.resolve(ProjectHistory.WORKING_TREE));
        }
        // a clone without tags: the newest commit whose guideline.yaml says version: 1.0.0
        repo.git.tagDelete().setTags("model-social-media-v1.0.0").call();
        try (ProjectHistory history = ProjectHistory.open(project)) {
            assertEquals(repo.git.getRepository().resolve("HEAD~1").name(), history.resolve("1.0.0"));
            HistoryException e = assertThrows(HistoryException.class, () -> history.resolve("3.0.0"));
            assertEquals(HistoryException.UNKNOWN_REVISION, e.code());
            assertTrue(e.getMessage().contains("(released versions: 1.1.0)"), e.getMessage());
        }
    }
}
