package org.guidepost.engine.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.guidepost.engine.Compilation;
import org.guidepost.engine.RuleEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling the benchmark project from disk ({@link RuleEngine#compileProject}): reading guideline.yaml, five
 * rule files and nine lexicons, compiling the DRL with Drools, building the knowledge base and binding rules to
 * clauses. This is what the workbench does on every save and the command line on every run.
 *
 * <p>The average time here is of a warm JVM (after warm-up iterations, the JIT has compiled Drools' compiler).
 * The first compile in a fresh JVM is several times slower: it loads and initialises Drools, MVEL and the
 * Java compiler classes. {@link CompileColdBenchmark} measures that one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(2)
@Threads(1)
public class CompileBenchmark {
    private Path project;

    @Setup
    public void extract() {
        project = BenchmarkProjects.extract(BenchmarkProjects.REALISTIC);
    }

    @TearDown
    public void delete() {
        BenchmarkProjects.delete(project);
    }

    @Benchmark
    public Compilation compile() {
        return CompileColdBenchmark.compileOrFail(project);
    }
}
