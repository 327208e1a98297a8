package org.guidepost.engine.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * The first compile of the benchmark project in a fresh JVM: one single shot per fork, no warm-up, as when the
 * command line starts or the workbench compiles its first project. Each fork is a new JVM, so the forks give
 * the spread.
 *
 * <p>Options on the command line override these annotations: {@code -wi 3 -i 5} would turn this into a warm
 * measurement. The benchmark refuses that (it fails when it is not the first compile of its JVM); run it with
 * its own settings, e.g. {@code java -jar benchmarks.jar} (all benchmarks, each with its annotations) or
 * {@code java -jar benchmarks.jar CompileColdBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@Threads(1)
public class CompileColdBenchmark {
    private static final AtomicBoolean COMPILED = new AtomicBoolean();
    private Path project;

    @Setup
    public void extract() {
        // copying files only: no engine or Drools class may be touched before the measured call
        project = BenchmarkProjects.extract(BenchmarkProjects.REALISTIC);
    }

    @TearDown
    public void delete() {
        BenchmarkProjects.delete(project);
    }

    @Benchmark
    public Compilation firstCompile() {
        if (COMPILED.getAndSet(true)) {
            throw new IllegalStateException("not the first compile of this JVM: run CompileColdBenchmark without"
                    + " -wi/-i options (its annotations say 0 warm-up iterations, 1 measurement per fork)");
        }
        return compileOrFail(project);
    }

    static Compilation compileOrFail(Path project) {
        Compilation compilation = RuleEngine.compileProject(project);
        if (compilation.hasErrors()) {
            throw new IllegalStateException("the benchmark project does not compile: " + compilation.diagnostics());
        }
        return compilation;
    }
}
