package org.guidepost.testing;

import java.time.LocalDate;
import java.util.Objects;
import org.guidepost.model.Communication;

/**
 * One test case: a communication and what checking it must give.
 *
 * @param file          the test file, as diagnostics name it
 * @param line          the line where the case starts in it
 * @param name          what the case shows
 * @param note          why, or null
 * @param variant       the id of the variant project the case is checked against, or null for the project itself
 * @param date          the day the case is checked on, or null (publishedAt, else today)
 * @param communication what is checked
 * @param expectation   what checking it must give
 */
public record TestCase(String file, int line, String name, String note, String variant, LocalDate date,
        Communication communication, Expectation expectation) {

    public TestCase {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(communication, "communication");
        Objects.requireNonNull(expectation, "expectation");
    }

    /** The case's name qualified by its file, unique in a project: {@code tests/prv-5.yaml: DM for an MRI}. */
    public String qualifiedName() {
        return file + ": " + name;
    }
}
