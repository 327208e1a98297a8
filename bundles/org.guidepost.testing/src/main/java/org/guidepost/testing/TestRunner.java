package org.guidepost.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Clause;
import org.guidepost.model.Diagnostic;
import org.guidepost.model.Evidence;
import org.guidepost.model.Finding;
import org.guidepost.model.GuidelineFormatException;
import org.guidepost.model.GuidelineProjects;
import org.guidepost.model.Report;
import org.guidepost.model.Severity;
import org.guidepost.testing.CaseResult.Outcome;

/**
 * Runs the test cases of a guideline project: compiles the guideline once (and each variant a case names, once),
 * checks every case's communication and compares the report with what the case expects. Reporters print the
 * result; this class prints nothing.
 */
public final class TestRunner {
    private final Path project;
    private final Map<String, Object> variants = new HashMap<>(); // id -> RuleSet, or a String saying why not
    private RuleSet rules; // the project's, once compiled

    private TestRunner(Path project) {
        this.project = project;
    }

    /** Runs every case. */
    public static TestRun run(Path project) {
        return run(project, name -> true);
    }

    /** Runs the cases whose qualified name ({@code tests/file.yaml: case name}) {@code filter} accepts. */
    public static TestRun run(Path project, Predicate<String> filter) {
        return run(project, filter, Progress.NONE);
    }

    /**
     * Runs the cases {@code filter} accepts, telling {@code progress} how far it got; when {@code progress} says it
     * is cancelled the run stops after the current case and holds the results so far.
     */
    public static TestRun run(Path project, Predicate<String> filter, Progress progress) {
        return new TestRunner(project).runAll(filter, progress);
    }

    /**
     * Runs every case and traces each clause of the guideline to the rules that enforce it and the cases that prove
     * it (see {@link Traceability}).
     */
    public static Traceability trace(Path project, Progress progress) {
        TestRunner runner = new TestRunner(project);
        TestRun run = runner.runAll(name -> true, progress);
        RuleSet rules = runner.rules;
        if (rules == null) {
            return new Traceability(project.toString(), List.of(), run);
        }
        List<CaseResult> passing = run.results().stream().filter(r -> r.outcome() == Outcome.PASS).toList();
        Set<String> fired = new LinkedHashSet<>();
        passing.forEach(r -> r.report().findings().forEach(f -> fired.add(f.getRule())));
        List<Traceability.ClauseTrace> traces = new ArrayList<>();
        for (Clause clause : rules.guideline().clauses()) {
            String id = clause.id();
            List<Traceability.RuleTrace> enforcing = rules.ruleNames().stream().filter(r -> id.equals(rules.clauseOf(r)))
                    .map(r -> new Traceability.RuleTrace(r, rules.fileOf(r), fired.contains(r))).toList();
            List<TestCase> hits = passing.stream().map(CaseResult::testCase).filter(c -> c.expectation().expectsPresent(id)).toList();
            List<TestCase> nearMisses = passing.stream().map(CaseResult::testCase).filter(c -> isNearMiss(c, id)).toList();
            List<TestCase> failing = run.results().stream().filter(r -> r.outcome() != Outcome.PASS)
                    .filter(r -> r.expected().contains(id) || r.actual().contains(id) || r.unexpected().contains(id))
                    .map(CaseResult::testCase).toList();
            traces.add(new Traceability.ClauseTrace(id, clause.title(), enforcing, hits, nearMisses, failing));
        }
        return new Traceability(project.toString(), traces, run);
    }

    /** Follows a run, e.g. the workbench's progress monitor. Called on the thread that runs the cases. */
    public interface Progress {
        /** Nothing to follow. */
        Progress NONE = new Progress() {
        };

        /** The guideline compiled and {@code cases} cases will run. */
        default void started(int cases) {
        }

        /** One case ran. */
        default void ran(CaseResult result) {
        }

        /** Whether to stop before the next case. */
        default boolean isCancelled() {
            return false;
        }
    }

    private TestRun runAll(Predicate<String> filter, Progress progress) {
        Compilation compilation = RuleEngine.compileProject(project);
        List<Diagnostic> diagnostics = new ArrayList<>(compilation.diagnostics());
        if (compilation.ruleSet().isEmpty()) {
            return new TestRun(project.toString(), null, diagnostics, List.of(), null, 0);
        }
        RuleSet rules = compilation.ruleSet().get();
        this.rules = rules;
        TestFiles.Suite suite = TestFiles.read(project);
        diagnostics.addAll(suite.diagnostics());
        long start = System.nanoTime();
        List<CaseResult> results = new ArrayList<>();
        List<TestCase> selected = suite.cases().stream().filter(c -> filter.test(c.qualifiedName())).toList();
        progress.started(selected.size());
        for (TestCase testCase : selected) {
            if (progress.isCancelled()) {
                break;
            }
            CaseResult result = runCase(testCase, rules);
            results.add(result);
            progress.ran(result);
        }
        long nanos = System.nanoTime() - start;
        return new TestRun(project.toString(), rules.guideline().id() + " " + rules.guideline().version(), diagnostics,
                results, coverage(rules, results, ownScope(rules)), nanos);
    }

    private CaseResult runCase(TestCase testCase, RuleSet projectRules) {
        long start = System.nanoTime();
        Set<String> expected = testCase.expectation().clauses() != null ? testCase.expectation().clauses()
                : testCase.expectation().includes();
        RuleSet rules = projectRules;
        if (testCase.variant() != null) {
            Object variant = variant(testCase.variant());
            if (variant instanceof String why) {
                return error(testCase, expected, why, start);
            }
            rules = (RuleSet) variant;
        }
        List<String> unknown = unknownClauses(testCase.expectation(), rules);
        if (!unknown.isEmpty()) {
            return error(testCase, expected, "the case expects clause " + String.join(", ", unknown) + ", which "
                    + rules.guideline().id() + " does not have", start);
        }
        Report report;
        try {
            report = testCase.date() != null ? rules.check(testCase.communication(), testCase.date())
                    : rules.check(testCase.communication());
        } catch (RuntimeException e) {
            return error(testCase, expected, "the check failed: " + e, start);
        }
        Set<String> actual = new TreeSet<>();
        report.findings().forEach(f -> actual.add(f.getClause()));
        Expectation expectation = testCase.expectation();
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>();
        for (String clause : actual) {
            if (expectation.clauses() != null ? !expectation.clauses().contains(clause) : expectation.excludes().contains(clause)) {
                unexpected.add(clause);
            }
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing: " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            problems.add("unexpected: " + String.join(", ", unexpected));
        }
        if (expectation.verdict() != null && expectation.verdict() != report.verdict()) {
            problems.add("verdict " + report.verdict().word() + ", expected " + expectation.verdict().word());
        }
        for (Expectation.ExpectedFinding detail : expectation.findings()) {
            problems.addAll(compare(detail, report.findings()));
        }
        return new CaseResult(testCase, problems.isEmpty() ? Outcome.PASS : Outcome.FAIL, expected, actual, missing,
                unexpected, problems, report, null, System.nanoTime() - start);
    }

    private static List<String> compare(Expectation.ExpectedFinding detail, List<Finding> findings) {
        List<Finding> ofClause = findings.stream().filter(f -> f.getClause().equals(detail.clause())).toList();
        if (ofClause.isEmpty()) {
            return List.of("no finding of " + detail.clause() + " to compare");
        }
        List<String> problems = new ArrayList<>();
        if (detail.severity() != null && ofClause.stream().noneMatch(f -> f.getSeverity() == detail.severity())) {
            problems.add(detail.clause() + " is " + ofClause.get(0).getSeverity().word() + ", expected "
                    + detail.severity().word());
        }
        if (detail.excerpt() != null) {
            String wanted = detail.excerpt().toLowerCase(Locale.ROOT);
            List<String> quoted = ofClause.stream().flatMap(f -> f.getEvidence().stream()).map(Evidence::excerpt)
                    .filter(e -> e != null).toList();
            if (quoted.stream().noneMatch(e -> e.toLowerCase(Locale.ROOT).contains(wanted))) {
                problems.add(detail.clause() + " quotes " + (quoted.isEmpty() ? "no words" : "'" + String.join("', '", quoted) + "'")
                        + ", expected '" + detail.excerpt() + "'");
            }
        }
        return problems;
    }

    private static List<String> unknownClauses(Expectation expectation, RuleSet rules) {
        Set<String> named = new LinkedHashSet<>();
        if (expectation.clauses() != null) {
            named.addAll(expectation.clauses());
        }
        named.addAll(expectation.includes());
        named.addAll(expectation.excludes());
        expectation.findings().forEach(f -> named.add(f.clause()));
        return named.stream().filter(c -> rules.guideline().clause(c).isEmpty()).sorted().toList();
    }

    /** The compiled variant project with guideline id {@code id} beside this project, or why there is none. */
    private Object variant(String id) {
        return variants.computeIfAbsent(id, key -> {
            Path parent = project.toAbsolutePath().normalize().getParent();
            try (Stream<Path> siblings = parent == null ? Stream.empty() : Files.list(parent)) {
                for (Path sibling : siblings.filter(GuidelineProjects::isProject).sorted().toList()) {
                    String siblingId;
                    try {
                        siblingId = GuidelineProjects.readGuideline(sibling.resolve(GuidelineProjects.GUIDELINE_FILE)).id();
                    } catch (GuidelineFormatException e) {
                        continue;
                    }
                    if (siblingId.equals(key)) {
                        Compilation compilation = RuleEngine.compileProject(sibling);
                        if (compilation.ruleSet().isPresent()) {
                            return compilation.ruleSet().get();
                        }
                        return "variant " + key + " does not compile: " + compilation.diagnostics().stream()
                                .filter(d -> d.severity() == Severity.ERROR).findFirst().map(Diagnostic::toString).orElse("");
                    }
                }
            } catch (IOException e) {
                return "cannot look for variant " + key + ": " + e.getMessage();
            }
            return "no variant '" + key + "' beside " + project + " (a project with that id in the same folder)";
        });
    }

    private static CaseResult error(TestCase testCase, Set<String> expected, String why, long start) {
        return new CaseResult(testCase, Outcome.ERROR, expected, Set.of(), Set.of(), Set.of(), List.of(why), null, why,
                System.nanoTime() - start);
    }

    /** The rules and clauses a project's own tests must cover. */
    private record Scope(List<String> rules, List<String> clauses) {
    }

    /**
     * Everything, for a guideline of its own. A variant's tests cover what the variant adds or changes: its own
     * rules, its own clauses, the clauses whose severity it changes and the clauses its own rules enforce;
     * what it inherits unchanged is covered by the tests of the project it extends.
     */
    private Scope ownScope(RuleSet rules) {
        List<String> allClauses = rules.guideline().clauses().stream().map(Clause::id).toList();
        if (rules.guideline().extendsPath() == null) {
            return new Scope(rules.ruleNames(), allClauses);
        }
        Path own = project.normalize();
        List<String> ownRules = rules.ruleNames().stream()
                .filter(r -> rules.fileOf(r) != null && Path.of(rules.fileOf(r)).normalize().startsWith(own)).toList();
        Set<String> ownClauses = new LinkedHashSet<>(rules.guideline().severities().keySet());
        try {
            GuidelineProjects.readGuideline(project.resolve(GuidelineProjects.GUIDELINE_FILE)).clauses()
                    .forEach(c -> ownClauses.add(c.id()));
        } catch (GuidelineFormatException e) {
            // it compiled a moment ago; without its file, the rules' clauses still say what it changes
        }
        ownRules.forEach(r -> ownClauses.add(rules.clauseOf(r)));
        return new Scope(ownRules, allClauses.stream().filter(ownClauses::contains).toList());
    }

    private static Coverage coverage(RuleSet rules, List<CaseResult> results, Scope scope) {
        List<CaseResult> passing = results.stream().filter(r -> r.outcome() == Outcome.PASS).toList();
        Set<String> firedRules = new LinkedHashSet<>();
        passing.forEach(r -> r.report().findings().forEach(f -> firedRules.add(f.getRule())));
        List<String> uncoveredRules = scope.rules().stream().filter(r -> !firedRules.contains(r)).toList();
        List<String> clauses = scope.clauses();
        List<String> withoutHit = clauses.stream()
                .filter(c -> passing.stream().noneMatch(r -> r.testCase().expectation().expectsPresent(c))).toList();
        List<String> withoutNearMiss = clauses.stream()
                .filter(c -> passing.stream().noneMatch(r -> isNearMiss(r.testCase(), c))).toList();
        return new Coverage(scope.rules(), uncoveredRules, clauses, withoutHit, withoutNearMiss);
    }

    static boolean isNearMiss(TestCase testCase, String clause) {
        Expectation expectation = testCase.expectation();
        if (expectation.excludes().contains(clause)) {
            return true;
        }
        boolean named = names(testCase.name(), clause) || testCase.note() != null && names(testCase.note(), clause);
        return expectation.clauses() != null && !expectation.clauses().contains(clause) && named;
    }

    /** Whether {@code text} names {@code clause} as a whole id: "PRV-10" or "XPRV-1" does not name PRV-1. */
    private static boolean names(String text, String clause) {
        return java.util.regex.Pattern.compile("(?<![A-Za-z0-9-])" + java.util.regex.Pattern.quote(clause)
                + "(?![A-Za-z0-9]|-[A-Za-z0-9])").matcher(text).find();
    }
}
