package org.guidepost.engine.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.guidepost.engine.RuleSet;
import org.guidepost.model.Communication;
import org.guidepost.model.Finding;
import org.guidepost.model.Json;
import org.guidepost.testing.TestRun;
import org.guidepost.testing.TestRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Running a project's test cases: the benchmark project with 1 000 cases (a JSONL corpus of the first 1 000
 * corpus posts, each labelled with the clauses it raises, so every case passes).
 * <ul>
 * <li>{@code runThousandCases}: {@link TestRunner#run} — compile, read the cases, check them, compare, coverage;
 * <li>{@code compileOnly} (baseline): compiling the same project, which the run does first.
 * </ul>
 * The run time of the cases after compiling is the difference; report it with its ratio to the compile time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(2)
@Threads(1)
public class TestRunBenchmark {
    static final int CASES = 1_000;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private Path project;

    @Setup(Level.Trial)
    public void writeCases() throws IOException {
        project = BenchmarkProjects.extract(BenchmarkProjects.REALISTIC);
        RuleSet rules = CompileColdBenchmark.compileOrFail(project).ruleSet().orElseThrow();
        List<Communication> posts = Corpus.generate(Corpus.SEED, CASES);
        StringBuilder corpus = new StringBuilder();
        for (Communication post : posts) {
            List<String> clauses = rules.check(post, DAY).findings().stream().map(Finding::getClause).distinct().toList();
            corpus.append("{\"communication\":").append(Json.write(post)).append(",\"expected\":")
                    .append(Json.write(clauses)).append("}\n");
        }
        Files.createDirectories(project.resolve("tests"));
        Files.writeString(project.resolve("tests/corpus.jsonl"), corpus, StandardCharsets.UTF_8);
        TestRun check = TestRunner.run(project);
        if (!check.succeeded() || check.results().size() != CASES) {
            throw new IllegalStateException("the benchmark's cases must all pass: " + check.diagnostics()
                    + " " + check.results().size() + " cases");
        }
    }

    @TearDown(Level.Trial)
    public void delete() {
        BenchmarkProjects.delete(project);
    }

    @Benchmark
    public TestRun runThousandCases() {
        return TestRunner.run(project);
    }

    @Benchmark
    public Object compileOnly() {
        return CompileColdBenchmark.compileOrFail(project);
    }
}
