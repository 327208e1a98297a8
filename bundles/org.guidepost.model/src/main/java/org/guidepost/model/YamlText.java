package org.guidepost.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writing YAML values by hand, for the editors that change a file's text in place and keep the rest of it as the
 * user wrote it ({@link GuidelineYaml}, the workbench's lexicon editor). Each form here reads back as the same string;
 * callers still read the whole result back before they use it.
 */
public final class YamlText {
    /** Lines are wrapped before this column. */
    public static final int WIDTH = 110;

    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~");
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(\\.?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(:[0-5]?[0-9])+"
                    + "(\\.[0-9_]*)?|\\.(inf|Inf|INF|nan|NaN|NAN))");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlText() {
    }

    /** {@code value} as a plain scalar when that reads back as the same string, else double-quoted. */
    public static String scalar(String value) {
        return plainReadsBack(value) ? value : doubleQuoted(value);
    }

    /** Whether {@code value} can be written without quotes and still read back as this string. */
    public static boolean plainReadsBack(String value) {
        if (value.isEmpty() || !value.strip().equals(value) || INDICATORS.indexOf(value.charAt(0)) >= 0
                || value.contains(": ") || value.contains(" #") || value.endsWith(":")
                || RESERVED.contains(value.toLowerCase(Locale.ROOT)) || NUMBER_LIKE.matcher(value).matches()) {
            return false;
        }
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c == '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code value} reads back the same from a folded block ({@code >-}) wrapped at single spaces. */
    public static boolean foldable(String value) {
        if (value.isEmpty() || !value.strip().equals(value) || value.contains("  ")) {
            return false;
        }
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** {@code value} in double quotes, escaped. */
    public static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * One mapping entry {@code key: value} at {@code indent}, ending with {@code newline}: plain when it fits on the
     * line, a folded block wrapped at {@link #WIDTH} when {@code preferFolded} or when it does not fit, double-quoted
     * when neither reads back as the value.
     */
    public static String entry(String indent, String key, String value, boolean preferFolded, String newline) {
        String head = indent + key + ": ";
        boolean fits = head.length() + value.length() <= WIDTH;
        if (!preferFolded && fits && plainReadsBack(value)) {
            return head + value + newline;
        }
        if (foldable(value) && (preferFolded || !fits)) {
            return indent + key + ": >-" + newline + wrapped(value, indent + "  ", newline);
        }
        return head + scalar(value) + newline;
    }

    /** Words of {@code value} in lines that start with {@code indent} and end before {@link #WIDTH}. */
    private static String wrapped(String value, String indent, String newline) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : value.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append(newline);
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? " " : "").append(word);
        }
        return out.append(line).append(newline).toString();
    }

    /** The lines of {@code text}, each with its line ending. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** {@code line} without its line ending. */
    public static String strip(String line) {
        return line.endsWith("\r\n") ? line.substring(0, line.length() - 2)
                : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /** The newline the text uses ({@code \r\n} or {@code \n}). */
    public static String newline(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }
}
