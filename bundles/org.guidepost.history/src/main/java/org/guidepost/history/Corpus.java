package org.guidepost.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guidepost.model.Communication;
import org.guidepost.model.CommunicationReader;
import org.guidepost.model.InputProblem;

/**
 * A corpus of communications, one JSON object a line: a bare communication, or a labelled line
 * {@code {"communication": {...}, "expected": [...], "note": "..."}} (only the communication is used).
 */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CommunicationReader READER = new CommunicationReader();

    /**
     * One communication of a corpus.
     *
     * @param line          the one-based line it is on
     * @param communication the communication
     */
    public record Entry(int line, Communication communication) {
    }

    private Corpus() {
    }

    /** Reads a corpus file, refusing the first line that is not a communication ({@code file:line:column}). */
    public static List<Entry> read(Path file) throws HistoryException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HistoryException(HistoryException.BAD_CORPUS, file + ": cannot read the corpus (" + e.getMessage() + ")", e);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            int line = i + 1;
            if (text.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
                throw bad(file, line, column, "not valid JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw bad(file, line, 1, "a corpus line is one communication object, or {\"communication\": {...}}");
            }
            JsonNode communication = node.has("communication") ? node.get("communication") : node;
            if (!communication.isObject()) {
                throw bad(file, line, 1, "'communication' must be an object");
            }
            CommunicationReader.Result read = READER.read(communication.toString(), file.toString());
            if (read.hasProblems() || read.records().size() != 1) {
                InputProblem problem = read.problems().isEmpty() ? null : read.problems().get(0);
                throw bad(file, line, 1, problem == null ? "not one communication" : problem.code() + " "
                        + problem.message());
            }
            entries.add(new Entry(line, read.communications().get(0)));
        }
        return entries;
    }

    private static HistoryException bad(Path file, int line, int column, String problem) {
        return new HistoryException(HistoryException.BAD_CORPUS, file + ":" + line + ":" + column + ": " + problem
                + " (one communication per line; see communication.schema.json)");
    }
}
