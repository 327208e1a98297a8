package org.guidepost.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidepost.engine.GuidelineSources;
import org.guidepost.engine.RuleSource;
import org.guidepost.model.Clause;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;

/**
 * The gaps of a project's own clauses found by reading, without compiling or running anything (cheap enough for the
 * Guideline Explorer to show on every refresh): no rule names the clause in {@code @clause}, no test case expects it,
 * no near miss. {@link TestRunner#trace} gives the exact picture from a test run.
 */
public final class ClauseGaps {
    private static final Pattern CLAUSE_ANNOTATION = Pattern.compile("@clause\\(\\s*\"([^\"]+)\"\\s*\\)");

    private ClauseGaps() {
    }

    /** For each clause the project itself defines, its gaps in words (an empty list when it has none). */
    public static Map<String, List<String>> of(Path project) {
        Map<String, List<String>> gaps = new LinkedHashMap<>();
        List<Clause> own;
        try {
            own = GuidelineProjects.readGuideline(project.resolve(GuidelineProjects.GUIDELINE_FILE)).clauses();
        } catch (GuidelineFormatException e) {
            return gaps; // the explorer shows the project's problem instead
        }
        Set<String> enforced = new TreeSet<>();
        GuidelineSources sources = GuidelineSources.read(project, new ArrayList<Diagnostic>());
        if (sources != null) {
            for (RuleSource rule : sources.rules()) {
                Matcher clause = CLAUSE_ANNOTATION.matcher(rule.drl());
                while (clause.find()) {
                    enforced.add(clause.group(1));
                }
            }
        }
        List<TestCase> cases = TestFiles.read(project).cases();
        for (Clause clause : own) {
            List<String> missing = new ArrayList<>();
            if (!enforced.contains(clause.id())) {
                missing.add("no rule");
            }
            if (cases.stream().noneMatch(c -> c.expectation().expectsPresent(clause.id()))) {
                missing.add("no test case");
            }
            if (cases.stream().noneMatch(c -> TestRunner.isNearMiss(c, clause.id()))) {
                missing.add("no near miss");
            }
            gaps.put(clause.id(), missing);
        }
        return gaps;
    }
}
