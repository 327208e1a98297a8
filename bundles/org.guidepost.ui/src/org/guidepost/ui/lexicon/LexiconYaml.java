package org.guidepost.ui.lexicon;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Lexicon;
import org.guidepost.model.YamlText;

/**
 * Reads a lexicon from the text of its file (exactly as {@link GuidelineProjects#readLexicon} reads the file) and
 * writes changed terms back into that text, keeping what the user wrote where it can.
 *
 * <p>What {@link #rewrite} keeps: everything above {@code terms:} (comments, {@code name}, other keys) and, unless
 * the description changed, the description as written; every unchanged term exactly as written, with the comment
 * lines above it; the comment lines above a term edited in place; anything after the terms block. What it loses:
 * a removed term's comments, the formatting of an edited term (written again in the standard form, lists in flow
 * style), the formatting of a changed description (written again as a folded block), comments inside a term's own
 * lines when that term changes, and a flow-style {@code terms: [...]} (written again as a block list).
 */
public final class LexiconYaml {
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[^\\s#-].*");
    private static final Pattern TERMS_KEY = Pattern.compile("^terms:\\s*(#.*)?$");
    private static final Pattern DESCRIPTION_KEY = Pattern.compile("^description:.*");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{N} '\\-*?.!/]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");
    private static final int WIDTH = 110;
    /** What problems in an unsaved text are said to be in. */
    private static final Path NAME = Path.of("lexicon.yaml");

    private LexiconYaml() {
    }

    /** A lexicon read from text, or the problem that stopped it (with its line and column in the text). */
    public record Reading(Lexicon lexicon, GuidelineFormatException problem) {
        public boolean ok() {
            return lexicon != null;
        }

        /** {@code line 3, column 5: GP-YAML-1 not valid YAML: …}, for the editor's header. */
        public String describe() {
            return problem == null ? "" : problem.inFile();
        }
    }

    /** Reads {@code text} as a lexicon file, with the same checks (YAML, schema) as the model's reader. */
    public static Reading read(String text) {
        try {
            return new Reading(GuidelineProjects.readLexicon(NAME, text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (GuidelineFormatException e) {
            return new Reading(null, e);
        }
    }

    /**
     * The text of {@code original} (which reads as {@code before}) changed to say {@code after}; see the class
     * comment for what is kept. The result always reads back as {@code after}: when keeping the user's formatting
     * would not, the whole file is written in the standard form.
     */
    public static String rewrite(String original, Lexicon before, Lexicon after) {
        String newline = original.contains("\r\n") ? "\r\n" : "\n";
        String kept = keepingFormat(original, before, after, newline);
        if (kept != null && after.equals(read(kept).lexicon())) {
            return kept;
        }
        return standard(after, newline);
    }

    /** The lexicon in the standard form (what a new file or a rewrite that could not keep formatting looks like). */
    public static String standard(Lexicon lexicon, String newline) {
        StringBuilder out = new StringBuilder();
        out.append("name: ").append(scalar(lexicon.name())).append(newline);
        out.append(description(lexicon.description(), newline));
        out.append("terms:").append(newline);
        for (Lexicon.Term term : lexicon.terms()) {
            out.append(term(term, "  ", newline));
        }
        return out.toString();
    }

    private static String keepingFormat(String original, Lexicon before, Lexicon after, String newline) {
        if (before == null || !Objects.equals(before.name(), after.name())) {
            return null;
        }
        List<String> lines = lines(original);
        int termsAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (TERMS_KEY.matcher(strip(lines.get(i))).matches()) {
                termsAt = i;
                break;
            }
        }
        if (termsAt < 0) {
            return null; // e.g. terms: [...] in flow style
        }
        int end = termsAt + 1;
        while (end < lines.size() && !TOP_LEVEL_KEY.matcher(strip(lines.get(end))).matches()) {
            end++;
        }
        // the terms block, cut into one chunk per term: the comment lines above it, then its own lines
        List<String> leading = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        StringBuilder pendingComments = new StringBuilder();
        StringBuilder body = null;
        String itemIndent = null;
        for (int i = termsAt + 1; i < end; i++) {
            String line = lines.get(i);
            String bare = strip(line).trim();
            String indent = strip(line).substring(0, strip(line).length() - strip(line).stripLeading().length());
            boolean item = bare.startsWith("-") && (itemIndent == null || indent.equals(itemIndent));
            if (bare.isEmpty() || bare.startsWith("#")) {
                pendingComments.append(line);
            } else if (item) {
                itemIndent = indent;
                if (body != null) {
                    bodies.add(body.toString());
                }
                leading.add(pendingComments.toString());
                pendingComments.setLength(0);
                body = new StringBuilder(line);
            } else if (body == null) {
                return null; // something other than a list under terms:
            } else {
                body.append(pendingComments).append(line);
                pendingComments.setLength(0);
            }
        }
        if (body != null) {
            bodies.add(body.toString());
        }
        if (bodies.size() != before.terms().size()) {
            return null;
        }
        String indent = itemIndent == null ? "  " : itemIndent;
        boolean[] used = new boolean[bodies.size()];
        StringBuilder block = new StringBuilder(lines.get(termsAt));
        if (!lines.get(termsAt).endsWith("\n")) {
            block.append(newline);
        }
        for (int i = 0; i < after.terms().size(); i++) {
            Lexicon.Term term = after.terms().get(i);
            int same = -1;
            for (int j = 0; j < bodies.size() && same < 0; j++) {
                if (!used[j] && before.terms().get(j).equals(term)) {
                    same = j;
                }
            }
            if (same >= 0) {
                used[same] = true;
                block.append(leading.get(same)).append(ensureNewline(bodies.get(same), newline));
            } else if (i < bodies.size() && !used[i] && !after.terms().contains(before.terms().get(i))) {
                used[i] = true; // the term at this place was edited: keep the comments above it
                block.append(leading.get(i)).append(term(term, indent, newline));
            } else {
                block.append(term(term, indent, newline));
            }
        }
        block.append(pendingComments); // comment lines after the last term
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < termsAt; i++) {
            header.append(lines.get(i));
        }
        String head = header.toString();
        if (!Objects.equals(before.description(), after.description())) {
            head = replaceDescription(lines.subList(0, termsAt), after.description(), newline);
        }
        StringBuilder out = new StringBuilder(head).append(block);
        for (int i = end; i < lines.size(); i++) {
            out.append(lines.get(i));
        }
        return out.toString();
    }

    /** The header lines with the description's lines replaced (or the description added after {@code name}). */
    private static String replaceDescription(List<String> header, String description, String newline) {
        StringBuilder out = new StringBuilder();
        boolean done = false;
        for (int i = 0; i < header.size(); i++) {
            String line = header.get(i);
            if (!done && DESCRIPTION_KEY.matcher(strip(line)).matches()) {
                int next = i + 1;
                while (next < header.size() && (strip(header.get(next)).isBlank()
                        || Character.isWhitespace(header.get(next).charAt(0)))) {
                    next++;
                }
                while (next - 1 > i && strip(header.get(next - 1)).isBlank()) {
                    next--; // blank lines after the description stay
                }
                out.append(description(description, newline));
                i = next - 1;
                done = true;
            } else {
                out.append(ensureNewline(line, newline));
                if (!done && strip(line).startsWith("name:")) {
                    // a description added where there was none goes after the name
                    boolean hasOne = header.stream().anyMatch(l -> DESCRIPTION_KEY.matcher(strip(l)).matches());
                    if (!hasOne) {
                        out.append(description(description, newline));
                        done = true;
                    }
                }
            }
        }
        return out.toString();
    }

    private static String description(String description, String newline) {
        if (description == null || description.isBlank()) {
            return "";
        }
        if (description.contains("\n")) {
            return "description: " + doubleQuoted(description) + newline;
        }
        StringBuilder out = new StringBuilder("description: >-").append(newline);
        StringBuilder line = new StringBuilder("  ");
        for (String word : description.trim().split(" +")) {
            if (line.length() > 2 && line.length() + 1 + word.length() > WIDTH - 10) {
                out.append(line).append(newline);
                line = new StringBuilder("  ");
            }
            line.append(line.length() > 2 ? " " : "").append(word);
        }
        return out.append(line).append(newline).toString();
    }

    /** One term as a list item: a plain string when it has only a phrase, else a mapping with flow-style lists. */
    static String term(Lexicon.Term term, String indent, String newline) {
        if (term.variants().isEmpty() && term.exceptions().isEmpty()) {
            return indent + "- " + scalar(term.phrase()) + newline;
        }
        StringBuilder out = new StringBuilder(indent).append("- phrase: ").append(scalar(term.phrase())).append(newline);
        if (!term.variants().isEmpty()) {
            out.append(flowList(indent + "  ", "variants: ", term.variants(), newline));
        }
        if (!term.exceptions().isEmpty()) {
            out.append(flowList(indent + "  ", "exceptions: ", term.exceptions(), newline));
        }
        return out.toString();
    }

    private static String flowList(String indent, String key, List<String> items, String newline) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent).append(key).append('[');
        String continuation = " ".repeat(line.length());
        for (int i = 0; i < items.size(); i++) {
            String item = doubleQuoted(items.get(i)) + (i + 1 < items.size() ? "," : "]");
            boolean first = line.length() == continuation.length();
            if (!first && line.length() + 1 + item.length() > WIDTH) {
                out.append(line).append(newline);
                line = new StringBuilder(continuation);
                first = true;
            }
            line.append(first ? "" : " ").append(item);
        }
        return out.append(line).append(newline).toString();
    }

    /** A plain YAML scalar when that reads back as the same string, else a double-quoted one. */
    static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ") && !value.contains(" #")
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
            return value;
        }
        return doubleQuoted(value);
    }

    private static String doubleQuoted(String value) {
        return YamlText.doubleQuoted(value);
    }

    private static List<String> lines(String text) {
        return YamlText.lines(text);
    }

    private static String strip(String line) {
        return YamlText.strip(line);
    }

    private static String ensureNewline(String text, String newline) {
        return text.endsWith("\n") ? text : text + newline;
    }
}
