package org.guidepost.testing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.guidepost.model.CommunicationReader;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.InputProblem;
import org.guidepost.model.Schemas;
import org.guidepost.model.Severity;
import org.guidepost.model.Verdict;
import org.guidepost.model.YamlLocator;

/**
 * Reads the test cases of a guideline project: {@code tests/*.yaml} (one case, or several under {@code cases};
 * see {@code tests.schema.json}) and {@code tests/*.jsonl}, a corpus of labelled communications, one
 * {@code {"communication": {...}, "expected": [clause ids], "note": "..."}} a line.
 *
 * <p>Diagnostic codes: {@value #CASE_SHAPE} a case's expectations contradict each other, or a file is neither one
 * case nor {@code cases}; {@value #BAD_COMMUNICATION} a case's communication does not follow
 * communication.schema.json (at the field); {@value #MISSING_COMMUNICATION_FILE} a communication file cannot be
 * read; {@value #BAD_CORPUS_LINE} a corpus line is not a labelled communication. A file that does not follow
 * tests.schema.json gives {@code GP-YAML-*}.
 */
public final class TestFiles {
    public static final String CASE_SHAPE = "GP-TEST-1";
    public static final String BAD_COMMUNICATION = "GP-TEST-2";
    public static final String MISSING_COMMUNICATION_FILE = "GP-TEST-3";
    public static final String BAD_CORPUS_LINE = "GP-TEST-6";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CommunicationReader READER = new CommunicationReader();

    /** The cases read and the problems met; cases with problems are left out. */
    public record Suite(List<TestCase> cases, List<Diagnostic> diagnostics) {
        public Suite {
            cases = List.copyOf(cases);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    record RawFile(List<RawCase> cases, String name, String note, String variant, String date, JsonNode communication,
            RawExpect expect) {
    }

    record RawCase(String name, String note, String variant, String date, JsonNode communication, RawExpect expect) {
    }

    record RawExpect(List<String> clauses, List<String> includes, List<String> excludes, String verdict,
            List<RawFinding> findings) {
    }

    record RawFinding(String clause, String severity, String excerpt) {
    }

    private final Path project;
    private final List<TestCase> cases = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private TestFiles(Path project) {
        this.project = project;
    }

    /** Reads every test file of the project in {@code directory}, in file-name order. */
    public static Suite read(Path directory) {
        TestFiles reader = new TestFiles(directory);
        Path tests = directory.resolve("tests");
        if (Files.isDirectory(tests)) {
            try (Stream<Path> files = Files.list(tests)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                        reader.readYaml(file);
                    } else if (name.endsWith(".jsonl")) {
                        reader.readCorpus(file);
                    }
                }
            } catch (IOException e) {
                reader.error(GuidelineFormatException.IO, tests, 0, 0, "cannot list the test files (" + e.getMessage() + ")");
            }
        }
        return new Suite(reader.cases, reader.diagnostics);
    }

    private void readYaml(Path file) {
        RawFile raw;
        byte[] bytes;
        try {
            raw = GuidelineProjects.readYaml(file, RawFile.class, Schemas.TESTS);
            bytes = Files.readAllBytes(file);
        } catch (GuidelineFormatException e) {
            error(e.code(), e.file(), e.line(), e.column(), e.problem());
            return;
        } catch (IOException e) {
            error(GuidelineFormatException.IO, file, 0, 0, "cannot read the file (" + e.getMessage() + ")");
            return;
        }
        boolean single = raw.name() != null || raw.communication() != null || raw.expect() != null;
        if (raw.cases() != null && single) {
            error(CASE_SHAPE, file, 1, 1, "a test file holds either one case (name, communication, expect) or several "
                    + "under 'cases', not both; move the top-level case into 'cases'");
        } else if (raw.cases() != null) {
            List<JsonLocation> starts = YamlLocator.elements(bytes, "/cases"); // one reading for all the cases' lines
            for (int i = 0; i < raw.cases().size(); i++) {
                RawCase c = raw.cases().get(i);
                int line = i < starts.size() ? starts.get(i).getLineNr() : lineOf(bytes, "/cases/" + i);
                addCase(file, bytes, "/cases/" + i, line, c.name(), c.note(), c.variant(), c.date(), c.communication(),
                        c.expect());
            }
        } else if (raw.name() == null || raw.communication() == null || raw.expect() == null) {
            error(CASE_SHAPE, file, 1, 1, "a test case needs name, communication and expect (or list several cases under 'cases')");
        } else {
            addCase(file, bytes, "", lineOf(bytes, ""), raw.name(), raw.note(), raw.variant(), raw.date(), raw.communication(), raw.expect());
        }
    }

    private void addCase(Path file, byte[] yaml, String pointer, int line, String name, String note, String variant,
            String date, JsonNode communicationNode, RawExpect expect) {
        Expectation expectation = expectation(file, yaml, pointer, expect);
        String json;
        String source;
        int lineOffset = -1;
        if (communicationNode.isTextual()) {
            Path jsonFile = file.getParent().resolve(communicationNode.asText()).normalize();
            try {
                json = Files.readString(jsonFile, StandardCharsets.UTF_8);
                source = display(jsonFile);
            } catch (IOException e) {
                error(MISSING_COMMUNICATION_FILE, file, lineOf(yaml, pointer + "/communication"), 1,
                        "cannot read the communication file " + communicationNode.asText() + " (relative to this test file): "
                                + e.getClass().getSimpleName() + " " + e.getMessage());
                return;
            }
        } else {
            json = communicationNode.toString();
            source = display(file);
            lineOffset = 0;
        }
        CommunicationReader.Result read = READER.read(json, source);
        if (read.hasProblems() || read.records().size() != 1) {
            for (InputProblem problem : read.problems()) {
                if (lineOffset < 0) {
                    diagnostics.add(problem.toDiagnostic());
                } else {
                    // inline: place the problem on the YAML line of the field
                    String at = pointer + "/communication" + (problem.field() == null ? "" : problem.field());
                    JsonLocation location = YamlLocator.locate(yaml, at);
                    diagnostics.add(new Diagnostic(BAD_COMMUNICATION, Severity.ERROR, display(file),
                            location == null ? line : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
                            "case '" + name + "': " + problem.message()));
                }
            }
            if (read.problems().isEmpty()) {
                error(BAD_COMMUNICATION, file, line, 1, "case '" + name + "': give one communication, as an object");
            }
            return;
        }
        if (expectation == null) {
            return;
        }
        LocalDate day = date == null ? null : LocalDate.parse(date);
        cases.add(new TestCase(display(file), line, name, note, variant, day, read.communications().get(0), expectation));
    }

    private Expectation expectation(Path file, byte[] yaml, String pointer, RawExpect raw) {
        if (raw.clauses() != null && (raw.includes() != null || raw.excludes() != null)) {
            error(CASE_SHAPE, file, lineOf(yaml, pointer + "/expect"), 1, "'clauses' is the exact set of clauses; "
                    + "it cannot be combined with 'includes' or 'excludes' (use one or the other)");
            return null;
        }
        if (raw.includes() != null && raw.excludes() != null) {
            LinkedHashSet<String> both = new LinkedHashSet<>(raw.includes());
            both.retainAll(raw.excludes());
            if (!both.isEmpty()) {
                error(CASE_SHAPE, file, lineOf(yaml, pointer + "/expect"), 1, "clause " + String.join(", ", both)
                        + " is both included and excluded");
                return null;
            }
        }
        List<Expectation.ExpectedFinding> findings = new ArrayList<>();
        if (raw.findings() != null) {
            for (RawFinding f : raw.findings()) {
                findings.add(new Expectation.ExpectedFinding(f.clause(),
                        f.severity() == null ? null : Severity.of(f.severity()), f.excerpt()));
            }
        }
        Verdict verdict = raw.verdict() == null ? null : Verdict.valueOf(raw.verdict().toUpperCase(Locale.ROOT));
        return new Expectation(raw.clauses() == null ? null : new LinkedHashSet<>(raw.clauses()),
                raw.includes() == null ? null : new LinkedHashSet<>(raw.includes()),
                raw.excludes() == null ? null : new LinkedHashSet<>(raw.excludes()), verdict, findings);
    }

    private void readCorpus(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            error(GuidelineFormatException.IO, file, 0, 0, "cannot read the corpus (" + e.getMessage() + ")");
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            int line = i + 1;
            JsonNode entry;
            try {
                entry = JSON.readTree(text);
            } catch (IOException e) {
                error(BAD_CORPUS_LINE, file, line, 1, "not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                        ? j.getOriginalMessage() : e.getMessage()));
                continue;
            }
            JsonNode communication = entry.get("communication");
            JsonNode expected = entry.get("expected");
            if (communication == null || !communication.isObject() || expected == null || !expected.isArray()) {
                error(BAD_CORPUS_LINE, file, line, 1, "a corpus line is {\"communication\": {...}, \"expected\": [clause ids]}");
                continue;
            }
            CommunicationReader.Result read = READER.read(communication.toString(), display(file));
            if (read.hasProblems()) {
                read.problems().forEach(p -> error(BAD_COMMUNICATION, file, line, 1, p.message()));
                continue;
            }
            LinkedHashSet<String> clauses = new LinkedHashSet<>();
            expected.forEach(c -> clauses.add(c.asText()));
            String note = entry.hasNonNull("note") ? entry.get("note").asText() : null;
            String id = read.communications().get(0).getId();
            cases.add(new TestCase(display(file), line, id, note, null, null, read.communications().get(0),
                    new Expectation(clauses, null, null, null, null)));
        }
    }

    private static int lineOf(byte[] yaml, String pointer) {
        JsonLocation location = YamlLocator.locate(yaml, pointer);
        return location == null ? 0 : location.getLineNr();
    }

    private void error(String code, Path file, int line, int column, String message) {
        diagnostics.add(new Diagnostic(code, Severity.ERROR, display(file), line, column, message));
    }

    /** Files as the user named the project: {@code rules/x/tests/a.yaml}. */
    private String display(Path file) {
        Path absolute = project.toAbsolutePath().normalize();
        return project.resolve(absolute.relativize(file.toAbsolutePath().normalize())).normalize().toString();
    }
}
