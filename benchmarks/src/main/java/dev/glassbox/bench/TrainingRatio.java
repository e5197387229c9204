package dev.glassbox.bench;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import java.util.Arrays;

/**
 * The ratio of {@link TrainingBenchmark}, measured so that a shared machine's changing load falls
 * on both sides alike: rounds of {@value #EPOCHS} epochs alternate between {@link PlainXor} and
 * {@code session.run(n)} in one JVM, and the medians of the warmed-up second half are compared.
 * (JMH runs the two benchmarks one after the other, so a load that comes or goes between them
 * moves the ratio by several percent.)
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.glassbox.bench.TrainingRatio [rounds]
 * </pre>
 */
public final class TrainingRatio {
    private static final int EPOCHS = 10_000;

    private TrainingRatio() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        long[] plain = new long[rounds];
        long[] trained = new long[rounds];
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            sink += new PlainXor().run(EPOCHS);
            long t1 = System.nanoTime();
            session.reset();
            sink += session.run(EPOCHS);
            long t2 = System.nanoTime();
            plain[r] = t1 - t0;
            trained[r] = t2 - t1;
        }
        double p = median(plain);
        double s = median(trained);
        System.out.printf("plain loop      %.2f M epochs/s%n", EPOCHS / p * 1e3);
        System.out.printf("session.run(n)  %.2f M epochs/s%n", EPOCHS / s * 1e3);
        System.out.printf("ratio %.3f (goal >= 0.8)%s%n", p / s, Double.isNaN(sink) ? " " : "");
    }

    /** The median of the second half (the first half warms the JIT up). */
    private static double median(long[] nanos) {
        long[] warm = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
