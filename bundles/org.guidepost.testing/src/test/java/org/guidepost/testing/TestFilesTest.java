package org.guidepost.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Severity;
import org.guidepost.testing.CaseResult.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test files that cannot be read, in whole or in part, give diagnostics with a code, the file and the line to fix;
 * the cases with problems are left out and every other case still runs.
 */
class TestFilesTest {
    @TempDir
    static Path tmp;
    private static Path project;
    private static TestFiles.Suite suite;

    @BeforeAll
    static void writeBrokenFiles() throws Exception {
        project = Fixtures.clinicWithoutTests(tmp);
        Fixtures.write(project, "tests/bad-date.yaml", """
                name: A day that does not exist
                date: 2026-02-30
                communication: {id: d-1, channel: instagram, kind: post, account: {type: clinic}, text: hi}
                expect: {clauses: []}
                """);
        Fixtures.write(project, "tests/both.yaml", """
                name: A case at the top
                communication: {id: t-1, channel: instagram, kind: post, account: {type: clinic}, text: hi}
                expect: {clauses: []}
                cases:
                  - name: A case under cases
                    communication: {id: t-2, channel: instagram, kind: post, account: {type: clinic}, text: hi}
                    expect: {clauses: []}
                """);
        Fixtures.write(project, "tests/communications/bad-channel.json", """
                {
                  "id": "f-1",
                  "channel": "myspace",
                  "kind": "post",
                  "account": {"type": "clinic"},
                  "text": "hi"
                }
                """);
        Fixtures.write(project, "tests/communications/two.json", """
                [{"id": "f-2", "channel": "x", "kind": "post", "account": {"type": "clinic"}, "text": "hi"},
                 {"id": "f-3", "channel": "x", "kind": "post", "account": {"type": "clinic"}, "text": "hi"}]
                """);
        Fixtures.write(project, "tests/corpus.jsonl", """
                {"communication": {"id": "r-1", "channel": "x", "kind": "post", "account": {"type": "clinic"}, "text": "hi"}, "expected": []}
                {"communication": {"id": "r-2", "channel": "x"
                {"communication": {"id": "r-3", "channel": "x", "kind": "post", "account": {"type": "clinic"}, "text": "hi"}}
                {"communication": {"id": "r-4", "channel": "nope", "kind": "post", "account": {"type": "clinic"}, "text": "hi"}, "expected": []}

                {"communication": {"id": "r-6", "channel": "x", "kind": "post", "account": {"type": "clinic"}, "text": "DM us your MRI"}, "expected": ["PRV-1"]}
                """);
        Fixtures.write(project, "tests/files.yaml", """
                cases:
                  - name: A communication file that breaks the schema
                    communication: communications/bad-channel.json
                    expect: {clauses: []}
                  - name: A communication file with two communications
                    communication: communications/two.json
                    expect: {clauses: []}
                """);
        Fixtures.write(project, "tests/incomplete.yaml", """
                name: A case without expectations
                communication: {id: i-1, channel: instagram, kind: post, account: {type: clinic}, text: hi}
                """);
        Fixtures.write(project, "tests/mixed.yaml", """
                cases:
                  - name: good one
                    communication: {id: m-1, channel: instagram, kind: post, account: {type: clinic}, text: "Stretch before you run."}
                    expect: {clauses: []}
                  - name: clauses with includes
                    communication: {id: m-2, channel: instagram, kind: post, account: {type: clinic}, text: hi}
                    expect:
                      clauses: []
                      includes: [PRV-1]
                  - name: a channel that does not exist
                    communication:
                      id: m-3
                      channel: tiktak
                      kind: post
                      account: { type: clinic }
                      text: hi
                    expect: {clauses: []}
                  - name: a missing communication file
                    communication: communications/nope.json
                    expect: {clauses: []}
                  - name: included and excluded
                    communication: {id: m-5, channel: instagram, kind: post, account: {type: clinic}, text: hi}
                    expect: {includes: [PRV-1, PRV-2], excludes: [PRV-2]}
                  - name: good two
                    communication: {id: m-6, channel: instagram, kind: post, account: {type: clinic}, text: "DM us your MRI"}
                    expect: {clauses: [PRV-1]}
                """);
        Fixtures.write(project, "tests/notes.txt", "not a test file: ignored\n");
        Fixtures.write(project, "tests/schema.yaml", """
                # verdict has three values
                name: A verdict that does not exist
                communication:
                  id: s-1
                  channel: instagram
                  kind: post
                  account: { type: clinic }
                  text: hi
                expect:
                  clauses: []
                  verdict: maybe
                """);
        Fixtures.write(project, "tests/single-inline.yaml", """
                name: An account type that does not exist
                communication:
                  id: b-1
                  channel: instagram
                  kind: post
                  account:
                    type: clinik
                  text: hi
                expect:
                  clauses: []
                """);
        suite = TestFiles.read(project);
    }

    private static String tests(String file) {
        return Fixtures.display(project, "tests/" + file);
    }

    private static Diagnostic only(String file, String code) {
        List<Diagnostic> found = suite.diagnostics().stream()
                .filter(d -> d.file().equals(tests(file)) && d.code().equals(code)).toList();
        assertEquals(1, found.size(), suite.diagnostics().toString());
        return found.get(0);
    }

    private static void assertAt(Diagnostic diagnostic, int line, int column) {
        assertEquals(line + ":" + column, diagnostic.line() + ":" + diagnostic.column(), diagnostic.toString());
        assertEquals(Severity.ERROR, diagnostic.severity());
    }

    @Test
    void everyProblemIsADiagnosticWithCodeFileAndLineInFileOrder() {
        List<String> seen = suite.diagnostics().stream()
                .map(d -> d.file().substring(project.resolve("tests").toString().length() + 1) + ":" + d.line() + " " + d.code())
                .toList();
        assertEquals(List.of(
                "bad-date.yaml:2 GP-YAML-2",
                "both.yaml:1 GP-TEST-1",
                "corpus.jsonl:2 GP-TEST-6",
                "corpus.jsonl:3 GP-TEST-6",
                "corpus.jsonl:4 GP-TEST-2",
                "communications/bad-channel.json:3 GP-COMM-2",
                "files.yaml:5 GP-TEST-2",
                "incomplete.yaml:1 GP-TEST-1",
                "mixed.yaml:7 GP-TEST-1",
                "mixed.yaml:13 GP-TEST-2",
                "mixed.yaml:19 GP-TEST-3",
                "mixed.yaml:23 GP-TEST-1",
                "schema.yaml:11 GP-YAML-2",
                "single-inline.yaml:7 GP-TEST-2"), seen);
    }

    @Test
    void aFileThatBreaksTheSchemaIsGpYaml2AtTheLineOfTheValue() {
        Diagnostic diagnostic = only("schema.yaml", "GP-YAML-2");
        assertAt(diagnostic, 11, 3);
        assertEquals("expect.verdict: 'maybe' is not one of pass, review, fail", diagnostic.message());
        assertEquals(tests("schema.yaml") + ":11:3: error GP-YAML-2 expect.verdict: 'maybe' is not one of pass, review, fail",
                diagnostic.toString());

        Diagnostic date = only("bad-date.yaml", "GP-YAML-2");
        assertAt(date, 2, 1);
        assertTrue(date.message().startsWith("date: '2026-02-30' is not a date"), date.message());
    }

    @Test
    void aTopLevelCaseBesideCasesIsGpTest1AndNeitherIsRead() {
        Diagnostic diagnostic = only("both.yaml", "GP-TEST-1");
        assertAt(diagnostic, 1, 1);
        assertTrue(diagnostic.message().contains("not both"), diagnostic.message());
        assertFalse(suite.cases().stream().anyMatch(c -> c.file().equals(tests("both.yaml"))));

        Diagnostic incomplete = only("incomplete.yaml", "GP-TEST-1");
        assertAt(incomplete, 1, 1);
        assertTrue(incomplete.message().contains("needs name, communication and expect"), incomplete.message());
    }

    @Test
    void clausesWithIncludesOrAClauseBothIncludedAndExcludedIsGpTest1AtTheExpectation() {
        List<Diagnostic> shape = suite.diagnostics().stream()
                .filter(d -> d.file().equals(tests("mixed.yaml")) && d.code().equals(TestFiles.CASE_SHAPE)).toList();
        assertEquals(2, shape.size(), shape.toString());
        assertAt(shape.get(0), 7, 1);
        assertTrue(shape.get(0).message().startsWith("'clauses' is the exact set of clauses; it cannot be combined with "
                + "'includes' or 'excludes'"), shape.get(0).message());
        assertAt(shape.get(1), 23, 1);
        assertEquals("clause PRV-2 is both included and excluded", shape.get(1).message());
    }

    @Test
    void anInlineCommunicationWithABadValueIsGpTest2OnTheYamlLineOfThatField() {
        Diagnostic diagnostic = only("mixed.yaml", TestFiles.BAD_COMMUNICATION);
        assertAt(diagnostic, 13, 7);
        assertTrue(diagnostic.message().startsWith("case 'a channel that does not exist': /channel: 'tiktak' is not one of "),
                diagnostic.message());
        assertTrue(diagnostic.message().contains("tiktok"), "names the allowed values: " + diagnostic.message());

        Diagnostic nested = only("single-inline.yaml", TestFiles.BAD_COMMUNICATION);
        assertAt(nested, 7, 5);
        assertEquals("case 'An account type that does not exist': /account/type: 'clinik' is not one of clinic, "
                + "professional, personal", nested.message());
    }

    @Test
    void aMissingCommunicationFileIsGpTest3AtTheCommunicationLine() {
        Diagnostic diagnostic = only("mixed.yaml", TestFiles.MISSING_COMMUNICATION_FILE);
        assertAt(diagnostic, 19, 1);
        assertTrue(diagnostic.message().startsWith("cannot read the communication file communications/nope.json "
                + "(relative to this test file)"), diagnostic.message());
    }

    @Test
    void aCommunicationFileThatBreaksTheSchemaIsReportedInThatFileAndOneWithTwoIsGpTest2() {
        Diagnostic inFile = only("communications/bad-channel.json", "GP-COMM-2");
        assertAt(inFile, 3, 14);
        assertTrue(inFile.message().startsWith("/channel: 'myspace' is not one of"), inFile.message());

        Diagnostic two = only("files.yaml", TestFiles.BAD_COMMUNICATION);
        assertAt(two, 5, 1);
        assertEquals("case 'A communication file with two communications': give one communication, as an object",
                two.message());
    }

    @Test
    void aBadCorpusLineIsGpTest6AtItsLineAndABadCommunicationOnOneIsGpTest2() {
        List<Diagnostic> corpus = suite.diagnostics().stream().filter(d -> d.file().equals(tests("corpus.jsonl"))).toList();
        assertEquals(3, corpus.size(), corpus.toString());
        assertEquals(TestFiles.BAD_CORPUS_LINE, corpus.get(0).code());
        assertAt(corpus.get(0), 2, 1);
        assertTrue(corpus.get(0).message().startsWith("not valid JSON: "), corpus.get(0).message());
        assertEquals(TestFiles.BAD_CORPUS_LINE, corpus.get(1).code());
        assertAt(corpus.get(1), 3, 1);
        assertEquals("a corpus line is {\"communication\": {...}, \"expected\": [clause ids]}", corpus.get(1).message());
        assertEquals(TestFiles.BAD_COMMUNICATION, corpus.get(2).code());
        assertAt(corpus.get(2), 4, 1);
        assertTrue(corpus.get(2).message().startsWith("/channel: 'nope' is not one of"), corpus.get(2).message());
    }

    @Test
    void casesWithProblemsAreLeftOutAndTheOthersAreRead() {
        assertEquals(List.of("corpus.jsonl:1 r-1", "corpus.jsonl:6 r-6", "mixed.yaml:2 good one", "mixed.yaml:24 good two"),
                suite.cases().stream().map(c -> c.file().substring(tests("").length() + 1) + ":" + c.line() + " " + c.name())
                        .toList());
    }

    @Test
    void theOtherCasesStillRunButTheRunDoesNotSucceed() {
        TestRun run = TestRunner.run(project);
        assertEquals(suite.diagnostics(), run.diagnostics());
        assertEquals(List.of("r-1", "r-6", "good one", "good two"),
                run.results().stream().map(r -> r.testCase().name()).toList());
        assertEquals(4, run.count(Outcome.PASS));
        assertTrue(run.compiled());
        assertTrue(run.hasErrors());
        assertFalse(run.succeeded(), "every case that ran passed, but some could not be read");
    }

    @Test
    void aProjectWithoutTestsHasNoCasesAndNoDiagnostics(@TempDir Path other) throws Exception {
        Path bare = Fixtures.clinicWithoutTests(other);
        java.nio.file.Files.delete(bare.resolve("tests"));
        TestFiles.Suite empty = TestFiles.read(bare);
        assertEquals(List.of(), empty.cases());
        assertEquals(List.of(), empty.diagnostics());
    }
}
