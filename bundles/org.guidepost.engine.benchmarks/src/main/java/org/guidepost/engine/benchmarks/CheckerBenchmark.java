package org.guidepost.engine.benchmarks;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.guidepost.engine.GuidelineSources;
import org.guidepost.engine.RuleEngine;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Communication;
import org.guidepost.model.Report;
import org.guidepost.pack.Pack;
import org.guidepost.pack.PackException;
import org.guidepost.pack.PackLoader;
import org.guidepost.pack.PackReader;
import org.guidepost.runtime.Checker;
import org.guidepost.runtime.Guidepost;
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
 * Checking posts with the clinic runtime, one post per operation on one thread, reported both as throughput
 * (posts per second on one core) and as a latency distribution (JMH's sample mode gives p50, p99, p99.9). Every
 * benchmark walks the same {@link Corpus} (2 000 posts) in the same order:
 * <ul>
 * <li>{@code shippedPack}: the shipped guideline's signed pack (32 clauses, 60 rules, 56 lexicons) through the
 * runtime's {@link Checker}, loaded from its precompiled rules;
 * <li>{@code shippedPackFiveClauses}: the same pack with only the rules of {@link HandWrittenChecker#CLAUSES};
 * <li>{@code handWritten} (baseline): {@link HandWrittenChecker}, those five clauses in plain Java.
 * </ul>
 * Report the rule sets as ratios to the hand-written baseline measured in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(2)
@Threads(1)
public class CheckerBenchmark {
    /** A fixed day: consent rules compare dates. */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private Checker shipped;
    private RuleSet fiveClauses;
    private HandWrittenChecker handWritten;
    private Communication[] posts;
    private int next;

    @Setup
    public void load() throws PackException {
        byte[] bytes = ShippedPack.bytes();
        shipped = Guidepost.open(bytes, "shipped.gpack").verify(ShippedPack.trustedKeys()).checker();
        fiveClauses = onlyClauses(new PackReader().read(bytes, "shipped.gpack"), HandWrittenChecker.CLAUSES);
        handWritten = new HandWrittenChecker();
        posts = Corpus.standard().toArray(new Communication[0]);
    }

    /** The pack's rule set with every rule of other clauses switched off. */
    static RuleSet onlyClauses(Pack pack, List<String> clauses) throws PackException {
        GuidelineSources all = PackLoader.sources(pack);
        RuleSet every = PackLoader.ruleSet(pack);
        Set<String> off = new HashSet<>(all.disabledRules());
        every.ruleNames().stream().filter(rule -> !clauses.contains(every.clauseOf(rule))).forEach(off::add);
        GuidelineSources some = new GuidelineSources(all.guidelineFile(), all.guidelineText(), all.guideline(), all.rules(),
                all.lexicons(), off);
        return RuleEngine.compile(some).ruleSet().orElseThrow(() -> new IllegalStateException("does not compile"));
    }

    private Communication nextPost() {
        Communication post = posts[next];
        next = next + 1 == posts.length ? 0 : next + 1;
        return post;
    }

    @Benchmark
    public Report shippedPack() {
        return shipped.check(nextPost(), DAY);
    }

    @Benchmark
    public Report shippedPackFiveClauses() {
        return fiveClauses.check(nextPost(), DAY);
    }

    @Benchmark
    public Report handWritten() {
        return handWritten.check(nextPost());
    }
}
