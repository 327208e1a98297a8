package org.guidepost.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidepost.engine.RuleSource;

/** Finds the rules of DRL files as text: name, file, first line, the clause they enforce and the lexicons they match. */
final class DrlRules {
    private static final Pattern RULE_HEADER = Pattern.compile("(?m)^[ \\t]*rule\\s+(\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end[ \\t]*(//.*)?$");
    private static final Pattern CLAUSE = Pattern.compile("@clause\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern LEXICON_NAME = Pattern.compile("\\blexicon\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern LEXICON_LIST = Pattern.compile("\\blexicon\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * One rule as written.
     *
     * @param name     its name
     * @param file     the rule file
     * @param line     the one-based line of its header in that file
     * @param text     from the header line to its {@code end} line, with a final newline
     * @param clause   the clause of its {@code @clause}, or null
     * @param lexicons the lexicons it matches by name
     */
    record Rule(String name, String file, int line, String text, String clause, Set<String> lexicons) {
        /** The text without its string literals: what the rule does, not what it says. */
        String logic() {
            return QUOTED.matcher(text).replaceAll("\"\"").replaceAll("\\s+", " ");
        }
    }

    private DrlRules() {
    }

    /** Every rule of these sources by name, in source order, leaving out {@code disabled} ones. */
    static Map<String, Rule> of(List<RuleSource> sources, Set<String> disabled) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            String drl = source.drl();
            Matcher header = RULE_HEADER.matcher(drl);
            List<int[]> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            while (header.find()) {
                starts.add(new int[] {drl.lastIndexOf('\n', header.start(1)) + 1});
                names.add(header.group(2) != null ? header.group(2) : header.group(3) != null ? header.group(3) : header.group(4));
            }
            for (int i = 0; i < starts.size(); i++) {
                int start = starts.get(i)[0];
                int limit = i + 1 < starts.size() ? starts.get(i + 1)[0] : drl.length();
                Matcher end = END.matcher(drl).region(start, limit);
                int stop = end.find() ? end.end() : limit;
                String text = drl.substring(start, stop);
                if (!text.endsWith("\n")) {
                    text += "\n";
                }
                Matcher clause = CLAUSE.matcher(text);
                String name = names.get(i);
                if (!disabled.contains(name)) {
                    rules.putIfAbsent(name, new Rule(name, source.name(), lineAt(drl, start), text,
                            clause.find() ? clause.group(1) : null, lexicons(text)));
                }
            }
        }
        return rules;
    }

    private static Set<String> lexicons(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher single = LEXICON_NAME.matcher(text);
        while (single.find()) {
            names.add(single.group(1));
        }
        Matcher list = LEXICON_LIST.matcher(text);
        while (list.find()) {
            Matcher quoted = QUOTED.matcher(list.group(1));
            while (quoted.find()) {
                names.add(quoted.group(1));
            }
        }
        return names;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
