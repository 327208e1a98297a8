package org.guidepost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.guidepost.cli.GuidepostCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** release, diff, impact and changelog, as a user runs them on a project in a sub-folder of a repository. */
class HistoryCommandsTest {
    @TempDir
    Path temp;

    @Test
    void releaseDiffImpactChangelog() throws Exception {
        Path root = temp.resolve("repo");
        Path project = root.resolve("rules/tiny");
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            var config = git.getRepository().getConfig();
            config.setString("user", null, "name", "Test");
            config.setString("user", null, "email", "test@example.org");
            config.save();
            copy(ValidateCommandTest.FIXTURE, project);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("tiny").call();
            String dir = project.toString();

            Result suggestion = GuidepostCommandTest.run("release", dir);
            assertEquals(2, suggestion.code(), suggestion.err());
            assertTrue(suggestion.out().contains("No release yet: suggested version 0.1.0"), suggestion.out());
            assertTrue(suggestion.err().contains("--version 0.1.0"), suggestion.err());

            Path pack = temp.resolve("tiny-1.0.0.gpack");
            Result release = GuidepostCommandTest.run("release", dir, "--version", "1.0.0", "-m", "first", "--pack-out", pack.toString());
            assertEquals(0, release.code(), release.err());
            assertTrue(release.out().contains("released model-social-media 1.0.0: 2 test cases passed"), release.out());
            assertTrue(release.out().contains("tag model-social-media-v1.0.0"), release.out());
            assertTrue(Files.size(pack) > 0);
            Result again = GuidepostCommandTest.run("release", dir, "--version", "1.0.0");
            assertEquals(2, again.code());
            assertTrue(again.err().startsWith("guidepost: error: GP-REL-4 version 1.0.0 is already released"), again.err());

            Files.writeString(project.resolve("lexicons/health-information-requests.yaml"),
                    Files.readString(project.resolve("lexicons/health-information-requests.yaml")) + "  - tell * your pain\n");
            Result dirty = GuidepostCommandTest.run("release", dir, "--version", "suggested");
            assertEquals(2, dirty.code());
            assertTrue(dirty.err().contains("GP-REL-2"), dirty.err());

            Result diff = GuidepostCommandTest.run("diff", dir, "1.0.0");
            assertEquals(0, diff.code(), diff.err());
            assertTrue(diff.out().contains("Lexicons\n  ~ health-information-requests (PRV-5)\n      + \"tell * your pain\"\n"), diff.out());
            assertEquals(1, GuidepostCommandTest.run("diff", dir, "1.0.0", "--exit-code").code());
            assertEquals(0, GuidepostCommandTest.run("diff", dir, "1.0.0", "HEAD", "--exit-code").code());
            Result json = GuidepostCommandTest.run("diff", dir, "1.0.0", "--format", "json");
            assertTrue(json.out().contains("\"added\" : [ \"tell * your pain\" ]"), json.out());
            Result unknown = GuidepostCommandTest.run("diff", dir, "9.9.9");
            assertEquals(2, unknown.code());
            assertTrue(unknown.err().contains("GP-HIST-2 '9.9.9' names no version") && unknown.err().contains("released versions: 1.0.0"),
                    unknown.err());

            Path corpus = temp.resolve("corpus.jsonl");
            Files.writeString(corpus, "{\"id\": \"c-1\", \"channel\": \"facebook\", \"kind\": \"post\", \"account\": {\"type\": \"clinic\"}, "
                    + "\"text\": \"Tell us your pain below\"}\n{\"id\": \"c-2\", \"channel\": \"facebook\", \"kind\": \"post\", "
                    + "\"account\": {\"type\": \"clinic\"}, \"text\": \"Stretch daily\"}\n");
            Result impact = GuidepostCommandTest.run("impact", dir, "1.0.0", "--corpus", corpus.toString());
            assertEquals(0, impact.code(), impact.err());
            assertTrue(impact.out().contains("on 2 communications: 1 changed, 1 with another verdict\n  c-1 (line 1): pass -> fail\n      + PRV-5 (error)\n"),
                    impact.out());
            assertEquals(1, GuidepostCommandTest.run("impact", dir, "1.0.0", "--corpus", corpus.toString(), "--fail-on-change").code());
            Files.writeString(corpus, "not json\n");
            Result bad = GuidepostCommandTest.run("impact", dir, "1.0.0", "--corpus", corpus.toString());
            assertEquals(2, bad.code());
            assertTrue(bad.err().contains("GP-CORPUS-1 " + corpus + ":1:"), bad.err());

            git.add().addFilepattern(".").call();
            git.commit().setMessage("a term").call();
            Result released = GuidepostCommandTest.run("release", dir, "--version", "suggested");
            assertEquals(0, released.code(), released.err());
            assertTrue(released.out().contains("released model-social-media 1.0.1"), released.out());

            Result changelog = GuidepostCommandTest.run("changelog", dir);
            assertEquals(0, changelog.code(), changelog.err());
            assertTrue(changelog.out().startsWith("## model-social-media 1.0.1\n\nChanges from 1.0.0 (1.0.0) to 1.0.1 (1.0.1).\n\n"
                    + "### PRV-5 Health information through social channels\n\n"
                    + "- Word list health-information-requests now also recognises \"tell * your pain\".\n"), changelog.out());
        }
    }

    @Test
    void historyOfAProjectOutsideAnyRepositoryIsRefused() throws Exception {
        Path project = temp.resolve("tiny");
        copy(ValidateCommandTest.FIXTURE, project);
        Result diff = GuidepostCommandTest.run("diff", project.toString(), "1.0.0");
        assertEquals(2, diff.code());
        assertTrue(diff.err().contains("GP-HIST-1") && diff.err().contains("is not in a Git repository"), diff.err());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
