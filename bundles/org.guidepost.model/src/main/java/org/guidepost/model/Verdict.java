package org.guidepost.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Locale;

/** What a report concludes: fail with any error finding, review with warnings only, pass otherwise. */
public enum Verdict {
    PASS, REVIEW, FAIL;

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict the findings give (info findings alone still pass). */
    public static Verdict of(Collection<Finding> findings) {
        boolean warning = false;
        for (Finding finding : findings) {
            if (finding.getSeverity() == Severity.ERROR) {
                return FAIL;
            }
            warning |= finding.getSeverity() == Severity.WARNING;
        }
        return warning ? REVIEW : PASS;
    }
}
