package org.guidepost.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds and reads guideline projects on disk. */
public final class GuidelineProjects {
    /** The file that makes a folder a guideline project. */
    public static final String GUIDELINE_FILE = "guideline.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final java.util.Map<String, SchemaCheck> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Lazy GUIDELINE_SCHEMA = new Lazy(Schemas.GUIDELINE);
    private static final Lazy LEXICON_SCHEMA = new Lazy(Schemas.LEXICON);

    /** A schema check built on first use: loading a schema takes tens of milliseconds. */
    private static final class Lazy {
        private final String name;
        private volatile SchemaCheck check;

        Lazy(String name) {
            this.name = name;
        }

        SchemaCheck get() {
            SchemaCheck result = check;
            if (result == null) {
                result = SchemaCheck.of(name);
                check = result;
            }
            return result;
        }
    }

    private GuidelineProjects() {
    }

    /** Whether {@code directory} is a guideline project (holds a {@code guideline.yaml}). */
    public static boolean isProject(Path directory) {
        return Files.isRegularFile(directory.resolve(GUIDELINE_FILE));
    }

    /**
     * The guideline projects directly under {@code root} (and {@code root} itself if it is one),
     * sorted by folder name. A missing root has none.
     */
    public static List<Path> discover(Path root) throws IOException {
        List<Path> projects = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return projects;
        }
        if (isProject(root)) {
            projects.add(root);
        }
        try (Stream<Path> children = Files.list(root)) {
            children.filter(Files::isDirectory).filter(GuidelineProjects::isProject).sorted().forEach(projects::add);
        }
        return projects;
    }

    /** Reads the project in {@code directory}: its guideline and the lists of its files. */
    public static GuidelineProject open(Path directory) throws GuidelineFormatException {
        Guideline guideline = readGuideline(directory.resolve(GUIDELINE_FILE));
        return new GuidelineProject(directory, guideline,
                filesIn(directory.resolve("rules"), ".drl"),
                filesIn(directory.resolve("lexicons"), ".yaml"),
                filesIn(directory.resolve("tests"), ".yaml"));
    }

    /** Reads one {@code guideline.yaml}, refusing anything the format does not allow with its location. */
    public static Guideline readGuideline(Path file) throws GuidelineFormatException {
        return readYaml(file, Guideline.class, GUIDELINE_SCHEMA.get(), "write at least id, title and version");
    }

    /**
     * Reads the text of a {@code guideline.yaml} that is not (or not yet) on disk, such as an editor's unsaved
     * buffer, with the same checks as {@link #readGuideline(Path)}; problems name {@code file}.
     */
    public static Guideline readGuideline(Path file, byte[] content) throws GuidelineFormatException {
        return readYaml(file, content, Guideline.class, GUIDELINE_SCHEMA.get(), "write at least id, title and version");
    }

    /** Reads the text of a lexicon file that is not (or not yet) on disk; problems name {@code file}. */
    public static Lexicon readLexicon(Path file, byte[] content) throws GuidelineFormatException {
        return readYaml(file, content, Lexicon.class, LEXICON_SCHEMA.get(), "write at least name and terms");
    }

    /** Reads one lexicon file ({@code lexicons/<name>.yaml}), refusing anything the format does not allow. */
    public static Lexicon readLexicon(Path file) throws GuidelineFormatException {
        return readYaml(file, Lexicon.class, LEXICON_SCHEMA.get(), "write at least name and terms");
    }

    /**
     * Reads a YAML file of a guideline project into {@code type}, after checking it against one of the published
     * schemas ({@link Schemas}, e.g. {@link Schemas#TESTS}); problems come with the file, line and column.
     */
    public static <T> T readYaml(Path file, Class<T> type, String schemaName) throws GuidelineFormatException {
        return readYaml(file, type, SCHEMAS.computeIfAbsent(schemaName, SchemaCheck::of), "see " + schemaName);
    }

    private static <T> T readYaml(Path file, Class<T> type, SchemaCheck schema, String whatToWrite)
            throws GuidelineFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GuidelineFormatException(GuidelineFormatException.IO, file, 0, 0,
                    "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        return readYaml(file, bytes, type, schema, whatToWrite);
    }

    private static <T> T readYaml(Path file, byte[] bytes, Class<T> type, SchemaCheck schema, String whatToWrite)
            throws GuidelineFormatException {
        try {
            JsonNode tree = YAML.readTree(bytes);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new GuidelineFormatException(GuidelineFormatException.YAML_CONTENT, file, 1, 1,
                        "the file is empty (" + whatToWrite + ")", null);
            }
            // The published schema words the problem for people and names the allowed values.
            List<SchemaCheck.Violation> violations = schema.check(tree);
            if (!violations.isEmpty()) {
                SchemaCheck.Violation first = violations.get(0);
                JsonLocation at = YamlLocator.locate(bytes, first.pointer());
                throw new GuidelineFormatException(GuidelineFormatException.YAML_CONTENT, file,
                        at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0),
                        describe(first), null);
            }
            return YAML.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw located(GuidelineFormatException.YAML_CONTENT, file, bytes, e, "unknown field '" + e.getPropertyName()
                    + "' at " + pathOf(e) + " (allowed: " + e.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", ")) + ")");
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                throw located(GuidelineFormatException.YAML_SYNTAX, file, syntax,
                        "not valid YAML: " + firstLine(syntax.getOriginalMessage()));
            }
            Throwable cause = e.getCause() instanceof IllegalArgumentException
                    || e.getCause() instanceof NullPointerException ? e.getCause() : null;
            String what = cause != null ? cause.getMessage() : e.getOriginalMessage();
            throw located(GuidelineFormatException.YAML_CONTENT, file, bytes, e,
                    "invalid value at " + pathOf(e) + ": " + firstLine(what));
        } catch (JsonProcessingException e) {
            throw located(GuidelineFormatException.YAML_SYNTAX, file, e,
                    "not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new GuidelineFormatException(GuidelineFormatException.IO, file, 0, 0,
                    "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /** "clauses[0].severity: 'fatal' is not one of error, warning, info" from the violation's JSON pointer. */
    private static String describe(SchemaCheck.Violation violation) {
        StringBuilder path = new StringBuilder();
        for (String step : violation.pointer().isEmpty() ? new String[0] : violation.pointer().substring(1).split("/", -1)) {
            String name = step.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return (path.length() == 0 ? "the top level" : path) + ": " + violation.problem();
    }

    private static GuidelineFormatException located(String code, Path file, byte[] yaml, JsonMappingException e,
            String problem) {
        JsonLocation at = YamlLocator.locate(yaml, e.getPath());
        return located(code, file, at != null ? at : e.getLocation(), problem, e);
    }

    private static GuidelineFormatException located(String code, Path file, JsonProcessingException e, String problem) {
        // SnakeYAML knows the exact character at fault (its "problem mark"); Jackson only where it started.
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            return new GuidelineFormatException(code, file, mark.getLine() + 1, mark.getColumn() + 1,
                    "not valid YAML: " + yaml.getProblem(), e);
        }
        return located(code, file, e.getLocation(), problem, e);
    }

    private static GuidelineFormatException located(String code, Path file, JsonLocation at, String problem,
            Exception e) {
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new GuidelineFormatException(code, file, line, column, problem, e);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.length() == 0 ? "the top level" : path.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static List<Path> filesIn(Path folder, String suffix) throws GuidelineFormatException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        } catch (IOException e) {
            throw new GuidelineFormatException(GuidelineFormatException.IO, folder, 0, 0,
                    "cannot list the folder (" + e.getMessage() + ")", e);
        }
    }
}
