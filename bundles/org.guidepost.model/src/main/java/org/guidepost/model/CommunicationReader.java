package org.guidepost.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a clinic's tool sends to be checked: one JSON object, a JSON array of objects, or NDJSON (one object
 * per line), told apart by the content. A record may also be a labelled corpus line,
 * {@code {"communication": {...}, "expected": [...]}}: its communication is read. Each record is checked against the published communication schema
 * ({@link Schemas#communication()}); a bad record is reported with its place and the others are still read.
 * Reading never throws for bad input and never runs out of memory or stack on it: the input's size, its nesting
 * and its number of records are capped.
 *
 * <p>Error codes (stable; shown as {@code source:line:column: error CODE message}):
 * <ul>
 * <li>{@value #JSON_SYNTAX} — not well-formed JSON, at the character where it goes wrong; also content after the
 *     single object or array. Fix the JSON there.</li>
 * <li>{@value #NOT_AN_OBJECT} — well-formed, but a record is not a JSON object (a string, number, nested array),
 *     or there is no record at all. Send each communication as an object.</li>
 * <li>{@value #MISSING_FIELD} — a field the schema requires is missing; the message names it as a JSON pointer
 *     ({@code /account/type}) and its allowed values where it has a fixed set.</li>
 * <li>{@value #INVALID_VALUE} — a value the schema does not allow: outside an enumeration (the message lists the
 *     allowed values), of the wrong type, too long, out of range, or not a valid date; at the value.</li>
 * <li>{@value #TOO_LARGE} — the input has more bytes than the reader's limit ({@link #DEFAULT_MAX_INPUT_BYTES}
 *     unless configured), or a single JSON token exceeds Jackson's limits. Send fewer communications at a
 *     time.</li>
 * <li>{@value #TOO_DEEP} — objects and arrays nested deeper than the limit ({@link #DEFAULT_MAX_NESTING_DEPTH},
 *     counting an enclosing array).</li>
 * <li>{@value #TOO_MANY_RECORDS} — more records than the limit ({@link #DEFAULT_MAX_RECORDS}); those before it
 *     are read.</li>
 * <li>{@value #UNREADABLE} — the input cannot be read: an I/O error, or bytes that are not UTF-8.</li>
 * </ul>
 *
 * <p>A syntax error inside an array ends the reading there (what follows cannot be told apart), records before it
 * are kept; in NDJSON each line stands alone, so reading goes on with the next line. Instances are immutable and
 * thread-safe.
 */
public final class CommunicationReader {
    public static final String JSON_SYNTAX = "GP-JSON-1";
    public static final String NOT_AN_OBJECT = "GP-JSON-2";
    public static final String MISSING_FIELD = "GP-COMM-1";
    public static final String INVALID_VALUE = "GP-COMM-2";
    public static final String TOO_LARGE = "GP-INPUT-1";
    public static final String TOO_DEEP = "GP-INPUT-2";
    public static final String TOO_MANY_RECORDS = "GP-INPUT-3";
    public static final String UNREADABLE = "GP-INPUT-4";

    public static final int DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    public static final int DEFAULT_MAX_RECORDS = 10_000;
    /** The largest input limit that can be set: the whole input is held in memory, as bytes and as text. */
    public static final int MAX_INPUT_BYTES_LIMIT = 1024 * 1024 * 1024;

    private static final SchemaCheck COMMUNICATION_SCHEMA = SchemaCheck.of(Schemas.COMMUNICATION);
    private static final int MIB = 1024 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** The first character of the text being parsed, for problems that concern a whole line or input. */
    private static final JsonLocation TEXT_START = new JsonLocation(ContentReference.unknown(), 0, 1, 1);
    private static final Pattern JACKSON_LOCATION = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)]");

    /** How the records of an input are laid out, as detected from its content. */
    public enum Format {
        /** One JSON object. */
        OBJECT,
        /** A JSON array of objects. */
        ARRAY,
        /** Newline-delimited JSON: one object per line. */
        NDJSON
    }

    /**
     * What an input gave.
     *
     * @param format   how the records were laid out, or null when the input could not be read as text
     * @param records  the communications read, in input order
     * @param problems why other records (or the whole input) could not be read, in input order
     */
    public record Result(Format format, List<CommunicationRecord> records, List<InputProblem> problems) {
        public Result {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }

        /** The communications read, in input order. */
        public List<Communication> communications() {
            return records.stream().map(CommunicationRecord::communication).toList();
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    private final int maxInputBytes;
    private final int maxNestingDepth;
    private final int maxRecords;
    private final JsonFactory factory;

    /** A reader with the default limits. */
    public CommunicationReader() {
        this(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_RECORDS);
    }

    private CommunicationReader(int maxInputBytes, int maxNestingDepth, int maxRecords) {
        this.maxInputBytes = requireBetween(maxInputBytes, 1, MAX_INPUT_BYTES_LIMIT, "maxInputBytes");
        this.maxNestingDepth = requireBetween(maxNestingDepth, 1, Integer.MAX_VALUE, "maxNestingDepth");
        this.maxRecords = requireBetween(maxRecords, 1, Integer.MAX_VALUE, "maxRecords");
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).build())
                .build();
    }

    private static int requireBetween(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** This reader reading at most {@code bytes} bytes of input (1 to {@link #MAX_INPUT_BYTES_LIMIT}). */
    public CommunicationReader withMaxInputBytes(int bytes) {
        return new CommunicationReader(bytes, maxNestingDepth, maxRecords);
    }

    /** This reader refusing objects and arrays nested deeper than {@code depth}. */
    public CommunicationReader withMaxNestingDepth(int depth) {
        return new CommunicationReader(maxInputBytes, depth, maxRecords);
    }

    /** This reader reading at most {@code records} records of one input. */
    public CommunicationReader withMaxRecords(int records) {
        return new CommunicationReader(maxInputBytes, maxNestingDepth, records);
    }

    /** Reads a file; its path is the source named in problems. */
    public Result read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            return unreadable(file.toString(), 0, 0, "cannot read the file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    /**
     * Reads {@code in} up to the input limit, without closing it.
     *
     * @param source what {@code in} is, as the user knows it ({@code stdin}, a file name), for problems
     */
    public Result read(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxInputBytes + 1);
        } catch (IOException e) {
            return unreadable(source, 0, 0, "cannot read the input (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        if (bytes.length > maxInputBytes) {
            return new Result(null, List.of(), List.of(new InputProblem(source, -1, 0, 0, TOO_LARGE,
                    null, "the input is larger than " + size(maxInputBytes)
                            + ", the most one check reads; send fewer communications at a time")));
        }
        return readUtf8(bytes, source);
    }

    /** Reads JSON text (as if it were sent as UTF-8 bytes, so the same input limit applies). */
    public Result read(String json, String source) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }

    private Result readUtf8(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return notUtf8(bytes, in.position(), source);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        // A byte order mark is allowed before the JSON; a space in its place keeps the columns.
        return new Reading(source, text.indexOf(BYTE_ORDER_MARK) == 0 ? " " + text.substring(1) : text).read();
    }

    private static Result notUtf8(byte[] bytes, int badByte, String source) {
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < badByte; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, badByte - lineStart, StandardCharsets.UTF_8).length() + 1;
        return unreadable(source, line, column, String.format(
                "the input is not UTF-8 text (byte 0x%02X at offset %d); save or send it as UTF-8",
                bytes[badByte] & 0xFF, badByte));
    }

    private static Result unreadable(String source, int line, int column, String message) {
        return new Result(null, List.of(), List.of(new InputProblem(source, -1, line, column, UNREADABLE, null,
                message)));
    }

    private static String size(int bytes) {
        return bytes % MIB == 0 ? bytes / MIB + " MiB" : bytes + " bytes";
    }

    /** The reading of one input: its text, and what was read from it so far. */
    private final class Reading {
        private final String source;
        private final String text;
        private final List<CommunicationRecord> records = new ArrayList<>();
        private final List<InputProblem> problems = new ArrayList<>();
        /** The record being read, to which a parse error belongs; -1 outside any record. */
        private int current = -1;
        /** Lines of the input before the text being parsed: an NDJSON line is parsed on its own. */
        private int lineOffset;

        Reading(String source, String text) {
            this.source = source;
            this.text = text;
        }

        Result read() {
            int start = 0;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            Format format;
            if (start == text.length()) {
                format = Format.OBJECT;
                problem(NOT_AN_OBJECT, TEXT_START, null, "there is no communication in the input (it is empty); send a"
                        + " JSON object such as {\"id\": \"c-1\", \"channel\": \"facebook\", \"kind\": \"post\","
                        + " \"account\": {\"type\": \"clinic\"}, \"text\": \"...\"}");
            } else if (text.charAt(start) == '[') {
                format = Format.ARRAY;
                parse(text, this::readArray);
            } else if (isNdjson()) {
                format = Format.NDJSON;
                readNdjson();
            } else {
                format = Format.OBJECT;
                parse(text, this::readObject);
            }
            return new Result(format, records, problems);
        }

        /**
         * NDJSON has at least two lines with content, and its first is a whole object; a pretty-printed object
         * starts with a line that does not close it ("{" alone, or the first property).
         */
        private boolean isNdjson() {
            List<String> lines = text.lines().filter(line -> !line.isBlank()).limit(2).toList();
            if (lines.size() < 2) {
                return false;
            }
            String first = lines.get(0).strip();
            return first.startsWith("{") && first.endsWith("}");
        }

        private void readObject(JsonParser parser) throws IOException {
            current = 0;
            parser.nextToken();
            record(parser);
            current = -1;
            refuseTrailingContent(parser, "more JSON after the communication's closing brace; send one"
                    + " object, an array of objects, or one object per line (NDJSON)");
        }

        private void readArray(JsonParser parser) throws IOException {
            parser.nextToken();
            for (int index = 0; ; index++) {
                current = index;
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    break;
                }
                if (index == maxRecords) {
                    tooManyRecords(parser.currentTokenLocation());
                    return;
                }
                record(parser);
            }
            current = -1;
            refuseTrailingContent(parser, "more JSON after the array's closing bracket; put all communications in the one array");
        }

        private void readNdjson() {
            int index = 0;
            int lineNumber = 0;
            for (String line : (Iterable<String>) text.lines()::iterator) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                current = index++;
                lineOffset = lineNumber - 1;
                if (current == maxRecords) {
                    tooManyRecords(TEXT_START);
                    return;
                }
                parse(line, parser -> {
                    parser.nextToken();
                    record(parser);
                    refuseTrailingContent(parser,
                            "more JSON after the object on this line; put each communication on a line of its own");
                });
            }
        }

        /** Reads the value at the parser's current token as record {@link #current}. */
        private void record(JsonParser parser) throws IOException {
            // networknt's location-aware nodes remember where each value stood, for the schema's errors
            JsonNode node = Json.MAPPER.reader(LocationJsonNodeFactoryFactory.getInstance().getJsonNodeFactory(parser))
                    .readTree(parser);
            JsonLocation start = JsonNodes.tokenStreamLocationOf(node);
            if (!node.isObject()) {
                problem(NOT_AN_OBJECT, start, null, "expected a communication, a JSON object {...}, found "
                        + SchemaCheck.found(node));
                return;
            }
            // A labelled corpus line ({"communication": {...}, "expected": [...]}) is checked as its communication.
            if (!node.has("id") && node.get("communication") instanceof ObjectNode wrapped) {
                node = wrapped;
            }
            List<SchemaCheck.Violation> violations = COMMUNICATION_SCHEMA.check(node);
            violations.sort(Comparator.comparing(v -> JsonNodes.tokenStreamLocationOf(v.node()).getCharOffset()));
            for (SchemaCheck.Violation violation : violations) {
                problem(violation.missingField() ? MISSING_FIELD : INVALID_VALUE,
                        JsonNodes.tokenStreamLocationOf(violation.node()), violation.pointer(), violation.message());
            }
            if (violations.isEmpty()) {
                records.add(new CommunicationRecord(current, start.getLineNr() + lineOffset, start.getColumnNr(),
                        bind(node)));
            }
        }

        /** The communication of a valid record; the schema has allowed it, so this cannot fail. */
        private Communication bind(JsonNode record) {
            try {
                return Json.MAPPER.treeToValue(record, Communication.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a communication the schema allows does not fit the model: "
                        + e.getOriginalMessage(), e);
            }
        }

        private void refuseTrailingContent(JsonParser parser, String message) throws IOException {
            if (parser.nextToken() != null) {
                problem(JSON_SYNTAX, parser.currentTokenLocation(), null, message);
            }
        }

        private void tooManyRecords(JsonLocation at) {
            problem(TOO_MANY_RECORDS, at, null, "more than " + maxRecords + " communications in one input; send at most " + maxRecords
                            + " at a time (the first " + maxRecords + " were read)");
        }

        /** Runs {@code reading} on a parser of {@code json}, turning what the parser refuses into problems. */
        private void parse(String json, ParserAction reading) {
            try (JsonParser parser = factory.createParser(json)) {
                try {
                    reading.read(parser);
                } catch (StreamConstraintsException e) {
                    // Jackson stops at its limits before memory or the stack run out; the nesting depth is ours
                    boolean tooDeep = parser.getParsingContext().getNestingDepth() > maxNestingDepth;
                    problem(tooDeep ? TOO_DEEP : TOO_LARGE, parser.currentLocation(), null, tooDeep ? "objects and arrays are nested more than " + maxNestingDepth + " deep; a"
                                    + " communication needs only a few levels (flatten its metadata)"
                                    : firstLine(e.getOriginalMessage()) + "; send smaller values");
                } catch (JsonProcessingException e) {
                    problem(JSON_SYNTAX, e.getLocation() != null ? e.getLocation() : parser.currentLocation(), null,
                            "not valid JSON: " + withPlainLocations(firstLine(e.getOriginalMessage())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading JSON from a string cannot fail with I/O", e);
            }
        }

        /** Records a problem of record {@link #current} at {@code at}, a place in the text being parsed. */
        private void problem(String code, JsonLocation at, String field, String message) {
            problems.add(new InputProblem(source, current, Math.max(at.getLineNr() + lineOffset, 0),
                    Math.max(at.getColumnNr(), 0), code, field, message));
        }

        /**
         * Jackson names other places in its messages as {@code [Source: REDACTED (...); line: 1, column: 2]} (e.g.
         * where an unclosed object started); people read {@code line 1, column 2}, counted in the whole input.
         */
        private String withPlainLocations(String message) {
            Matcher location = JACKSON_LOCATION.matcher(message);
            StringBuilder plain = new StringBuilder();
            while (location.find()) {
                location.appendReplacement(plain, "line " + (Integer.parseInt(location.group(1)) + lineOffset)
                        + ", column " + location.group(2));
            }
            return location.appendTail(plain).toString();
        }
    }

    /** A way of reading records from a parser. */
    @FunctionalInterface
    private interface ParserAction {
        void read(JsonParser parser) throws IOException;
    }

    private static String firstLine(String text) {
        String line = Objects.requireNonNullElse(text, "");
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline);
    }
}
