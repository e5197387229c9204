package dev.glassbox.bench;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Epochs per second of bulk training on the built-in {@code xor} scenario: {@code session.run(n)}
 * against {@link PlainXor}, the same 2-2-1 sigmoid/MSE full-batch training written out by hand.
 * Each call trains the first {@value #EPOCHS} epochs from the scenario's weights (the plateau and
 * the drop), so both sides do exactly the same arithmetic; the session's reset is measured with it.
 * Three forks: how the JIT inlines the engine varies from one JVM to the next by several percent.
 *
 * <pre>
 * mvn -B -Pbench -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar TrainingBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@State(Scope.Thread)
public class TrainingBenchmark {
    /** Epochs per call; with {@link OperationsPerInvocation} the score is epochs per second. */
    private static final int EPOCHS = 10_000;

    private final TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));

    /** Refuses to measure two different things: both must reach the same bits. */
    @Setup(Level.Trial)
    public void checkSameTraining() {
        PlainXor plain = new PlainXor();
        session.reset();
        session.run(EPOCHS);
        plain.run(EPOCHS);
        if (!Arrays.equals(session.parameters().toFlat(), plain.parameters())) {
            throw new IllegalStateException("the plain loop trains differently: " + Arrays.toString(plain.parameters())
                    + " vs " + session.parameters());
        }
    }

    @Benchmark
    @OperationsPerInvocation(EPOCHS)
    public int session() {
        session.reset();
        return session.run(EPOCHS);
    }

    @Benchmark
    @OperationsPerInvocation(EPOCHS)
    public double plainLoop() {
        return new PlainXor().run(EPOCHS);
    }
}
