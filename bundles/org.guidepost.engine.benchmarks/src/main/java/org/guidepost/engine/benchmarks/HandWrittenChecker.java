package org.guidepost.engine.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidepost.model.Communication;
import org.guidepost.model.Evidence;
import org.guidepost.model.Finding;
import org.guidepost.model.Report;
import org.guidepost.model.Severity;

/**
 * The baseline a competitor would write by hand: five clauses of the shipped guideline as plain Java with regular
 * expressions, no rule engine, no lexicons. It gives the same kind of report (clause, severity, message, evidence
 * with offsets), so the benchmarks compare like with like. The clauses:
 * <ul>
 * <li>PRV-5 health information through social channels: a request to send or message a scan, x-ray, MRI, photo
 * of an injury or symptoms, not by e-mail, not negated, unless a secure channel is named;
 * <li>CLM-1 guarantees: "guarantee(d)", "money back", "works every time", "100% effective", not negated;
 * <li>CLM-2 cures: "cure(s)", "get rid of ... for good", "fixed in one session", not negated;
 * <li>CLM-3 superiority: "best physio", "top-rated", "number one", "best in town", "better than other clinics";
 * <li>INC-2 prizes and contests: giveaways, contests, prizes, free gifts.
 * </ul>
 * Thread-safe: {@link Pattern}s are, and each check makes its own {@link Matcher}s.
 */
public final class HandWrittenChecker {
    /** The clauses this checker implements. */
    public static final List<String> CLAUSES = List.of("PRV-5", "CLM-1", "CLM-2", "CLM-3", "INC-2");

    private static final Pattern NEGATION = Pattern.compile("\\b(?:no|not|never|nothing|nobody|can't|cannot|won't|don't|doesn't|do not|does not|isn't)\\s+(?:\\w+\\s+){0,2}$");
    private static final Pattern HEALTH_REQUEST = Pattern.compile(
            "\\b(?:dm|direct message|message|inbox|pm|whatsapp|send|forward|post|drop|share|upload|comment)(?:\\s+(?:us|me|in|over|below))?"
            + "\\s+(?:your|a|the|some)?\\s*(?:mri|x-?rays?|scans?|ct scan|ultrasound|test results|scan results|symptoms|photos? of (?:your|the) (?:injury|knee|back|shoulder|foot|ankle))\\b");
    private static final Pattern SECURE_CHANNEL = Pattern.compile("\\b(?:patient portal|secure (?:portal|form|upload|link|messaging)|call us|phone us|by phone|at your (?:appointment|visit|assessment))\\b");
    private static final Pattern GUARANTEE = Pattern.compile("\\b(?:guarantee[sd]?|money[- ]back|works every time|100\\s?% (?:effective|success|results?))\\b");
    private static final Pattern CURE = Pattern.compile("\\b(?:cure[sd]?|get rid of (?:\\w+\\s+){0,3}for good|fixed in (?:one|a single) session|permanently (?:fix|heal)\\w*)\\b");
    private static final Pattern SUPERIORITY = Pattern.compile("\\b(?:best (?:physio\\w*|clinic|team|therapists?)|top-rated|number one|no\\.? ?1 (?:physio|clinic)|best in (?:town|the city|\\w+)|better than (?:other|any other) (?:clinics?|physios?)|leading clinic)\\b");
    private static final Pattern CONTEST = Pattern.compile("\\b(?:giveaway|give-away|giving away|contest|competition|raffle|prize|win a (?:free )?\\w+|free gifts?|gift card)\\b");

    /** Checks one communication against the five clauses. */
    public Report check(Communication communication) {
        String text = communication.getText() == null ? "" : communication.getText();
        String lower = text.toLowerCase(Locale.ROOT);
        List<Finding> findings = new ArrayList<>();
        if (!"email".equals(communication.getChannel()) && !SECURE_CHANNEL.matcher(lower).find()) {
            first(lower, text, HEALTH_REQUEST, "PRV-5", Severity.ERROR,
                    "Asks people to send health information by direct message, comment or text.", findings);
        }
        first(lower, text, GUARANTEE, "CLM-1", Severity.ERROR, "Promises or guarantees a result.", findings);
        first(lower, text, CURE, "CLM-2", Severity.ERROR, "Claims to cure a condition.", findings);
        first(lower, text, SUPERIORITY, "CLM-3", Severity.WARNING, "Claims to be better than others.", findings);
        first(lower, text, CONTEST, "INC-2", Severity.WARNING, "Offers a prize, contest or gift.", findings);
        return new Report(communication.getId(), new Report.PackId("hand-written", "1.0.0"), findings);
    }

    /** Adds a finding for the first match of {@code pattern} that is not negated just before it. */
    private static void first(String lower, String text, Pattern pattern, String clause, Severity severity, String message,
            List<Finding> findings) {
        Matcher match = pattern.matcher(lower);
        while (match.find()) {
            if (NEGATION.matcher(lower.substring(Math.max(0, match.start() - 30), match.start())).find()) {
                continue;
            }
            findings.add(new Finding(clause, clause + " (hand-written)", severity, message, null,
                    List.of(Evidence.of("/text", match.start(), match.end(), text.substring(match.start(), match.end())))));
            return;
        }
    }
}
