package dev.glassbox.swing.chart;

import dev.glassbox.core.math.Loss;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.internal.text.Names;
import javax.swing.Timer;

/**
 * A second run for the loss chart to compare against: the model's scenario from the same starting
 * weights, under another loss, trained up to the model's current epoch with the learning rates the
 * model's run had at each epoch (so a rate changed mid-run is changed here at the same epoch), and
 * overlaid as it goes. It trains on the event thread in time-sliced chunks of a
 * few milliseconds per timer tick, so the interface stays responsive however many epochs it needs,
 * and it stops early if the chart drops it (another comparison, or another scenario loaded).
 */
public final class ComparisonRun {
    private static final int TICK_MS = 15;
    private static final long BUDGET_NANOS = 8_000_000L;

    private final TrainingSession session;
    /** The model's learning rates, by the first epoch each was used for, up to its current epoch. */
    private final RateSchedule rates;
    private final LossChartPanel chart;
    private final Timer timer = new Timer(TICK_MS, e -> tick());
    private int chunk = 256;

    private ComparisonRun(TrainingSession session, RateSchedule rates, LossChartPanel chart) {
        this.session = session;
        this.rates = rates;
        this.chart = chart;
    }

    /**
     * Starts training {@code model}'s scenario under {@code variant} up to the model's current
     * epoch, shown on {@code chart} as "mean loss (variant)".
     *
     * @param model   the model whose scenario, start and learning rates are trained again
     * @param variant the loss to train it under
     * @param chart   the chart to overlay the run on
     * @return the run, training on a timer of its own
     * @throws dev.glassbox.core.scenario.ScenarioException if the network cannot use {@code variant}
     *         (cross-entropy needs a sigmoid output)
     * @throws IllegalStateException if called off the event thread
     */
    public static ComparisonRun start(GlassboxModel model, Loss variant, LossChartPanel chart) {
        EventThread.require("ComparisonRun.start");
        RateSchedule rates = new RateSchedule(model.learningRates(model.epoch()), model.epoch());
        Scenario scenario = model.scenario().toBuilder().loss(variant).learningRate(rates.first()).build();
        ComparisonRun run = new ComparisonRun(new TrainingSession(scenario), rates, chart);
        chart.setComparison(run.session.lossHistory(), "mean loss (" + Names.loss(variant) + ")");
        run.timer.setCoalesce(true);
        run.timer.start();
        return run;
    }

    private void tick() {
        // A chart that was dropped or left its window (closed with it) has nothing to show this on.
        if (chart.comparison() != session.lossHistory() || !chart.isDisplayable()) {
            timer.stop();
            return;
        }
        long start = System.nanoTime();
        boolean stopped = false;
        for (int left = chunk; left > 0 && !stopped && session.epoch() < rates.target(); ) {
            int n = Math.min(left, rates.segmentEnd(session) - session.epoch());
            int done = session.run(n);
            left -= done;
            stopped = done < n;
        }
        long took = Math.max(1, System.nanoTime() - start);
        // Aim the next chunk at the time budget, changing by at most a factor of 4 per tick.
        double scale = Math.max(0.25, Math.min(4.0, (double) BUDGET_NANOS / took));
        chunk = (int) Math.max(1, Math.min(1 << 24, chunk * scale));
        chart.refresh();
        if (stopped || session.epoch() >= rates.target()) {
            timer.stop();
        }
    }

    /** {@return the comparison session (its loss history is the overlaid line)} */
    public TrainingSession session() {
        return session;
    }

    /** {@return whether it is still training} */
    public boolean isRunning() {
        return timer.isRunning();
    }

    /**
     * Stops training; what was trained stays on the chart until cleared.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void cancel() {
        EventThread.require("ComparisonRun.cancel");
        timer.stop();
    }
}
