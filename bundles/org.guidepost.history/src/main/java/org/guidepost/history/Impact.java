package org.guidepost.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Finding;
import org.guidepost.model.Report;
import org.guidepost.model.Severity;
import org.guidepost.model.Verdict;

/**
 * What a change of the guideline does to real posts: both versions compiled (from their files at each revision, in
 * memory), every communication of a corpus checked with both, and those whose verdict or findings change listed, with
 * counts per clause. Findings are compared by clause (several findings of one clause count once, at their highest
 * severity).
 *
 * @param from        the label of the older version
 * @param to          the label of the newer one
 * @param fromVersion the guideline version there
 * @param toVersion   the guideline version there
 * @param checked     how many communications were checked (fewer than the corpus when cancelled)
 * @param changed     the communications whose verdict or findings changed, in corpus order
 * @param clauses     per clause: how many communications gained, lost or changed the severity of its finding
 * @param cancelled   whether the run was cancelled before the end of the corpus
 */
public record Impact(String from, String to, String fromVersion, String toVersion, int checked,
        List<ChangedCommunication> changed, List<ClauseImpact> clauses, boolean cancelled) {

    public Impact {
        changed = List.copyOf(changed);
        clauses = List.copyOf(clauses);
    }

    /** What happened to one clause's finding for one communication. */
    public enum Change {
        /** The newer version raises the clause; the older did not. */
        NEW,
        /** The older version raised the clause; the newer does not. */
        GONE,
        /** Both raise it, with different severities. */
        SEVERITY;

        @com.fasterxml.jackson.annotation.JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A clause's finding that changed.
     *
     * @param clause the clause
     * @param change new, gone or severity
     * @param before its severity before (null when new)
     * @param after  its severity after (null when gone)
     */
    public record FindingChange(String clause, Change change, Severity before, Severity after) {
    }

    /**
     * A communication whose verdict or findings changed.
     *
     * @param id       the communication's id
     * @param line     its line in the corpus
     * @param before   the verdict before
     * @param after    the verdict after
     * @param findings the findings that changed, by clause
     */
    public record ChangedCommunication(String id, int line, Verdict before, Verdict after, List<FindingChange> findings) {
        public ChangedCommunication {
            findings = List.copyOf(findings);
        }

        public boolean verdictChanged() {
            return before != after;
        }
    }

    /**
     * How one clause's findings changed over the corpus (each a number of communications).
     *
     * @param clause          the clause
     * @param newFindings     communications that now raise it
     * @param goneFindings    communications that no longer raise it
     * @param severityChanged communications that raise it with another severity
     */
    public record ClauseImpact(String clause, int newFindings, int goneFindings, int severityChanged) {
    }

    /** Follows a run, e.g. the workbench's progress monitor. Called on the thread that runs it. */
    public interface Progress {
        /** Nothing to follow. */
        Progress NONE = new Progress() {
        };

        /** Both versions compiled; {@code communications} will be checked. */
        default void started(int communications) {
        }

        /** One more communication was checked with both versions. */
        default void checked(int done) {
        }

        /** Whether to stop before the next communication. */
        default boolean isCancelled() {
            return false;
        }
    }

    /** Checks the corpus with both versions. */
    public static Impact of(Snapshot from, Snapshot to, List<Corpus.Entry> corpus, Progress progress)
            throws HistoryException {
        RuleSet before = SnapshotSources.compile(from);
        RuleSet after = SnapshotSources.compile(to);
        progress.started(corpus.size());
        List<ChangedCommunication> changed = new ArrayList<>();
        Map<String, int[]> counts = new TreeMap<>();
        int checked = 0;
        boolean cancelled = false;
        for (Corpus.Entry entry : corpus) {
            if (progress.isCancelled()) {
                cancelled = true;
                break;
            }
            Report a = before.check(entry.communication());
            Report b = after.check(entry.communication());
            Map<String, Severity> x = byClause(a);
            Map<String, Severity> y = byClause(b);
            List<FindingChange> findings = new ArrayList<>();
            TreeSet<String> all = new TreeSet<>(x.keySet());
            all.addAll(y.keySet());
            for (String clause : all) {
                Severity s = x.get(clause);
                Severity t = y.get(clause);
                Change change = s == null ? Change.NEW : t == null ? Change.GONE : s != t ? Change.SEVERITY : null;
                if (change != null) {
                    findings.add(new FindingChange(clause, change, s, t));
                    counts.computeIfAbsent(clause, k -> new int[3])[change.ordinal()]++;
                }
            }
            if (!findings.isEmpty() || a.verdict() != b.verdict()) {
                changed.add(new ChangedCommunication(entry.communication().getId(), entry.line(), a.verdict(), b.verdict(),
                        findings));
            }
            checked++;
            progress.checked(checked);
        }
        List<ClauseImpact> clauses = counts.entrySet().stream()
                .map(e -> new ClauseImpact(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new Impact(from.label(), to.label(), before.guideline().version(), after.guideline().version(), checked,
                changed, clauses, cancelled);
    }

    private static Map<String, Severity> byClause(Report report) {
        Map<String, Severity> clauses = new TreeMap<>();
        for (Finding f : report.findings()) {
            clauses.merge(f.getClause(), f.getSeverity(), (p, q) -> p.ordinal() <= q.ordinal() ? p : q);
        }
        return clauses;
    }
}
