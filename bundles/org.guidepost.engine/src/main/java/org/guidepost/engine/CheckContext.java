package org.guidepost.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fact for rules: the circumstances of a check. {@code date} is the day consent must be valid on: the day
 * the communication is published if it says so, else the day of checking.
 */
public final class CheckContext {
    private final LocalDate date;

    public CheckContext(LocalDate date) {
        this.date = Objects.requireNonNull(date, "date");
    }

    public LocalDate getDate() {
        return date;
    }
}
