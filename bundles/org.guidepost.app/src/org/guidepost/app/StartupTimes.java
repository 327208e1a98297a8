package org.guidepost.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** Milestones of a start, in milliseconds after the JVM started; the product's self-check writes them down. */
final class StartupTimes {
    private static final List<String> MARKS = new ArrayList<>();

    private StartupTimes() {
    }

    /** Notes that {@code what} happened now. */
    static synchronized void mark(String what) {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        MARKS.add(String.format("%6d ms  %s", millis, what));
    }

    /** One line per milestone. */
    static synchronized String describe() {
        return MARKS.isEmpty() ? "" : String.join("\n", MARKS) + "\n";
    }
}
