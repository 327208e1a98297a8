package org.guidepost.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code guideline.yaml} from its text and writes changes back into that text, keeping what the user wrote
 * where it can: the workbench's guideline editor edits clauses in a form and the file stays the user's file.
 *
 * <p>{@link #rewrite} keeps every line it has no reason to touch: comments, blank lines, the order of keys, every
 * unchanged clause exactly as written, and in a changed clause the lines of its unchanged fields. A changed field is
 * written again (as a folded block if it was one, or when it is long); a new clause is written in the standard form;
 * a removed clause goes with the comment lines above it. When keeping the formatting would not read back as the
 * guideline asked for (an unusual layout, flow-style lists), the file is written again in the standard form.
 */
public final class GuidelineYaml {
    private static final Pattern KEY = Pattern.compile("^( *)(- )?([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$");
    private static final List<String> HEADER_KEYS = List.of("id", "title", "version", "publisher", "language", "extends");
    private static final Path NAME = Path.of(GuidelineProjects.GUIDELINE_FILE);

    private GuidelineYaml() {
    }

    /** A guideline read from text, or the problem that stopped it (with its line and column in the text). */
    public record Reading(Guideline guideline, GuidelineFormatException problem) {
        public boolean ok() {
            return guideline != null;
        }

        /** {@code line 3, column 5: GP-YAML-1 not valid YAML: …}, for an editor's header. */
        public String describe() {
            return problem == null ? "" : problem.inFile();
        }
    }

    /** Reads {@code text} as a guideline file, with the checks (YAML, schema) of {@link GuidelineProjects}. */
    public static Reading read(String text) {
        try {
            return new Reading(GuidelineProjects.readGuideline(NAME, text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (GuidelineFormatException e) {
            return new Reading(null, e);
        }
    }

    /**
     * The text of {@code original} (which reads as {@code before}) changed to say {@code after}. The result reads
     * back as {@code after} whenever {@code after} is a valid guideline; see the class comment for what is kept.
     */
    public static String rewrite(String original, Guideline before, Guideline after) {
        String newline = YamlText.newline(original);
        if (before != null) {
            String kept = keepingFormat(original, before, after, newline);
            if (kept != null && after.equals(read(kept).guideline())) {
                return kept;
            }
        }
        String standard = standard(after, newline);
        return after.equals(read(standard).guideline()) ? standard : standard(after, newline, YamlText::doubleQuoted);
    }

    /** The guideline in the standard form: what a new file, or a rewrite that could not keep formatting, looks like. */
    public static String standard(Guideline guideline, String newline) {
        return standard(guideline, newline, null);
    }

    private static String standard(Guideline guideline, String newline, Function<String, String> quote) {
        StringBuilder out = new StringBuilder();
        for (String key : HEADER_KEYS) {
            String value = header(guideline, key);
            if (value != null) {
                out.append(field("", key, value, false, newline, quote));
            }
        }
        if (!guideline.severities().isEmpty()) {
            out.append("severities:").append(newline);
            guideline.severities().forEach((id, severity) -> out.append("  ").append(id).append(": ")
                    .append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(newline));
        }
        if (!guideline.disabledRules().isEmpty()) {
            out.append("disable:").append(newline);
            guideline.disabledRules().forEach(rule -> out.append("  - ").append(quote == null ? YamlText.scalar(rule)
                    : quote.apply(rule)).append(newline));
        }
        if (!guideline.clauses().isEmpty()) {
            out.append("clauses:").append(newline);
            guideline.clauses().forEach(clause -> out.append(clause(clause, "  ", newline, quote)));
        }
        return out.toString();
    }

    /** One clause as a list item at {@code indent}: id, title, severity, text, source, remediation. */
    public static String clause(Clause clause, String indent, String newline) {
        return clause(clause, indent, newline, null);
    }

    private static String clause(Clause clause, String indent, String newline, Function<String, String> quote) {
        StringBuilder out = new StringBuilder();
        String keyIndent = indent + "  ";
        Map<String, String> fields = fields(clause);
        boolean first = true;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getValue() == null) {
                continue;
            }
            String line = field(keyIndent, field.getKey(), field.getValue(), folds(field.getKey()), newline, quote);
            out.append(first ? indent + "- " + line.substring(keyIndent.length()) : line);
            first = false;
        }
        return out.toString();
    }

    private static boolean folds(String key) {
        return key.equals("text") || key.equals("remediation");
    }

    private static String field(String indent, String key, String value, boolean folded, String newline,
            Function<String, String> quote) {
        if (quote != null) {
            return indent + key + ": " + quote.apply(value) + newline;
        }
        return YamlText.entry(indent, key, value, folded, newline);
    }

    private static Map<String, String> fields(Clause clause) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", clause.id());
        fields.put("title", clause.title());
        fields.put("severity", clause.severity().name().toLowerCase(java.util.Locale.ROOT));
        fields.put("text", clause.text());
        fields.put("source", clause.source());
        fields.put("remediation", clause.remediation());
        return fields;
    }

    private static String header(Guideline guideline, String key) {
        return switch (key) {
            case "id" -> guideline.id();
            case "title" -> guideline.title();
            case "version" -> guideline.version();
            case "publisher" -> guideline.publisher();
            case "language" -> guideline.language();
            case "extends" -> guideline.extendsPath();
            default -> throw new IllegalArgumentException(key);
        };
    }

    // ---- keeping the user's formatting

    /** A key and the lines its value takes, {@code [start, end)}, without trailing blank or comment lines. */
    private record Span(String key, int start, int end, boolean folded) {
    }

    private static String keepingFormat(String original, Guideline before, Guideline after, String newline) {
        if (!before.disabledRules().equals(after.disabledRules())) {
            return null; // the editor does not change these; leave it to the standard form
        }
        List<String> lines = new ArrayList<>(YamlText.lines(original));
        List<Span> top = spans(lines, 0, lines.size(), "");
        if (top == null) {
            return null;
        }
        // edits go from the bottom of the file up, so that the line numbers of spans not yet edited stay right
        List<Edit> edits = new ArrayList<>();
        if (!before.severities().equals(after.severities())) {
            Edit severities = severitiesEdit(lines, top, before.severities(), after.severities(), newline);
            if (severities == null) {
                return null;
            }
            edits.add(severities);
        }
        if (!before.clauses().equals(after.clauses())) {
            Edit clauses = clausesEdit(lines, top, before.clauses(), after.clauses(), newline);
            if (clauses == null) {
                return null;
            }
            edits.add(clauses);
        }
        for (int k = 0; k < HEADER_KEYS.size(); k++) {
            String key = HEADER_KEYS.get(k);
            String was = header(before, key);
            String now = header(after, key);
            if (Objects.equals(was, now)) {
                continue;
            }
            Span span = find(top, key);
            if (span == null && was != null) {
                return null;
            }
            String text = now == null ? "" : YamlText.entry("", key, now, span != null && span.folded(), newline);
            if (span != null) {
                edits.add(new Edit(span.start(), span.end(), text));
            } else {
                int at = 0;
                for (int p = k - 1; p >= 0 && at == 0; p--) {
                    Span previous = find(top, HEADER_KEYS.get(p));
                    at = previous == null ? 0 : previous.end();
                }
                if (at == 0 && !top.isEmpty()) {
                    at = top.get(0).start(); // before the first key, after the comments that open the file
                }
                edits.add(new Edit(at, at, text));
            }
        }
        apply(lines, edits);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line);
        }
        if (!lines.isEmpty() && !out.toString().endsWith("\n")) {
            // the last line had no line ending and something was written after it
            return null;
        }
        return out.toString();
    }

    private record Edit(int start, int end, String text) {
    }

    /**
     * Applies {@code edits} (made against the original lines) from the bottom of the file up, so that the line numbers
     * of edits not yet applied stay right. At one line, the edit that replaces lines goes first, then the insertions
     * in reverse order of making, so that they end up in the order they were made.
     */
    private static void apply(List<String> lines, List<Edit> edits) {
        List<Edit> ordered = new ArrayList<>(edits);
        java.util.Collections.reverse(ordered); // the sort is stable: insertions at one line now go last made first
        ordered.sort((a, b) -> a.start() != b.start() ? Integer.compare(b.start(), a.start())
                : Boolean.compare(a.end() == a.start(), b.end() == b.start()));
        for (Edit edit : ordered) {
            for (int i = edit.end() - 1; i >= edit.start(); i--) {
                lines.remove(i);
            }
            if (!edit.text().isEmpty()) {
                lines.add(edit.start(), edit.text());
            }
        }
    }

    private static final Pattern SEVERITY_ENTRY = Pattern.compile("^( +)([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\\s*:\\s*(\\w+)\\s*(#.*)?$");

    /**
     * The edit that makes the {@code severities:} block say {@code after}: a changed entry's line rewritten (its
     * comment kept), a new entry added after the others, a removed one's line dropped, the block added after
     * {@code extends} when there was none and removed when it empties; null for a layout it does not know (flow style).
     */
    private static Edit severitiesEdit(List<String> lines, List<Span> top, Map<String, Severity> before,
            Map<String, Severity> after, String newline) {
        Span block = find(top, "severities");
        if (block == null) {
            if (!before.isEmpty()) {
                return null;
            }
            StringBuilder text = new StringBuilder("severities:").append(newline);
            after.forEach((id, severity) -> text.append("  ").append(id).append(": ").append(word(severity)).append(newline));
            Span anchor = find(top, "extends");
            if (anchor == null) {
                anchor = find(top, "language") != null ? find(top, "language") : find(top, "version");
            }
            int at = anchor == null ? 0 : anchor.end();
            return new Edit(at, at, text.toString());
        }
        Matcher head = KEY.matcher(YamlText.strip(lines.get(block.start())));
        if (!head.matches() || (head.group(4) != null && !head.group(4).isBlank() && !head.group(4).startsWith("#"))) {
            return null; // severities: {…} in flow style
        }
        if (after.isEmpty()) {
            return new Edit(block.start(), block.end(), "");
        }
        StringBuilder text = new StringBuilder(lines.get(block.start()));
        String indent = "  ";
        java.util.Set<String> written = new java.util.HashSet<>();
        for (int i = block.start() + 1; i < block.end(); i++) {
            String line = lines.get(i);
            Matcher entry = SEVERITY_ENTRY.matcher(YamlText.strip(line));
            if (!entry.matches()) {
                String bare = YamlText.strip(line).trim();
                if (bare.isEmpty() || bare.startsWith("#")) {
                    text.append(ensureNewline(line, newline));
                    continue;
                }
                return null;
            }
            indent = entry.group(1);
            String id = entry.group(2);
            Severity now = after.get(id);
            if (now == null) {
                continue; // the override was removed
            }
            written.add(id);
            text.append(now == before.get(id) ? ensureNewline(line, newline) : indent + id + ": " + word(now)
                    + (entry.group(4) == null ? "" : " " + entry.group(4)) + newline);
        }
        for (Map.Entry<String, Severity> entry : after.entrySet()) {
            if (!written.contains(entry.getKey())) {
                text.append(indent).append(entry.getKey()).append(": ").append(word(entry.getValue())).append(newline);
            }
        }
        return new Edit(block.start(), block.end(), text.toString());
    }

    private static String word(Severity severity) {
        return severity.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The edit that turns the {@code clauses:} block into the clauses of {@code after}. */
    private static Edit clausesEdit(List<String> lines, List<Span> top, List<Clause> before, List<Clause> after,
            String newline) {
        Span block = find(top, "clauses");
        if (block == null) {
            if (!before.isEmpty()) {
                return null;
            }
            StringBuilder text = new StringBuilder("clauses:").append(newline);
            after.forEach(clause -> text.append(clause(clause, "  ", newline)));
            int end = lines.size();
            if (end > 0 && !lines.get(end - 1).endsWith("\n")) {
                return null;
            }
            return new Edit(end, end, text.toString());
        }
        Matcher head = KEY.matcher(YamlText.strip(lines.get(block.start())));
        if (!head.matches() || (head.group(4) != null && !head.group(4).isBlank() && !head.group(4).startsWith("#"))) {
            return null; // clauses: [...] in flow style
        }
        // the block, cut into one chunk per clause: the comment lines above it, then its own lines
        List<Integer> itemStarts = new ArrayList<>();
        List<Integer> leadingStarts = new ArrayList<>();
        String itemIndent = null;
        int pendingFrom = -1;
        for (int i = block.start() + 1; i < block.end(); i++) {
            String bare = YamlText.strip(lines.get(i));
            String trimmed = bare.trim();
            String indent = bare.substring(0, bare.length() - bare.stripLeading().length());
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                if (pendingFrom < 0) {
                    pendingFrom = i;
                }
            } else if (trimmed.startsWith("- ") && (itemIndent == null || indent.equals(itemIndent))) {
                itemIndent = indent;
                itemStarts.add(i);
                leadingStarts.add(pendingFrom < 0 ? i : pendingFrom);
                pendingFrom = -1;
            } else if (itemStarts.isEmpty()) {
                return null; // something other than a list under clauses:
            } else {
                pendingFrom = -1;
            }
        }
        if (itemStarts.size() != before.size()) {
            return null;
        }
        List<String> bodies = new ArrayList<>();
        List<String> leading = new ArrayList<>();
        for (int n = 0; n < itemStarts.size(); n++) {
            int end = n + 1 < itemStarts.size() ? leadingStarts.get(n + 1) : block.end();
            leading.add(join(lines, leadingStarts.get(n), itemStarts.get(n)));
            bodies.add(join(lines, itemStarts.get(n), end));
        }
        String indent = itemIndent == null ? "  " : itemIndent;
        boolean[] used = new boolean[before.size()];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < after.size(); i++) {
            Clause clause = after.get(i);
            int same = -1;
            if (i < before.size() && !used[i] && before.get(i).equals(clause)) {
                same = i;
            }
            for (int j = 0; j < before.size() && same < 0; j++) {
                if (!used[j] && before.get(j).equals(clause)) {
                    same = j;
                }
            }
            int edited = same >= 0 ? -1 : editedInPlace(before, after, used, clause, i);
            if (same >= 0) {
                used[same] = true;
                text.append(leading.get(same)).append(ensureNewline(bodies.get(same), newline));
            } else if (edited >= 0) {
                used[edited] = true;
                String body = editClause(bodies.get(edited), before.get(edited), clause, newline);
                text.append(leading.get(edited)).append(body == null ? clause(clause, indent, newline) : body);
            } else {
                text.append(clause(clause, indent, newline));
            }
        }
        return new Edit(block.start() + 1, block.end(), text.toString());
    }

    /** The clause of {@code before} that {@code clause} is an edit of: the same id, or the one at the same place. */
    private static int editedInPlace(List<Clause> before, List<Clause> after, boolean[] used, Clause clause, int i) {
        for (int j = 0; j < before.size(); j++) {
            if (!used[j] && before.get(j).id().equals(clause.id())) {
                return j;
            }
        }
        if (i < before.size() && !used[i] && !after.contains(before.get(i))
                && after.stream().noneMatch(c -> c.id().equals(before.get(i).id()))) {
            return i; // the id itself was edited
        }
        return -1;
    }

    /** {@code body} (the lines of one clause) with only the fields that differ written again; null if it cannot. */
    private static String editClause(String body, Clause was, Clause now, String newline) {
        List<String> lines = new ArrayList<>(YamlText.lines(body));
        if (lines.isEmpty()) {
            return null;
        }
        Matcher first = KEY.matcher(YamlText.strip(lines.get(0)));
        if (!first.matches() || first.group(2) == null) {
            return null;
        }
        String dashIndent = first.group(1);
        String keyIndent = dashIndent + "  ";
        // read the dash line as a key line at the key indent
        lines.set(0, keyIndent + lines.get(0).substring(keyIndent.length()));
        List<Span> spans = spans(lines, 0, lines.size(), keyIndent);
        if (spans == null) {
            return null;
        }
        Map<String, String> before = fields(was);
        Map<String, String> after = fields(now);
        List<Edit> edits = new ArrayList<>();
        List<String> order = new ArrayList<>(after.keySet());
        for (int k = 0; k < order.size(); k++) {
            String key = order.get(k);
            if (Objects.equals(before.get(key), after.get(key))) {
                continue;
            }
            Span span = find(spans, key);
            String value = after.get(key);
            String text = value == null ? ""
                    : YamlText.entry(keyIndent, key, value, span != null ? span.folded() : folds(key), newline);
            if (span != null) {
                edits.add(new Edit(span.start(), span.end(), text));
            } else if (value != null) {
                int at = -1;
                for (int p = k - 1; p >= 0 && at < 0; p--) {
                    Span previous = find(spans, order.get(p));
                    at = previous == null ? -1 : previous.end();
                }
                if (at < 0) {
                    return null;
                }
                edits.add(new Edit(at, at, text));
            }
        }
        apply(lines, edits);
        if (lines.isEmpty() || !YamlText.strip(lines.get(0)).startsWith(keyIndent)
                || !Character.isLetter(lines.get(0).charAt(keyIndent.length()))) {
            return null; // the first field was removed: let the clause be written again
        }
        lines.set(0, dashIndent + "- " + lines.get(0).substring(keyIndent.length()));
        return ensureNewline(String.join("", lines), newline);
    }

    /**
     * The keys at exactly {@code indent} in {@code lines[from, to)}, each with the lines of its value (the lines
     * below it that are indented deeper), without the blank and comment lines that follow it; null when a line
     * at the key's indent is not a key.
     */
    private static List<Span> spans(List<String> lines, int from, int to, String indent) {
        List<Span> spans = new ArrayList<>();
        String key = null;
        int start = -1;
        int lastContent = -1;
        boolean folded = false;
        for (int i = from; i < to; i++) {
            String bare = YamlText.strip(lines.get(i));
            String trimmed = bare.trim();
            if (trimmed.isEmpty() || (trimmed.startsWith("#") && !deeper(bare, indent))) {
                continue;
            }
            if (!deeper(bare, indent)) {
                Matcher m = KEY.matcher(bare);
                if (!m.matches() || !m.group(1).equals(indent) || m.group(2) != null) {
                    if (bare.startsWith(indent) && bare.substring(indent.length()).startsWith("- ") && key != null) {
                        lastContent = i; // a block list at the key's own indent, e.g. "clauses:\n- id: …"
                        continue;
                    }
                    return null;
                }
                if (key != null) {
                    spans.add(new Span(key, start, lastContent + 1, folded));
                }
                key = m.group(3);
                start = i;
                String value = m.group(4) == null ? "" : m.group(4).trim();
                folded = value.startsWith(">");
            }
            lastContent = i;
        }
        if (key != null) {
            spans.add(new Span(key, start, lastContent + 1, folded));
        }
        return spans;
    }

    private static boolean deeper(String line, String indent) {
        return line.length() > indent.length() && line.startsWith(indent)
                && Character.isWhitespace(line.charAt(indent.length()));
    }

    private static Span find(List<Span> spans, String key) {
        for (Span span : spans) {
            if (span.key().equals(key)) {
                return span;
            }
        }
        return null;
    }

    private static String join(List<String> lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(lines.get(i));
        }
        return out.toString();
    }

    private static String ensureNewline(String text, String newline) {
        return text.endsWith("\n") ? text : text + newline;
    }
}
