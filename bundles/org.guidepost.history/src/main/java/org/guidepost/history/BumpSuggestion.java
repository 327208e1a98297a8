package org.guidepost.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.guidepost.model.Severity;

/**
 * The version a change deserves, and why. <b>Major</b> when a clause is removed or a clause's severity is raised to
 * error (posts that passed may now be refused); <b>minor</b> when clauses or rules are added, removed or change what
 * they match, or a severity changes otherwise; <b>patch</b> when only lexicons, wording (clause text, titles,
 * remediation, sources, rule messages) or tests change; <b>none</b> when nothing changed.
 *
 * @param bump        the largest bump any change calls for
 * @param lastVersion the last released version, or null when there is none
 * @param nextVersion the suggested version: {@code lastVersion} bumped, or the guideline's version for a first release
 * @param reasons     every change with the bump it calls for, largest first ({@code major: clause PRV-9 removed})
 */
public record BumpSuggestion(Bump bump, String lastVersion, String nextVersion, List<Reason> reasons) {

    public BumpSuggestion {
        reasons = List.copyOf(reasons);
    }

    /** How much a version goes up. */
    public enum Bump {
        NONE, PATCH, MINOR, MAJOR;

        @com.fasterxml.jackson.annotation.JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One change and the bump it calls for. */
    public record Reason(Bump bump, String change) {
        @Override
        public String toString() {
            return bump.word() + ": " + change;
        }
    }

    /** The suggestion for the changes of {@code diff} since {@code lastVersion} (null: a first release). */
    public static BumpSuggestion of(SemanticDiff diff, String lastVersion) {
        List<Reason> reasons = new ArrayList<>();
        if (lastVersion == null) {
            return new BumpSuggestion(Bump.NONE, null, diff.toVersion(),
                    List.of(new Reason(Bump.NONE, "first release: the version guideline.yaml gives")));
        }
        for (SemanticDiff.ClauseChange c : diff.clauses()) {
            switch (c.kind()) {
                case REMOVED -> reasons.add(new Reason(Bump.MAJOR, "clause " + c.id() + " (" + c.before().title() + ") removed"));
                case ADDED -> reasons.add(new Reason(Bump.MINOR, "clause " + c.id() + " (" + c.after().title() + ") added"));
                case CHANGED -> {
                    for (SemanticDiff.FieldChange f : c.fields()) {
                        if (f.field().equals("severity")) {
                            Bump bump = c.after().severity() == Severity.ERROR ? Bump.MAJOR : Bump.MINOR;
                            String how = c.after().severity().ordinal() < c.before().severity().ordinal() ? "raised" : "lowered";
                            reasons.add(new Reason(bump, "clause " + c.id() + " severity " + how + " from " + f.before()
                                    + " to " + f.after()));
                        } else {
                            reasons.add(new Reason(Bump.PATCH, "clause " + c.id() + " " + f.field() + " reworded"));
                        }
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        for (SemanticDiff.RuleChange r : diff.rules()) {
            String what = "rule \"" + r.name() + "\"" + (r.clause() == null ? "" : " (" + r.clause() + ")");
            switch (r.kind()) {
                case ADDED -> reasons.add(new Reason(Bump.MINOR, what + " added"));
                case REMOVED -> reasons.add(new Reason(Bump.MINOR, what + " removed"));
                case CHANGED -> reasons.add(r.messageOnly() ? new Reason(Bump.PATCH, what + ": only its message changed")
                        : new Reason(Bump.MINOR, what + " changed what it matches"));
                default -> throw new IllegalStateException();
            }
        }
        for (SemanticDiff.LexiconChange l : diff.lexicons()) {
            List<String> parts = new ArrayList<>();
            if (!l.added().isEmpty()) {
                parts.add(l.added().size() + " term" + (l.added().size() == 1 ? "" : "s") + " added (" + String.join(", ", l.added()) + ")");
            }
            if (!l.removed().isEmpty()) {
                parts.add(l.removed().size() + " term" + (l.removed().size() == 1 ? "" : "s") + " removed (" + String.join(", ", l.removed()) + ")");
            }
            if (!l.changed().isEmpty()) {
                parts.add(l.changed().size() + " term" + (l.changed().size() == 1 ? "" : "s") + " changed (" + String.join(", ", l.changed()) + ")");
            }
            reasons.add(new Reason(Bump.PATCH, "lexicon " + l.name() + " " + l.kind().word()
                    + (parts.isEmpty() ? "" : ": " + String.join(", ", parts))));
        }
        for (SemanticDiff.TestChange t : diff.tests()) {
            reasons.add(new Reason(Bump.PATCH, "test case '" + t.name() + "' (" + t.file() + ") " + t.kind().word()));
        }
        reasons.sort(Comparator.comparing(Reason::bump).reversed());
        Bump bump = reasons.stream().map(Reason::bump).max(Comparator.naturalOrder()).orElse(Bump.NONE);
        String next = SemanticVersion.parse(lastVersion).map(v -> v.next(bump).toString()).orElse(null);
        return new BumpSuggestion(bump, lastVersion, next, reasons);
    }
}
