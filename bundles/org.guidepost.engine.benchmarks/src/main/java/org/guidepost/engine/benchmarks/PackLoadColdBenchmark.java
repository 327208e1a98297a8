package org.guidepost.engine.benchmarks;

import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * The first load of the shipped guideline's signed pack in a fresh JVM, as when {@code guidepost check --pack}
 * starts or a clinic's tool loads its first pack: one single shot per fork, each fork a new JVM. Like
 * {@link CompileColdBenchmark}, it refuses to run other than with its own settings (no {@code -wi}/{@code -i}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@Threads(1)
public class PackLoadColdBenchmark {
    private static final AtomicBoolean LOADED = new AtomicBoolean();
    private byte[] pack;
    private Map<String, PublicKey> trusted;

    @Setup
    public void read() {
        // bytes and a public key only: no engine or Drools class is touched before the measured call
        pack = ShippedPack.bytes();
        trusted = ShippedPack.trustedKeys();
    }

    @Benchmark
    public Checker loadPrecompiled() throws PackException {
        firstLoad();
        return requirePrecompiled(Guidepost.open(pack, "shipped.gpack").verify(trusted).checker(), true);
    }

    @Benchmark
    public Checker compileDrl() throws PackException {
        firstLoad();
        return requirePrecompiled(Guidepost.open(pack, "shipped.gpack").trustUnsigned().checker(), false);
    }

    private static void firstLoad() {
        if (LOADED.getAndSet(true)) {
            throw new IllegalStateException("not the first load of this JVM: run PackLoadColdBenchmark without -wi/-i"
                    + " options (its annotations say 0 warm-up iterations, 1 measurement per fork)");
        }
    }

    /** Fails the benchmark when it does not measure what its name says. */
    static Checker requirePrecompiled(Checker checker, boolean precompiled) {
        if (checker.loadedPrecompiled() != precompiled) {
            throw new IllegalStateException("expected the rules " + (precompiled ? "precompiled" : "compiled from DRL"));
        }
        return checker;
    }
}
