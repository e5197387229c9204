package dev.glassbox.demo.cli;

import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.LossHistory;
import dev.glassbox.core.session.TrainingSession;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVPrinter;

/**
 * The {@code sweep} command: trains every combination of optimizer × learning rate × seed (in that
 * order, the seed innermost) on a pool of threads, each run as {@code train} trains it (one
 * {@link TrainingSession}, so its numbers are the matching {@code train} command's bit for bit),
 * and writes one JSON line per run in that order, then a summary line. Runs may be
 * {@linkplain #cancel() cancelled}: the runs done are written, the others are not, and the summary
 * says so.
 */
public final class Sweep {
    /** At most this many runs in one sweep. */
    public static final int MAX_RUNS = 1_000_000;
    /** The progress line is written once a second, from the first second on. */
    private static final long PROGRESS_MILLIS = 1000;
    /** How much work (epochs × samples × parameters) a run does between two looks at the cancel flag. */
    private static final long WORK_BETWEEN_CHECKS = 1 << 20;
    private static final int MAX_EPOCHS_BETWEEN_CHECKS = 4096;

    /**
     * One run's settings.
     *
     * @param seed         the seed its weights are initialised from
     * @param learningRate η
     * @param optimizer    the optimizer
     */
    public record Settings(long seed, double learningRate, Optimizer optimizer) {
    }

    /**
     * One run's outcome.
     *
     * @param settings   what was set
     * @param epochs     the epochs trained (fewer than asked only if it diverged)
     * @param loss       the dataset loss under the final parameters
     * @param parameters the final parameters
     * @param firstBelow the first epoch whose loss was below the threshold, or 0 if none was
     * @param diverged   the epoch that diverged (not committed), or 0 if none did
     */
    public record Outcome(Settings settings, int epochs, double loss, Parameters parameters, int firstBelow,
                          int diverged) {
        /** {@return whether it is stuck: it trained every epoch and never got below the threshold} */
        public boolean stuck() {
            return firstBelow == 0 && diverged == 0;
        }
    }

    private final Scenario base;
    private final int epochs;
    private final List<Settings> runs;
    private final int threads;
    private final double threshold;
    private final AtomicInteger done = new AtomicInteger();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean cancelled;

    /**
     * A sweep of {@code base}: every optimizer, every learning rate, every seed.
     *
     * @param base       the scenario; each run initialises its weights from its seed
     * @param epochs     the epochs of each run
     * @param seeds      the seeds, in order
     * @param rates      the learning rates, in order
     * @param optimizers the optimizers, in order
     * @param threads    the runs trained at once
     * @param threshold  the loss a run must fall below not to count as stuck
     * @throws dev.glassbox.core.scenario.ScenarioException if a combination breaks a scenario rule
     */
    public Sweep(Scenario base, int epochs, long[] seeds, List<Double> rates, List<Optimizer> optimizers, int threads,
          double threshold) {
        this.base = base;
        this.epochs = epochs;
        this.threads = threads;
        this.threshold = threshold;
        this.runs = new ArrayList<>();
        for (Optimizer o : optimizers) {
            for (double eta : rates) {
                scenario(new Settings(seeds[0], eta, o));
                for (long seed : seeds) {
                    runs.add(new Settings(seed, eta, o));
                }
            }
        }
    }

    /** {@return the number of runs} */
    public int size() {
        return runs.size();
    }

    /** The scenario of one run: the base with the run's seed (instead of its weights), rate and optimizer. */
    Scenario scenario(Settings s) {
        return settings(base, s.seed(), s.learningRate(), s.optimizer());
    }

    /**
     * A scenario with some settings replaced (each null to keep the scenario's own).
     *
     * @param base      the scenario
     * @param seed      the seed to initialise the weights from, instead of the scenario's weights or seed
     * @param eta       the learning rate
     * @param optimizer the optimizer
     * @return the scenario, checked
     * @throws dev.glassbox.core.scenario.ScenarioException naming the field of a rule broken
     */
    static Scenario settings(Scenario base, Long seed, Double eta, Optimizer optimizer) {
        Scenario.Builder b = base.toBuilder();
        if (seed != null) {
            b.parameters(null).seed(seed);
        }
        if (eta != null) {
            b.learningRate(eta);
        }
        if (optimizer != null) {
            b.optimizer(optimizer);
        }
        return b.build();
    }

    /** Stops the runs not yet done; {@link #run} then writes what is done and returns. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * {@link #cancel()}, then waits (a while at most) until {@link #run} has written what is done:
     * for a shutdown hook, which must not let the JVM end before.
     */
    void cancelAndAwait() {
        cancel();
        try {
            finished.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Trains every run and writes its line as soon as it and the runs before it are done.
     *
     * @param out      one JSON line per run, then the summary (flushed after each line)
     * @param progress told the number of runs done, once a second from the first second on (not at all
     *                 for a sweep that takes less)
     * @param csv      also one CSV row per run, or null
     * @throws IOException if the CSV cannot be written
     */
    void run(PrintStream out, IntConsumer progress, CSVPrinter csv) throws IOException {
        IOException[] failed = new IOException[1];
        List<Outcome> outcomes;
        try {
            if (csv != null) {
                csv.printRecord("seed", "learningRate", "optimizer", "epochs", "loss", "firstBelow", "stuck", "diverged");
            }
            outcomes = run(o -> {
                out.println(line(o));
                out.flush();
                if (csv != null && failed[0] == null) {
                    try {
                        csv.printRecord(o.settings().seed(), o.settings().learningRate(),
                                OptimizerSpec.label(o.settings().optimizer()), o.epochs(), o.loss(),
                                o.firstBelow() == 0 ? "" : o.firstBelow(), o.stuck(), o.diverged() == 0 ? "" : o.diverged());
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                }
            }, progress);
            out.println(summary(outcomes));
            out.flush();
        } finally {
            // Only now may a shutdown hook waiting in cancelAndAwait let the JVM end: the summary is out.
            finished.countDown();
        }
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    /**
     * Trains every run on the pool, handing each outcome to {@code each} in the sweep's order as
     * soon as it and the runs before it are done (on the calling thread).
     *
     * @param each     told every outcome, in order
     * @param progress told the number of runs done, once a second from the first second on
     * @return the outcomes, in order: all of them, or those done before a {@link #cancel()}
     */
    public List<Outcome> run(Consumer<Outcome> each, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("glassbox-sweep"));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("glassbox-sweep-progress"));
        try {
            ticker.scheduleAtFixedRate(() -> progress.accept(done.get()), PROGRESS_MILLIS, PROGRESS_MILLIS,
                    TimeUnit.MILLISECONDS);
            List<Future<Outcome>> futures = new ArrayList<>(runs.size());
            for (Settings s : runs) {
                futures.add(pool.submit(() -> train(s)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                Outcome o = outcome(f);
                if (o == null) {
                    continue;
                }
                outcomes.add(o);
                each.accept(o);
            }
            return outcomes;
        } finally {
            ticker.shutdownNow();
            pool.shutdownNow();
        }
    }

    private static Outcome outcome(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** One run, in chunks so that a cancel stops it soon; null if cancelled before its end. */
    private Outcome train(Settings s) {
        if (cancelled) {
            return null;
        }
        TrainingSession session = new TrainingSession(scenario(s));
        long work = (long) session.samples().size() * session.parameters().count();
        int chunk = (int) Math.max(1, Math.min(MAX_EPOCHS_BETWEEN_CHECKS, WORK_BETWEEN_CHECKS / work));
        int firstBelow = 0;
        int scanned = 0;
        while (session.epoch() < epochs && session.divergence().isEmpty()) {
            if (cancelled) {
                return null;
            }
            session.run(Math.min(chunk, epochs - session.epoch()));
            LossHistory history = session.lossHistory();
            for (; firstBelow == 0 && scanned < history.size(); scanned++) {
                if (history.get(scanned) < threshold) {
                    firstBelow = scanned + 1;
                }
            }
        }
        done.incrementAndGet();
        int diverged = session.divergence().map(d -> d.epoch()).orElse(0);
        return new Outcome(s, session.epoch(), session.datasetLoss(), session.parameters(), firstBelow, diverged);
    }

    /** {@code {"seed":…,"learningRate":…,"optimizer":…,} + train's fields + {@code "firstBelow":…,"stuck":…,"diverged":…}}. */
    private static String line(Outcome o) {
        StringBuilder json = new StringBuilder("{\"seed\":").append(o.settings().seed())
                .append(",\"learningRate\":").append(o.settings().learningRate())
                .append(",\"optimizer\":\"").append(OptimizerSpec.label(o.settings().optimizer())).append("\",");
        Cli.appendResult(json, o.epochs(), o.loss(), o.parameters());
        return json.append(",\"firstBelow\":").append(o.firstBelow() == 0 ? "null" : o.firstBelow())
                .append(",\"stuck\":").append(o.stuck())
                .append(",\"diverged\":").append(o.diverged() == 0 ? "null" : o.diverged())
                .append('}').toString();
    }

    /** The summary line: how many runs, how many got below the threshold, the spread of the final losses. */
    private String summary(List<Outcome> outcomes) {
        StringBuilder json = new StringBuilder("{\"summary\":{\"runs\":").append(runs.size())
                .append(",\"done\":").append(outcomes.size())
                .append(",\"cancelled\":").append(outcomes.size() < runs.size())
                .append(",\"epochs\":").append(epochs)
                .append(",\"threshold\":").append(threshold)
                .append(",\"belowThreshold\":").append(outcomes.stream().filter(o -> o.firstBelow() > 0).count())
                .append(",\"stuck\":").append(outcomes.stream().filter(Outcome::stuck).count())
                .append(",\"diverged\":").append(outcomes.stream().filter(o -> o.diverged() > 0).count());
        spread(json.append(",\"finalLoss\":"), outcomes.stream().mapToDouble(Outcome::loss).toArray());
        spread(json.append(",\"firstBelow\":"),
                outcomes.stream().filter(o -> o.firstBelow() > 0).mapToDouble(Outcome::firstBelow).toArray());
        return json.append("}}").toString();
    }

    /** {@code {"min":…,"median":…,"max":…}} of {@code values} (the median of an even count: the upper one), or null. */
    private static void spread(StringBuilder json, double[] values) {
        if (values.length == 0) {
            json.append("null");
            return;
        }
        Arrays.sort(values);
        json.append("{\"min\":").append(values[0]).append(",\"median\":").append(values[values.length / 2])
                .append(",\"max\":").append(values[values.length - 1]).append('}');
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
