package dev.glassbox.swing.chart;

import dev.glassbox.core.math.Loss;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.model.GlassboxModel;
import javax.swing.Timer;

/**
 * A second run for the loss chart to compare against: the model's scenario from the same starting
 * weights, under another loss (at the model's current learning rate), trained up to the model's
 * current epoch and overlaid as it goes. It trains on the event thread in time-sliced chunks of a
 * few milliseconds per timer tick, so the interface stays responsive however many epochs it needs,
 * and it stops early if the chart drops it (another comparison, or another scenario loaded).
 */
public final class ComparisonRun {
    private static final int TICK_MS = 15;
    private static final long BUDGET_NANOS = 8_000_000L;

    private final TrainingSession session;
    private final int target;
    private final LossChartPanel chart;
    private final Timer timer = new Timer(TICK_MS, e -> tick());
    private int chunk = 256;

    private ComparisonRun(TrainingSession session, int target, LossChartPanel chart) {
        this.session = session;
        this.target = target;
        this.chart = chart;
    }

    /**
     * Starts training {@code model}'s scenario under {@code variant} up to the model's current
     * epoch, shown on {@code chart} as "mean loss (variant)".
     *
     * @throws dev.glassbox.core.scenario.ScenarioException if the network cannot use {@code variant}
     *         (cross-entropy needs a sigmoid output)
     */
    public static ComparisonRun start(GlassboxModel model, Loss variant, LossChartPanel chart) {
        TrainingSession main = model.session();
        Scenario scenario = main.scenario().withLoss(variant).withLearningRate(main.learningRate());
        ComparisonRun run = new ComparisonRun(new TrainingSession(scenario), main.epoch(), chart);
        chart.setComparison(run.session.lossHistory(), "mean loss (" + LossChartPanel.lossName(variant) + ")");
        run.timer.setCoalesce(true);
        run.timer.start();
        return run;
    }

    private void tick() {
        if (chart.comparison() != session.lossHistory()) {
            timer.stop();
            return;
        }
        int n = Math.min(chunk, target - session.epoch());
        long start = System.nanoTime();
        int done = session.run(n);
        long took = Math.max(1, System.nanoTime() - start);
        // Aim the next chunk at the time budget, changing by at most a factor of 4 per tick.
        double scale = Math.max(0.25, Math.min(4.0, (double) BUDGET_NANOS / took));
        chunk = (int) Math.max(1, Math.min(1 << 24, chunk * scale));
        chart.refresh();
        if (done < n || session.epoch() >= target) {
            timer.stop();
        }
    }

    /** The comparison session (its loss history is the overlaid line). */
    public TrainingSession session() {
        return session;
    }

    /** Whether it is still training. */
    public boolean isRunning() {
        return timer.isRunning();
    }

    /** Stops training; what was trained stays on the chart until cleared. */
    public void cancel() {
        timer.stop();
    }
}
