package org.guidepost.engine.benchmarks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.guidepost.engine.LexiconMatch;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Communication;
import org.guidepost.model.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking posts, one post per operation, on one thread: the score is posts per second on one core. Every
 * benchmark walks the same {@link Corpus} (2 000 posts, about 30% with lexicon phrases) in the same order, so
 * the scores compare:
 * <ul>
 * <li>{@code check}: {@link RuleSet#check} against the benchmark project (31 clauses, 35 rules, 9 lexicons);
 * <li>{@code lexiconMatchesOnly} (baseline): {@link RuleSet#lexiconMatches} for the same posts, i.e. finding
 * the lexicons' terms in the text, which {@code check} does first;
 * <li>{@code checkEmptyRuleSet} (baseline): {@link RuleSet#check} against a guideline without rules or
 * lexicons, i.e. what every check costs (a Drools session, inserting the facts, firing, the report) whatever
 * the rules.
 * </ul>
 * Report {@code check} as a ratio to the baselines measured in the same run, not as an absolute figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(2)
@Threads(1)
public class CheckBenchmark {
    /** A fixed day: consent rules compare dates, and the check must not depend on the day the benchmark runs. */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private RuleSet rules;
    private RuleSet empty;
    private Communication[] posts;
    private int next;

    @Setup
    public void compile() {
        rules = compile(BenchmarkProjects.REALISTIC);
        empty = compile(BenchmarkProjects.EMPTY);
        posts = Corpus.standard().toArray(new Communication[0]);
    }

    private static RuleSet compile(String name) {
        Path project = BenchmarkProjects.extract(name);
        try {
            return CompileColdBenchmark.compileOrFail(project).ruleSet().orElseThrow();
        } finally {
            BenchmarkProjects.delete(project);
        }
    }

    private Communication nextPost() {
        Communication post = posts[next];
        next = next + 1 == posts.length ? 0 : next + 1;
        return post;
    }

    @Benchmark
    public Report check() {
        return rules.check(nextPost(), DAY);
    }

    @Benchmark
    public List<LexiconMatch> lexiconMatchesOnly() {
        return rules.lexiconMatches(nextPost());
    }

    @Benchmark
    public Report checkEmptyRuleSet() {
        return empty.check(nextPost(), DAY);
    }
}
