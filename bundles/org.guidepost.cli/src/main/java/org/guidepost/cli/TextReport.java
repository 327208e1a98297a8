package org.guidepost.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guidepost.model.Evidence;
import org.guidepost.model.Finding;
import org.guidepost.model.Guideline;
import org.guidepost.model.Verdict;

/** The report for people: per communication its verdict, each finding, the offending words marked »so«. */
final class TextReport {
    /** Characters of context shown on each side of the marked words. */
    private static final int CONTEXT = 40;

    private TextReport() {
    }

    static void write(List<Checked> checked, Guideline guideline, PrintWriter out) {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Checked one : checked) {
            List<Finding> findings = one.report().findings();
            Verdict verdict = one.report().verdict();
            verdicts.merge(verdict, 1, Integer::sum);
            out.println(one.communication().getId() + ": " + verdict.word().toUpperCase(Locale.ROOT)
                    + (findings.isEmpty() ? "" : " (" + ValidateCommand.plural(findings.size(), "finding") + ")"));
            JsonNode communication = ReportFormat.COMPACT.valueToTree(one.communication());
            for (Finding finding : findings) {
                String title = guideline.clause(finding.getClause()).map(c -> " " + c.title()).orElse("");
                out.println("  " + finding.getSeverity().word() + " " + finding.getClause() + title + ": "
                        + finding.getMessage());
                for (Evidence evidence : finding.getEvidence()) {
                    out.println("    " + evidence.field() + marked(communication.at(evidence.field()), evidence));
                }
                if (finding.getRemediation() != null) {
                    out.println("    instead: " + finding.getRemediation());
                }
            }
        }
        out.println(ValidateCommand.plural(checked.size(), "communication") + " checked: "
                + verdicts.getOrDefault(Verdict.FAIL, 0) + " fail, " + verdicts.getOrDefault(Verdict.REVIEW, 0)
                + " review, " + verdicts.getOrDefault(Verdict.PASS, 0) + " pass");
    }

    /** ": …words before »the words« words after…" for text evidence; empty for a whole field. */
    static String marked(JsonNode field, Evidence evidence) {
        if (evidence.start() == null || field == null || !field.isTextual()) {
            return "";
        }
        String text = field.asText();
        int start = Math.min(evidence.start(), text.length());
        int end = Math.min(evidence.end(), text.length());
        int from = safe(text, Math.max(0, start - CONTEXT));
        int to = safe(text, Math.min(text.length(), end + CONTEXT));
        String before = text.substring(from, start);
        String after = text.substring(end, to);
        return ": " + (from > 0 ? "…" : "") + oneLine(before) + "»" + oneLine(text.substring(start, end)) + "«"
                + oneLine(after) + (to < text.length() ? "…" : "");
    }

    /** Never cut a surrogate pair (an emoji) in half. */
    private static int safe(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
