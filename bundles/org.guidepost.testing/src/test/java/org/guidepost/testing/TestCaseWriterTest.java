package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.guidepost.model.Communication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Save as test case": appended as text, read back before it replaces the file, and then run like any case. */
class TestCaseWriterTest {
    @TempDir
    Path temp;

    private static Communication post(String text) {
        return new Communication("try-1", "instagram", "post", "clinic", text);
    }

    @Test
    void aNewFileGetsACasesListAndTheCaseRunsGreen() throws Exception {
        Path project = Fixtures.copyClinic(temp);
        int before = TestRunner.run(project).results().size();

        int line = TestCaseWriter.append(project, "saved.yaml", new TestCaseWriter.NewCase(
                "DM us your MRI: \"quotes\", colons: and # hashes survive", null,
                post("Sore knee? DM us your MRI: we reply # fast"), Set.of("PRV-1")));

        assertEquals(2, line);
        TestRun run = TestRunner.run(project);
        assertEquals(before + 1, run.results().size());
        CaseResult saved = run.results().stream().filter(r -> r.testCase().name().startsWith("DM us your MRI")).findFirst()
                .orElseThrow();
        assertEquals("DM us your MRI: \"quotes\", colons: and # hashes survive", saved.testCase().name());
        assertEquals("Sore knee? DM us your MRI: we reply # fast", saved.testCase().communication().getText());
        assertEquals(CaseResult.Outcome.PASS, saved.outcome(), saved.toString());
    }

    @Test
    void anExistingFileKeepsItsTextAndComments() throws Exception {
        Path project = Fixtures.copyClinic(temp);
        Path file = project.resolve("tests/mine.yaml");
        String original = "# cases written by hand\ncases:\n  - name: quiet post   # a comment\n    communication:\n"
                + "      id: q\n      channel: instagram\n      kind: post\n      account: { type: clinic }\n"
                + "      text: Stretch daily.\n    expect:\n      clauses: []\n";
        Files.writeString(file, original);

        TestCaseWriter.append(project, "mine.yaml", new TestCaseWriter.NewCase("second", "a note", post("Stretch."), Set.of()));

        String after = Files.readString(file);
        assertTrue(after.startsWith(original), after);
        assertEquals(2, TestFiles.read(project).cases().stream().filter(c -> c.file().endsWith("mine.yaml")).count());
    }

    @Test
    void aSingleCaseFileOrABadNameIsRefusedAndNothingChanges() throws Exception {
        Path project = Fixtures.copyClinic(temp);
        Path file = project.resolve("tests/single.yaml");
        String single = "name: one\ncommunication:\n  id: q\n  channel: instagram\n  kind: post\n  account: {type: clinic}\n"
                + "  text: Hi\nexpect:\n  clauses: []\n";
        Files.writeString(file, single);

        IOException e = assertThrows(IOException.class, () -> TestCaseWriter.append(project, "single.yaml",
                new TestCaseWriter.NewCase("x", null, post("Hi"), Set.of())));
        assertTrue(e.getMessage().contains("single test case"), e.getMessage());
        assertEquals(single, Files.readString(file));
        assertThrows(IOException.class, () -> TestCaseWriter.append(project, "../escape.yaml",
                new TestCaseWriter.NewCase("x", null, post("Hi"), Set.of())));
        assertThrows(IllegalArgumentException.class, () -> new TestCaseWriter.NewCase(" ", null, post("Hi"), Set.of()));
        try (var files = Files.list(project.resolve("tests"))) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }
}
