package org.guidepost.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The test cases of a snapshot's project as data, for comparing: by {@code file: name}, their content and clauses. */
final class TestEntries {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One test case.
     *
     * @param file    the test file relative to the project ({@code tests/prv.yaml})
     * @param name    the case's name (a corpus line: its communication's id)
     * @param content the case as JSON, for comparing
     * @param clauses the clauses it expects raised
     */
    record Entry(String file, String name, JsonNode content, Set<String> clauses) {
    }

    private TestEntries() {
    }

    /** The cases of the snapshot's own {@code tests/} folder by {@code file: name}; unreadable files are left out. */
    static Map<String, Entry> of(Snapshot snapshot) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (snapshot.isEmpty()) {
            return entries;
        }
        String testsFolder = Snapshot.join(snapshot.project(), "tests");
        String prefix = snapshot.project().isEmpty() ? "" : snapshot.project() + "/";
        for (String path : snapshot.files().keySet()) {
            if (!path.startsWith(testsFolder + "/")) {
                continue;
            }
            String file = path.substring(prefix.length());
            byte[] bytes = snapshot.file(path);
            try {
                if (path.endsWith(".yaml") || path.endsWith(".yml")) {
                    JsonNode root = YAML.readTree(bytes);
                    if (root == null || !root.isObject()) {
                        continue;
                    }
                    if (root.has("cases") && root.get("cases").isArray()) {
                        for (JsonNode c : root.get("cases")) {
                            add(entries, file, c);
                        }
                    } else {
                        add(entries, file, root);
                    }
                } else if (path.endsWith(".jsonl")) {
                    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode node = JSON.readTree(line);
                        JsonNode communication = node.path("communication");
                        String name = communication.path("id").asText(null);
                        if (name != null) {
                            Set<String> clauses = new TreeSet<>();
                            node.path("expected").forEach(c -> clauses.add(c.asText()));
                            entries.put(file + ": " + name, new Entry(file, name, node, clauses));
                        }
                    }
                }
            } catch (IOException e) {
                // a test file that cannot be read is the test command's to report
            }
        }
        return entries;
    }

    private static void add(Map<String, Entry> entries, String file, JsonNode c) {
        String name = c.path("name").asText(null);
        if (name == null) {
            return;
        }
        Set<String> clauses = new TreeSet<>();
        JsonNode expect = c.path("expect");
        expect.path("clauses").forEach(x -> clauses.add(x.asText()));
        expect.path("includes").forEach(x -> clauses.add(x.asText()));
        expect.path("findings").forEach(x -> clauses.add(x.path("clause").asText()));
        entries.put(file + ": " + name, new Entry(file, name, c, clauses));
    }
}
