package dev.glassbox.bench;

import dev.glassbox.core.math.Adam;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.demo.cli.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Training throughput as ratios, measured so that a shared machine's changing load falls on both
 * sides alike: the two sides of a comparison take turns, a round each, in one JVM, and the medians
 * of the warmed-up second half of the rounds are compared. (JMH runs two benchmarks one after the
 * other, so a load that comes or goes between them moves the ratio by several percent.)
 *
 * <ul>
 * <li>{@code sgd}: {@code session.run(n)} on {@code xor} against {@link PlainXor}, {@value #EPOCHS}
 *     epochs a round from the scenario's weights;</li>
 * <li>{@code adam}: the same session under Adam (η = {@value PlainAdam#ETA}) against {@link PlainAdam};</li>
 * <li>{@code playground}: the session against TensorFlow Playground's own engine under node, driven
 *     by {@code scripts/playground-xor.mjs} on the same net, weights, learning rate and batch of 4
 *     (see {@code scripts/playground-ratio.sh}); the node side times its own rounds;</li>
 * <li>{@code sweep}: the {@code sweep} command ({@link Cli}, output included) on {@value #SWEEP_SEEDS}
 *     seeds of {@code xor}, {@value #SWEEP_EPOCHS} epochs each, with {@code --threads 2} against
 *     {@code --threads 1}, in runs per second.</li>
 * </ul>
 * Both sides of {@code sgd} and {@code adam} are checked to reach the same bits first.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.glassbox.bench.TrainingRatio [sgd] [adam] [sweep] [rounds=N]
 * scripts/playground-ratio.sh
 * </pre>
 * With no comparison named, {@code sgd adam sweep}.
 */
public final class TrainingRatio {
    private static final int EPOCHS = 10_000;
    private static final int SWEEP_SEEDS = 64;
    private static final int SWEEP_EPOCHS = 5_000;
    /** Keeps the JIT from dropping a side's work as unused. */
    private static double sink;

    private TrainingRatio() {
    }

    public static void main(String[] args) throws IOException {
        List<String> which = new ArrayList<>();
        int rounds = 0;
        for (String a : args) {
            if (a.startsWith("rounds=")) {
                rounds = Integer.parseInt(a.substring("rounds=".length()));
            } else {
                which.add(a);
            }
        }
        if (which.isEmpty()) {
            which = List.of("sgd", "adam", "sweep");
        }
        System.out.println("load average " + loadAverage());
        for (String w : which) {
            switch (w) {
                case "sgd" -> sgd(rounds > 0 ? rounds : 2000);
                case "adam" -> adam(rounds > 0 ? rounds : 2000);
                case "playground" -> playground(rounds > 0 ? rounds : 1000);
                case "sweep" -> sweep(rounds > 0 ? rounds : 40);
                default -> throw new IllegalArgumentException("unknown comparison " + w);
            }
            System.out.println("load average " + loadAverage());
        }
        if (Double.isNaN(sink)) {
            System.out.println();
        }
    }

    private static void sgd(int rounds) {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        PlainXor check = new PlainXor();
        check.run(EPOCHS);
        sameBits(session, check.parameters());
        double[] m = interleave(rounds, timed(() -> new PlainXor().run(EPOCHS)), timed(() -> trainFromStart(session)));
        report("sgd   ", "hand loop", "session.run", m, EPOCHS / 1e6, "M epochs/s", 0.9);
    }

    private static void adam(int rounds) {
        Scenario xor = BuiltInScenarios.get("xor");
        TrainingSession session = new TrainingSession(xor.toBuilder()
                .optimizer(new Adam(PlainAdam.BETA1, PlainAdam.BETA2, PlainAdam.EPSILON))
                .learningRate(PlainAdam.ETA).build());
        PlainAdam check = new PlainAdam();
        check.run(EPOCHS);
        sameBits(session, check.parameters());
        double[] m = interleave(rounds, timed(() -> new PlainAdam().run(EPOCHS)), timed(() -> trainFromStart(session)));
        report("adam  ", "hand Adam loop", "session.run", m, EPOCHS / 1e6, "M epochs/s", 0.8);
    }

    private static void playground(int rounds) throws IOException {
        String driver = System.getProperty("glassbox.playground.driver");
        String engine = System.getProperty("glassbox.playground.nn");
        if (driver == null || engine == null) {
            throw new IllegalArgumentException("playground needs -Dglassbox.playground.driver=scripts/playground-xor.mjs"
                    + " and -Dglassbox.playground.nn=the Playground engine as a JavaScript module: see scripts/playground-ratio.sh");
        }
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        try (NodeSide node = new NodeSide(driver, engine)) {
            trainFromStart(session);
            System.out.printf("xor loss after %d epochs: session %.6g, Playground %.6g%n", EPOCHS,
                    session.lossHistory().get(EPOCHS - 1), node.lossAfter(EPOCHS));
            double[] m = interleave(rounds, () -> node.round(EPOCHS), timed(() -> trainFromStart(session)));
            report("playgr", "Playground under node", "session.run", m, EPOCHS / 1e6, "M epochs/s", 3.5);
        }
    }

    private static void sweep(int rounds) {
        OutputStream nowhere = OutputStream.nullOutputStream();
        PrintStream quiet = new PrintStream(nowhere);
        String[] one = sweepArgs(1);
        String[] two = sweepArgs(2);
        double[] m = interleave(rounds, timed(() -> Cli.run(one, nowhere, quiet)), timed(() -> Cli.run(two, nowhere, quiet)));
        report("sweep ", "--threads 1", "--threads 2", m, SWEEP_SEEDS, "runs/s", 1.8);
    }

    private static String[] sweepArgs(int threads) {
        return new String[] {"sweep", "xor", "--epochs", String.valueOf(SWEEP_EPOCHS), "--seeds", "1.." + SWEEP_SEEDS,
                "--threads", String.valueOf(threads)};
    }

    /** Trains the first {@value #EPOCHS} epochs from the scenario's start (the reset measured with it). */
    private static double trainFromStart(TrainingSession session) {
        session.reset();
        return session.run(EPOCHS);
    }

    /** Refuses to measure two different things: both must reach the same bits. */
    private static void sameBits(TrainingSession session, double[] plain) {
        trainFromStart(session);
        if (!Arrays.equals(session.parameters().toFlat(), plain)) {
            throw new IllegalStateException("the hand loop trains differently: " + Arrays.toString(plain) + " vs "
                    + session.parameters());
        }
    }

    /**
     * The one home of the measurement: each round runs every side once, in turn; returns each
     * side's median round, in nanoseconds, over the second half of the rounds (the first half
     * warms the JIT up).
     */
    static double[] interleave(int rounds, LongSupplier... sides) {
        long[][] nanos = new long[sides.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < sides.length; k++) {
                nanos[k][r] = sides[k].getAsLong();
            }
        }
        double[] medians = new double[sides.length];
        for (int k = 0; k < sides.length; k++) {
            long[] warm = Arrays.copyOfRange(nanos[k], rounds / 2, rounds);
            Arrays.sort(warm);
            medians[k] = warm[warm.length / 2];
        }
        return medians;
    }

    /** A side timed here: the nanoseconds of one call of {@code work}. */
    private static LongSupplier timed(DoubleSupplier work) {
        return () -> {
            long t0 = System.nanoTime();
            sink += work.getAsDouble();
            return System.nanoTime() - t0;
        };
    }

    /** Prints both sides' throughput ({@code units} of work a round) and the second's over the first's. */
    private static void report(String label, String first, String second, double[] medians, double units, String unit,
            double goal) {
        System.out.printf("%s %s %.3f %s, %s %.3f %s: ratio %.3f (goal >= %.1f)%n", label, second,
                units / medians[1] * 1e9, unit, first, units / medians[0] * 1e9, unit, medians[0] / medians[1], goal);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
