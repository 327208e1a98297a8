package org.guidepost.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Text and JSON for people and tools: semantic diffs, bump suggestions and impacts. The JSON is the records as they are. */
public final class Rendering {
    private static final ObjectWriter JSON = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Rendering() {
    }

    /** Any of this bundle's records (a {@link SemanticDiff}, {@link Impact}, {@link BumpSuggestion}) as JSON. */
    public static String json(Object record) {
        try {
            return JSON.writeValueAsString(record) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + record.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A semantic diff as text: one line per clause, rule, lexicon and test case, each rule with its DRL hunk. */
    public static String text(SemanticDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("Changes from ").append(diff.from()).append(diff.fromVersion() == null ? "" : " (" + diff.fromVersion() + ")")
                .append(" to ").append(diff.to()).append(" (").append(diff.toVersion()).append(")\n");
        if (diff.isEmpty()) {
            return out.append("No changes to clauses, rules, lexicons or test cases.\n").toString();
        }
        if (!diff.clauses().isEmpty()) {
            out.append("\nClauses\n");
            for (SemanticDiff.ClauseChange c : diff.clauses()) {
                out.append("  ").append(mark(c.kind())).append(' ').append(c.id()).append(' ').append(c.clause().title());
                if (c.kind() == SemanticDiff.Kind.CHANGED) {
                    out.append(": ").append(c.fields().stream().map(f -> f.field().equals("severity")
                            ? "severity " + f.before() + " -> " + f.after() : f.field() + " changed").collect(Collectors.joining(", ")));
                } else {
                    out.append(" (").append(c.clause().severity().word()).append(')');
                }
                out.append('\n');
                for (SemanticDiff.FieldChange f : c.fields()) {
                    if (!f.field().equals("severity")) {
                        out.append("      ").append(f.field()).append(" was: ").append(oneLine(f.before())).append('\n');
                        out.append("      ").append(f.field()).append(" now: ").append(oneLine(f.after())).append('\n');
                    }
                }
            }
        }
        if (!diff.rules().isEmpty()) {
            out.append("\nRules\n");
            for (SemanticDiff.RuleChange r : diff.rules()) {
                out.append("  ").append(mark(r.kind())).append(" \"").append(r.name()).append("\"")
                        .append(r.clause() == null ? "" : " (" + r.clause() + ")").append(" in ").append(r.file())
                        .append(r.messageOnly() ? ", message only" : "").append('\n');
                r.hunk().lines().forEach(l -> out.append("      ").append(l).append('\n'));
            }
        }
        if (!diff.lexicons().isEmpty()) {
            out.append("\nLexicons\n");
            for (SemanticDiff.LexiconChange l : diff.lexicons()) {
                out.append("  ").append(mark(l.kind())).append(' ').append(l.name());
                if (!l.clauses().isEmpty()) {
                    out.append(" (").append(String.join(", ", l.clauses())).append(')');
                }
                out.append('\n');
                terms(out, "+", l.added());
                terms(out, "-", l.removed());
                terms(out, "~", l.changed());
            }
        }
        if (!diff.tests().isEmpty()) {
            out.append("\nTest cases\n");
            for (SemanticDiff.TestChange t : diff.tests()) {
                out.append("  ").append(mark(t.kind())).append(' ').append(t.file()).append(": ").append(t.name());
                List<String> clauses = t.kind() == SemanticDiff.Kind.REMOVED ? t.clausesBefore() : t.clausesAfter();
                if (t.kind() == SemanticDiff.Kind.CHANGED && !t.clausesBefore().equals(t.clausesAfter())) {
                    out.append(" (expects ").append(list(t.clausesBefore())).append(" -> ").append(list(t.clausesAfter())).append(')');
                } else {
                    out.append(" (expects ").append(list(clauses)).append(')');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A bump suggestion as text: the bump, the next version, and every reason. */
    public static String text(BumpSuggestion suggestion) {
        StringBuilder out = new StringBuilder();
        if (suggestion.lastVersion() == null) {
            out.append("No release yet: suggested version ").append(suggestion.nextVersion()).append(" (from guideline.yaml)\n");
        } else {
            out.append("Suggested: ").append(suggestion.bump().word()).append(" release, ").append(suggestion.lastVersion())
                    .append(" -> ").append(suggestion.nextVersion()).append('\n');
            if (suggestion.reasons().isEmpty()) {
                out.append("  nothing changed since ").append(suggestion.lastVersion()).append('\n');
            }
            suggestion.reasons().forEach(r -> out.append("  ").append(r).append('\n'));
        }
        return out.toString();
    }

    /** An impact as text: the changed communications, then the counts per clause. */
    public static String text(Impact impact) {
        StringBuilder out = new StringBuilder();
        long verdicts = impact.changed().stream().filter(Impact.ChangedCommunication::verdictChanged).count();
        out.append("Impact of ").append(impact.from()).append(" (").append(impact.fromVersion()).append(") -> ")
                .append(impact.to()).append(" (").append(impact.toVersion()).append(") on ").append(impact.checked())
                .append(" communications").append(impact.cancelled() ? " (cancelled)" : "").append(": ")
                .append(impact.changed().size()).append(" changed, ").append(verdicts).append(" with another verdict\n");
        for (Impact.ChangedCommunication c : impact.changed()) {
            out.append("  ").append(c.id()).append(" (line ").append(c.line()).append("): ").append(c.before().word());
            out.append(c.verdictChanged() ? " -> " + c.after().word() : " (verdict unchanged)").append('\n');
            for (Impact.FindingChange f : c.findings()) {
                out.append("      ").append(switch (f.change()) {
                    case NEW -> "+ " + f.clause() + " (" + f.after().word() + ")";
                    case GONE -> "- " + f.clause() + " (was " + f.before().word() + ")";
                    case SEVERITY -> "~ " + f.clause() + " " + f.before().word() + " -> " + f.after().word();
                }).append('\n');
            }
        }
        if (!impact.clauses().isEmpty()) {
            out.append("\nPer clause (communications)\n");
            out.append(String.format("  %-10s %5s %5s %9s%n", "clause", "new", "gone", "severity"));
            for (Impact.ClauseImpact c : impact.clauses()) {
                out.append(String.format("  %-10s %5d %5d %9d%n", c.clause(), c.newFindings(), c.goneFindings(),
                        c.severityChanged()));
            }
        }
        return out.toString();
    }

    private static void terms(StringBuilder out, String mark, List<String> terms) {
        terms.forEach(t -> out.append("      ").append(mark).append(" \"").append(t).append("\"\n"));
    }

    private static String list(List<String> clauses) {
        return clauses.isEmpty() ? "no clause" : String.join(", ", clauses);
    }

    private static String mark(SemanticDiff.Kind kind) {
        return switch (kind) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
    }

    private static String oneLine(String text) {
        return text == null ? "(none)" : text.strip().replaceAll("\\s+", " ");
    }
}
