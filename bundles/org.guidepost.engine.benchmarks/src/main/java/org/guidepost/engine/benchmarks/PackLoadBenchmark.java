package org.guidepost.engine.benchmarks;

import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.guidepost.pack.PackException;
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
 * Loading the shipped guideline's signed pack into a checker, as a clinic's long-running tool does when a new
 * release arrives (warm JVM):
 * <ul>
 * <li>{@code loadPrecompiled}: open, verify, load the precompiled rules (no DRL compilation);
 * <li>{@code compileDrl}: open, accept, compile the pack's DRL (what loading costs without the precompiled form);
 * <li>{@code openAndVerifyOnly} (baseline): open and verify the pack, no rules.
 * </ul>
 * {@link PackLoadColdBenchmark} measures the same in a fresh JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
public class PackLoadBenchmark {
    private byte[] pack;
    private Map<String, PublicKey> trusted;

    @Setup
    public void read() {
        pack = ShippedPack.bytes();
        trusted = ShippedPack.trustedKeys();
    }

    @Benchmark
    public Checker loadPrecompiled() throws PackException {
        return PackLoadColdBenchmark.requirePrecompiled(Guidepost.open(pack, "shipped.gpack").verify(trusted).checker(), true);
    }

    @Benchmark
    public Checker compileDrl() throws PackException {
        return PackLoadColdBenchmark.requirePrecompiled(Guidepost.open(pack, "shipped.gpack").trustUnsigned().checker(), false);
    }

    @Benchmark
    public Guidepost openAndVerifyOnly() throws PackException {
        return Guidepost.open(pack, "shipped.gpack").verify(trusted);
    }
}
