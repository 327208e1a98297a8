package org.guidepost.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.guidepost.model.Communication;
import org.guidepost.model.Json;

/**
 * Adds a test case to a project's test file, as the workbench's "Save as test case" does: the case is appended as
 * text under {@code cases:} so everything already in the file (comments, order, formatting) stays as it was, the
 * result is read back with {@link TestFiles} before it replaces the file, and the file is replaced atomically.
 */
public final class TestCaseWriter {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private TestCaseWriter() {
    }

    /**
     * A case to save: its name, an optional note, the communication, and the exact set of clauses it must raise
     * (empty: it must raise none).
     */
    public record NewCase(String name, String note, Communication communication, Set<String> clauses) {
        public NewCase {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a test case needs a name that says what it proves");
            }
            Objects.requireNonNull(communication, "communication");
            clauses = Set.copyOf(clauses);
        }
    }

    /**
     * Appends {@code newCase} to {@code tests/<fileName>} of the project (created with a {@code cases:} list when
     * missing) and returns the line the case starts on.
     *
     * @throws IOException when the file cannot be written, holds a single top-level case, or would not read back as
     *                     valid test cases (the message says why; the file is left as it was)
     */
    public static int append(Path project, String fileName, NewCase newCase) throws IOException {
        if (!fileName.matches("[A-Za-z0-9._-]+\\.ya?ml") || fileName.startsWith(".")) {
            throw new IOException("'" + fileName + "' is not a test file name: use letters, digits, '.', '-' or '_'"
                    + " and end it with .yaml");
        }
        Path tests = project.resolve("tests");
        Path file = tests.resolve(fileName);
        String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!before.isBlank() && !before.lines().anyMatch(line -> line.equals("cases:") || line.startsWith("cases: ")
                || line.startsWith("cases:#"))) {
            throw new IOException(file + " holds a single test case, not a 'cases:' list; choose another file or move"
                    + " its case under 'cases:'");
        }
        StringBuilder text = new StringBuilder(before);
        if (before.isBlank()) {
            text.setLength(0);
            text.append("cases:\n");
        } else if (!before.endsWith("\n")) {
            text.append('\n');
        }
        int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
        text.append(render(newCase, itemIndent(before)));

        Files.createDirectories(tests);
        Path temp = Files.createTempFile(tests, ".guidepost-", ".yaml.tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            int casesBefore = before.isBlank() ? 0 : readAlone(tests, fileName, before).cases().size();
            TestFiles.Suite after = readAlone(tests, fileName, text.toString());
            if (!after.diagnostics().isEmpty()) {
                throw new IOException("the new case would make " + fileName + " invalid, so it was not saved: "
                        + after.diagnostics().stream().map(Object::toString).collect(Collectors.joining("; ")));
            }
            if (after.cases().size() != casesBefore + 1) {
                throw new IOException("the new case did not read back from " + fileName + " (" + after.cases().size()
                        + " cases instead of " + (casesBefore + 1) + "), so it was not saved");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return line;
    }

    /** How the file indents the items of {@code cases:} (two spaces when it has none yet). */
    static String itemIndent(String text) {
        boolean inCases = false;
        for (String line : text.lines().toList()) {
            if (line.startsWith("cases:")) {
                inCases = true;
            } else if (inCases && line.stripLeading().startsWith("- ")) {
                return line.substring(0, line.indexOf('-'));
            } else if (inCases && !line.isBlank() && !line.startsWith(" ") && !line.startsWith("#")) {
                inCases = false;
            }
        }
        return "  ";
    }

    /** The case as YAML lines of a {@code cases:} list item, indented by {@code indent}. */
    static String render(NewCase newCase, String indent) throws JsonProcessingException {
        ObjectNode item = YAML.createObjectNode();
        item.put("name", newCase.name());
        if (newCase.note() != null && !newCase.note().isBlank()) {
            item.put("note", newCase.note());
        }
        JsonNode communication = YAML.readTree(Json.write(newCase.communication()));
        item.set("communication", communication);
        ArrayNode clauses = item.putObject("expect").putArray("clauses");
        new TreeSet<>(newCase.clauses()).forEach(clauses::add);
        String yaml = YAML.writeValueAsString(YAML.createArrayNode().add(item));
        return yaml.lines().map(l -> indent + l).collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * The cases of one test file's text, read as {@link TestFiles} reads a project, beside a copy of the other files
     * of {@code tests} (a case may name a communication file there).
     */
    private static TestFiles.Suite readAlone(Path tests, String fileName, String text) throws IOException {
        Path copy = Files.createTempDirectory("guidepost-save-case-");
        try {
            Path copiedTests = copy.resolve("tests");
            Files.createDirectories(copiedTests);
            if (Files.isDirectory(tests)) {
                try (var walk = Files.walk(tests)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        String name = p.getFileName().toString();
                        if (tests.relativize(p).getNameCount() == 1 && (name.endsWith(".yaml") || name.endsWith(".yml")
                                || name.endsWith(".jsonl") || name.endsWith(".tmp"))) {
                            continue; // other test files would count their own cases
                        }
                        Path to = copiedTests.resolve(tests.relativize(p).toString());
                        Files.createDirectories(to.getParent());
                        Files.copy(p, to);
                    }
                }
            }
            Files.writeString(copiedTests.resolve(fileName), text, StandardCharsets.UTF_8);
            return TestFiles.read(copy);
        } finally {
            try (var walk = Files.walk(copy)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
