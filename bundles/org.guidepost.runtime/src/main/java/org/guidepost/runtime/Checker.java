package org.guidepost.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Communication;
import org.guidepost.model.CommunicationReader;
import org.guidepost.model.InputProblem;
import org.guidepost.model.Json;
import org.guidepost.model.Report;

/**
 * Checks communications against a verified rule pack. Thread-safe: one checker serves every thread of a clinic's
 * tool. Reports follow {@code report.schema.json}; {@link #toJson} writes one.
 */
public final class Checker {
    private static final CommunicationReader READER = new CommunicationReader();
    private final RuleSet rules;

    Checker(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * Whether the rules were loaded from the pack's precompiled form (a verified signed pack, made with this
     * runtime's Drools version) rather than compiled from its DRL: worth logging when loading seems slow.
     */
    public boolean loadedPrecompiled() {
        return rules.loadedPrecompiled();
    }

    /** Checks a communication on the day it is published (if it says) or today. */
    public Report check(Communication communication) {
        return rules.check(Objects.requireNonNull(communication, "communication"));
    }

    /** Checks a communication as if on {@code day}. */
    public Report check(Communication communication, LocalDate day) {
        return rules.check(Objects.requireNonNull(communication, "communication"), day);
    }

    /**
     * Checks one communication given as JSON ({@code communication.schema.json}).
     *
     * @throws InvalidCommunicationException when the JSON is not one valid communication; its problems say what
     *                                       is wrong and where
     */
    public Report check(String json) throws InvalidCommunicationException {
        CommunicationReader.Result read = READER.read(Objects.requireNonNull(json, "json"), "communication");
        if (read.hasProblems() || read.records().size() != 1) {
            throw new InvalidCommunicationException(read.problems());
        }
        return check(read.communications().get(0));
    }

    /** A report as JSON ({@code report.schema.json}). */
    public static String toJson(Report report) {
        return Json.write(report);
    }

    /** JSON that is not one valid communication. */
    public static final class InvalidCommunicationException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<InputProblem> problems;

        InvalidCommunicationException(List<InputProblem> problems) {
            super(problems.isEmpty() ? "give exactly one communication, as a JSON object"
                    : problems.stream().map(InputProblem::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
            this.problems = List.copyOf(problems);
        }

        /** What is wrong, where. */
        public List<InputProblem> problems() {
            return problems;
        }
    }
}
