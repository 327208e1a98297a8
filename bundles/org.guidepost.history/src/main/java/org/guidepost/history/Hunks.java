package org.guidepost.history;

import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** Unified-diff hunks of one rule's text, numbered by the lines of its rule file. */
final class Hunks {
    private static final int CONTEXT = 3;

    private Hunks() {
    }

    /**
     * The hunks turning {@code before} (starting at line {@code beforeLine} of {@code beforeFile}) into {@code after};
     * either side may be null (a rule added or removed).
     */
    static String of(String beforeFile, int beforeLine, String before, String afterFile, int afterLine, String after) {
        RawText a = new RawText((before == null ? "" : before).getBytes(StandardCharsets.UTF_8));
        RawText b = new RawText((after == null ? "" : after).getBytes(StandardCharsets.UTF_8));
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(before == null ? "/dev/null" : "a/" + beforeFile).append('\n');
        out.append("+++ ").append(after == null ? "/dev/null" : "b/" + afterFile).append('\n');
        int offsetA = before == null ? 0 : beforeLine - 1;
        int offsetB = after == null ? 0 : afterLine - 1;
        int i = 0;
        while (i < edits.size()) {
            int j = i;
            // join edits whose context would overlap into one hunk
            while (j + 1 < edits.size() && edits.get(j + 1).getBeginA() - edits.get(j).getEndA() <= 2 * CONTEXT) {
                j++;
            }
            Edit first = edits.get(i);
            Edit last = edits.get(j);
            int startA = Math.max(0, first.getBeginA() - CONTEXT);
            int endA = Math.min(a.size(), last.getEndA() + CONTEXT);
            int startB = Math.max(0, first.getBeginB() - CONTEXT);
            int endB = Math.min(b.size(), last.getEndB() + CONTEXT);
            out.append("@@ -").append(range(startA, endA, offsetA)).append(" +").append(range(startB, endB, offsetB))
                    .append(" @@\n");
            int lineA = startA;
            for (int k = i; k <= j; k++) {
                Edit edit = edits.get(k);
                while (lineA < edit.getBeginA()) {
                    out.append(' ').append(a.getString(lineA++)).append('\n');
                }
                for (int x = edit.getBeginA(); x < edit.getEndA(); x++) {
                    out.append('-').append(a.getString(x)).append('\n');
                }
                for (int x = edit.getBeginB(); x < edit.getEndB(); x++) {
                    out.append('+').append(b.getString(x)).append('\n');
                }
                lineA = edit.getEndA();
            }
            while (lineA < endA) {
                out.append(' ').append(a.getString(lineA++)).append('\n');
            }
            i = j + 1;
        }
        return out.toString();
    }

    private static String range(int start, int end, int offset) {
        int count = end - start;
        return (count == 0 ? start + offset : start + 1 + offset) + "," + count;
    }
}
