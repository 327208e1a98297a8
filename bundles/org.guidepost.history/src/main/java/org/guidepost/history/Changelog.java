package org.guidepost.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidepost.model.Clause;

/**
 * A changelog for clinics, in Markdown, grouped by clause: for each clause that changed or whose rules, lexicons or
 * test cases changed, what changed in words; then what belongs to no clause. It is written from a
 * {@link SemanticDiff}, so it says what the version means for posts, not which lines moved.
 */
public final class Changelog {
    private Changelog() {
    }

    /** The Markdown changelog of {@code diff}, headed {@code ## <title>}. */
    public static String markdown(SemanticDiff diff, String title) {
        Map<String, List<String>> byClause = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>(diff.clauseTitles());
        List<String> other = new ArrayList<>();
        for (SemanticDiff.ClauseChange c : diff.clauses()) {
            Clause clause = c.clause();
            titles.put(c.id(), clause.title());
            List<String> lines = byClause.computeIfAbsent(c.id(), k -> new ArrayList<>());
            switch (c.kind()) {
                case ADDED -> lines.add("New clause (" + clause.severity().word() + "): " + oneLine(clause.text()));
                case REMOVED -> lines.add("Clause removed: posts are no longer checked against it.");
                case CHANGED -> {
                    for (SemanticDiff.FieldChange f : c.fields()) {
                        lines.add(switch (f.field()) {
                            case "severity" -> "Severity changed from **" + f.before() + "** to **" + f.after() + "**"
                                    + (f.after().equals("error") ? ": posts that break it can no longer be published." : ".");
                            case "title" -> "Renamed from \"" + f.before() + "\".";
                            case "text" -> "Reworded: " + oneLine(f.after());
                            case "remediation" -> "New advice on what to do instead: " + oneLine(f.after());
                            default -> "Source now: " + oneLine(f.after());
                        });
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        for (SemanticDiff.RuleChange r : diff.rules()) {
            String line = switch (r.kind()) {
                case ADDED -> "New check: " + r.name() + ".";
                case REMOVED -> "Check removed: " + r.name() + ".";
                case CHANGED -> r.messageOnly() ? "Clearer message from the check " + r.name() + "."
                        : "The check " + r.name() + " now catches different posts.";
                default -> throw new IllegalStateException();
            };
            add(byClause, other, r.clause(), line);
        }
        for (SemanticDiff.LexiconChange l : diff.lexicons()) {
            List<String> parts = new ArrayList<>();
            if (!l.added().isEmpty()) {
                parts.add("now also recognises " + quoted(l.added()));
            }
            if (!l.removed().isEmpty()) {
                parts.add("no longer recognises " + quoted(l.removed()));
            }
            if (!l.changed().isEmpty()) {
                parts.add("recognises other forms of " + quoted(l.changed()));
            }
            String line = "Word list " + l.name() + " " + (l.kind() == SemanticDiff.Kind.ADDED ? "added" : l.kind()
                    == SemanticDiff.Kind.REMOVED ? "removed" : String.join("; ", parts)) + ".";
            if (l.clauses().isEmpty()) {
                other.add(line);
            } else {
                l.clauses().forEach(c -> add(byClause, other, c, line));
            }
        }
        for (SemanticDiff.TestChange t : diff.tests()) {
            List<String> clauses = t.kind() == SemanticDiff.Kind.REMOVED ? t.clausesBefore() : t.clausesAfter();
            String line = "Example " + t.kind().word() + ": \"" + t.name() + "\".";
            if (clauses.isEmpty()) {
                other.add(line);
            } else {
                clauses.forEach(c -> add(byClause, other, c, line));
            }
        }
        StringBuilder md = new StringBuilder("## ").append(title).append("\n\n");
        if (diff.fromVersion() != null) {
            md.append("Changes from ").append(diff.fromVersion()).append(" (").append(diff.from()).append(") to ")
                    .append(diff.toVersion()).append(" (").append(diff.to()).append(").\n\n");
        } else {
            md.append("First release, ").append(diff.toVersion()).append(".\n\n");
        }
        if (byClause.isEmpty() && other.isEmpty()) {
            md.append("No changes to clauses, rules, word lists or examples.\n");
        }
        byClause.forEach((clause, lines) -> {
            md.append("### ").append(clause).append(titles.containsKey(clause) ? " " + titles.get(clause) : "").append("\n\n");
            lines.stream().distinct().forEach(l -> md.append("- ").append(l).append('\n'));
            md.append('\n');
        });
        if (!other.isEmpty()) {
            md.append("### Other changes\n\n");
            other.stream().distinct().forEach(l -> md.append("- ").append(l).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private static void add(Map<String, List<String>> byClause, List<String> other, String clause, String line) {
        if (clause == null) {
            other.add(line);
        } else {
            byClause.computeIfAbsent(clause, k -> new ArrayList<>()).add(line);
        }
    }

    private static String quoted(List<String> phrases) {
        return "\"" + String.join("\", \"", phrases) + "\"";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
