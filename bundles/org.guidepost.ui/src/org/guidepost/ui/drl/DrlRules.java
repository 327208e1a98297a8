package org.guidepost.ui.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a rule file as the editor shows them (outline, folding, clause links): found by a forgiving scan
 * that skips comments and strings, so a half-typed rule never hides the others. Drools, through the engine, stays
 * the judge of whether the file compiles.
 */
final class DrlRules {
    private static final Pattern CLAUSE = Pattern.compile("@clause\\s*\\(\\s*\"([^\"\\n]*)\"");

    /** One rule: its name (offset and length of the name as written), its clause id, and its extent. */
    record Rule(String name, String clause, int nameOffset, int nameLength, int start, int end) {
    }

    /** A clause id written in {@code @clause("...")}: where the id is, and the id. */
    record ClauseReference(String clause, int offset, int length) {
    }

    private DrlRules() {
    }

    /** The rules of {@code text}, in order; a rule without {@code end} ends where the next one starts. */
    static List<Rule> parse(String text) {
        List<Rule> rules = new ArrayList<>();
        List<int[]> words = headWords(text); // {start, end} of words that begin a line, outside comments/strings
        int open = -1;
        String name = null;
        int nameOffset = 0;
        int nameLength = 0;
        for (int[] word : words) {
            String w = text.substring(word[0], word[1]);
            if (w.equals("rule")) {
                if (open >= 0) {
                    rules.add(rule(text, name, nameOffset, nameLength, open, lineStartBefore(text, word[0])));
                }
                open = word[0];
                int i = skipSpaces(text, word[1]);
                int nameEnd = nameEnd(text, i);
                name = unquote(text.substring(i, nameEnd));
                nameOffset = i;
                nameLength = nameEnd - i;
            } else if (w.equals("end") && open >= 0) {
                rules.add(rule(text, name, nameOffset, nameLength, open, word[1]));
                open = -1;
            }
        }
        if (open >= 0) {
            rules.add(rule(text, name, nameOffset, nameLength, open, text.length()));
        }
        return rules;
    }

    /** The clause id of {@code @clause("...")} at {@code offset} (on the id or its quotes), or null. */
    static ClauseReference clauseAt(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int lineEnd = text.indexOf('\n', offset);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        Matcher m = CLAUSE.matcher(line);
        while (m.find()) {
            int start = lineStart + m.start(1);
            int end = lineStart + m.end(1);
            if (offset >= start - 1 && offset <= end + 1) {
                return new ClauseReference(m.group(1), start, end - start);
            }
        }
        return null;
    }

    private static Rule rule(String text, String name, int nameOffset, int nameLength, int start, int end) {
        Matcher clause = CLAUSE.matcher(text.substring(start, end));
        return new Rule(name, clause.find() ? clause.group(1) : null, nameOffset, nameLength, start, end);
    }

    /** Words that are the first thing on their line, outside comments and strings. */
    private static List<int[]> headWords(String text) {
        List<int[]> words = new ArrayList<>();
        boolean lineStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? text.length() : eol;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else if (c == '"') {
                i = stringEnd(text, i);
                lineStart = false;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                if (lineStart) {
                    words.add(new int[] {i, end});
                }
                lineStart = false;
                i = end;
            } else {
                lineStart = false;
                i++;
            }
        }
        return words;
    }

    private static int stringEnd(String text, int quote) {
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int nameEnd(String text, int i) {
        if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            char quote = text.charAt(i);
            int close = i + 1;
            while (close < text.length() && text.charAt(close) != quote && text.charAt(close) != '\n') {
                close += text.charAt(close) == '\\' ? 2 : 1;
            }
            return Math.min(text.length(), close + 1);
        }
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')
                && name.charAt(name.length() - 1) == name.charAt(0)) {
            return name.substring(1, name.length() - 1);
        }
        return name.isEmpty() ? "(no name)" : name;
    }

    private static int lineStartBefore(String text, int offset) {
        return Math.max(0, text.lastIndexOf('\n', Math.max(0, offset - 1)));
    }
}
