package dev.glassbox.swing.chart;

import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.LossHistory;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.internal.text.OptimizerWording;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import javax.swing.SwingWorker;

/**
 * An optimizer race on the loss chart: the model's scenario from its start — the same weights,
 * samples and learning rates (changed at the same epochs as the model's run) — trained under
 * plain gradient descent, momentum and Adam for as many epochs as the model's run has, and, when
 * the scenario has a weight penalty, each also without it. The scenario's own optimizer keeps its
 * settings; the others take the usual ones ({@link Momentum#withDefault()}, {@link Adam#withDefaults()}).
 *
 * <p>The runs train on a worker thread of their own, a chunk of one run after a chunk of the next,
 * so that they advance side by side; after each chunk the run's losses so far are handed to the
 * event thread as a history of their own, which becomes that run's curve, and the chart redraws. The curves are exactly those of
 * {@code train} runs of the same scenarios (while a run is below {@link LossHistory#DEFAULT_CAPACITY}
 * epochs; beyond, the worker's history merges points as any history does).
 */
final class OptimizerRace {
    /**
     * The least epochs of one run trained before its losses are handed over and the next run's
     * turn comes; a run trains at least a quarter of its epochs so far, so that copying its losses
     * for each hand-over costs a few times their number in all.
     */
    private static final int CHUNK = 2_000;

    /**
     * One run of the race and its curve (the same lane object from start to end: a series of the
     * chart is told apart from another by identity).
     */
    static final class Lane implements LossLine {
        private final String label;
        private final Scenario scenario;
        private final String colorKey;
        private final boolean dashed;
        /** The losses the event thread was last handed: a history no one modifies. */
        private LossHistory losses = LossHistory.of();

        /**
         * @param label    its name in the legend
         * @param scenario what it trains
         * @param colorKey its curve's color: that of its optimizer
         * @param dashed   whether its curve is dashed: a run without the scenario's penalty
         */
        Lane(String label, Scenario scenario, String colorKey, boolean dashed) {
            this.label = label;
            this.scenario = scenario;
            this.colorKey = colorKey;
            this.dashed = dashed;
        }

        String label() {
            return label;
        }

        Scenario scenario() {
            return scenario;
        }

        String colorKey() {
            return colorKey;
        }

        boolean dashed() {
            return dashed;
        }

        /** Its losses so far, as the event thread was last handed them. */
        LossHistory losses() {
            return losses;
        }

        @Override
        public void emit(double lo, double hi, int columns, PointBuffer out) {
            new HistoryLine(losses).emit(lo, hi, columns, out);
        }

        @Override
        public org.jfree.data.Range extent() {
            return new HistoryLine(losses).extent();
        }
    }

    /**
     * One lane's losses so far, handed from the worker to the event thread as a history of their
     * own that neither modifies; {@code last} if the lane is done.
     */
    private record Chunk(int lane, LossHistory losses, boolean last) {
    }

    private final List<Lane> lanes;
    private final LossChartPanel chart;
    private final Worker worker;
    /** The lanes whose last chunk the event thread has appended. */
    private int finished;
    private boolean failed;

    private OptimizerRace(List<Lane> lanes, RateSchedule rates, LossChartPanel chart) {
        this.lanes = List.copyOf(lanes);
        this.chart = chart;
        this.worker = new Worker(rates);
    }

    /**
     * Starts a race of {@code model}'s scenario up to its current epoch; the chart is told of it at
     * once and redraws as the runs advance.
     */
    static OptimizerRace start(GlassboxModel model, LossChartPanel chart) {
        RateSchedule rates = new RateSchedule(model.learningRates(model.epoch()), model.epoch());
        OptimizerRace race = new OptimizerRace(lanes(model.scenario().toBuilder().learningRate(rates.first()).build()),
                rates, chart);
        race.worker.execute();
        return race;
    }

    /** The runs of a race of {@code scenario}: each optimizer under its penalty, then each without it. */
    static List<Lane> lanes(Scenario scenario) {
        Optimizer own = scenario.optimizer();
        List<Optimizer> optimizers = List.of(Optimizer.SGD,
                own instanceof Momentum ? own : Momentum.withDefault(),
                own instanceof Adam ? own : Adam.withDefaults());
        Regularization penalty = scenario.regularization();
        List<Lane> lanes = new ArrayList<>();
        for (Regularization r : penalty.active() ? List.of(penalty, Regularization.NONE) : List.of(penalty)) {
            for (Optimizer o : optimizers) {
                // "SGD", or with a penalty "SGD + L2" and "SGD, no L2".
                String label = OptimizerWording.name(o) + (!penalty.active() ? ""
                        : r.active() ? " + " + OptimizerWording.name(r) : ", no " + OptimizerWording.name(penalty));
                lanes.add(new Lane(label, scenario.toBuilder().optimizer(o).regularization(r).build(), colorKey(o),
                        !r.active() && penalty.active()));
            }
        }
        return lanes;
    }

    private static String colorKey(Optimizer o) {
        if (o instanceof Momentum) {
            return GlassboxTheme.CHART_RACE_MOMENTUM;
        }
        return o instanceof Adam ? GlassboxTheme.CHART_RACE_ADAM : GlassboxTheme.CHART_RACE_SGD;
    }

    /** The runs, their curves as far as they got. */
    List<Lane> lanes() {
        return lanes;
    }

    /** Whether the runs are still training, or their last losses are still on their way to the curves. */
    boolean isRunning() {
        return finished < lanes.size() && !worker.isCancelled() && !failed;
    }

    /** Stops the training; what was trained stays until the chart drops the race. */
    void cancel() {
        worker.cancel(false);
    }

    /** Trains the lanes in turn, a chunk each, until every one reached the target or stopped. */
    private final class Worker extends SwingWorker<Void, Chunk> {
        private final RateSchedule rates;

        Worker(RateSchedule rates) {
            this.rates = rates;
        }

        @Override
        protected Void doInBackground() {
            List<TrainingSession> sessions = new ArrayList<>();
            for (Lane lane : lanes) {
                sessions.add(new TrainingSession(lane.scenario()));
            }
            boolean[] finished = new boolean[lanes.size()];
            int left = lanes.size();
            while (left > 0 && !isCancelled()) {
                for (int k = 0; k < sessions.size() && !isCancelled(); k++) {
                    if (finished[k]) {
                        continue;
                    }
                    TrainingSession s = sessions.get(k);
                    int from = s.epoch();
                    int n = Math.min(Math.max(CHUNK, from / 4), rates.segmentEnd(s) - from);
                    int done = s.run(n);
                    finished[k] = done < n || s.epoch() >= rates.target();
                    left -= finished[k] ? 1 : 0;
                    publish(new Chunk(k, copy(s.lossHistory()), finished[k]));
                }
            }
            return null;
        }

        /** A history of the same losses, for the event thread to read while the worker trains on. */
        private static LossHistory copy(LossHistory h) {
            double[] losses = new double[h.size()];
            for (int i = 0; i < losses.length; i++) {
                losses[i] = h.get(i);
            }
            return LossHistory.of(losses);
        }

        @Override
        protected void process(List<Chunk> chunks) {
            // A chart that dropped the race or left its window (closed with it) has nothing to show this on.
            if (chart.race() != OptimizerRace.this || !chart.isDisplayable()) {
                cancel(false);
                return;
            }
            for (Chunk c : chunks) {
                lanes.get(c.lane()).losses = c.losses();
                finished += c.last() ? 1 : 0;
            }
            chart.refresh();
        }

        @Override
        protected void done() {
            // The curves grow in process(); here only a failure of the worker is told.
            try {
                get();
            } catch (CancellationException stopped) {
                // Cancelled: what was trained stays.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                failed = true;
                throw new IllegalStateException("the optimizer race failed", e.getCause());
            }
        }
    }
}
