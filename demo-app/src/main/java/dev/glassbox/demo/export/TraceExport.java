package dev.glassbox.demo.export;

import dev.glassbox.core.math.Engine;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.demo.cli.TraceWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.NavigableMap;

/**
 * The training trace so far as CSV, in the command line's {@code --trace} format: one row per
 * epoch with its mean loss and every weight and bias after it. Beyond {@link #MAX_ROWS} epochs
 * only every {@link #stride()}-th epoch (and the last) gets a row, so a long run gives a file a
 * spreadsheet can open.
 *
 * <p>Construct it on the event thread: it copies what it needs from the live session (scenario,
 * epoch count, learning-rate history). {@link #write} may then run on any thread: it rebuilds the
 * parameters by replaying the run on a private engine (training is deterministic), one pass over
 * the run, and never touches the live session.
 */
public final class TraceExport {
    /** The most rows a trace gets. */
    public static final int MAX_ROWS = 100_000;

    private final Scenario scenario;
    private final int epochs;
    private final int stride;
    /** The live run's learning rates, by the first epoch each trained. */
    private final NavigableMap<Integer, Double> rates;

    /** Captures the run of {@code live} so far. Event thread only (like the session). */
    public TraceExport(TrainingSession live) {
        scenario = live.scenario();
        epochs = live.epoch();
        stride = Math.max(1, (int) Math.ceil(epochs / (double) MAX_ROWS));
        rates = live.learningRates(epochs);
    }

    /** The number of epochs from one row to the next (1 unless the run is longer than {@link #MAX_ROWS}). */
    public int stride() {
        return stride;
    }

    /** The number of rows {@link #write} writes after the header. */
    public int rows() {
        return epochs / stride + (epochs % stride == 0 ? 0 : 1);
    }

    /**
     * Writes the trace to {@code file}; any thread. The replay drives the engine directly, as the
     * session's own training does, so the numbers are the run's bit for bit.
     */
    public void write(Path file) throws IOException {
        Engine engine = new Engine(scenario.architecture(), scenario.updateRule(), scenario.samples());
        double[] p = scenario.initialTrainingState();
        try (TraceWriter out = new TraceWriter(file, scenario.architecture().sizeArray())) {
            int e = 0;
            double loss = Double.NaN;
            while (e < epochs) {
                int row = (int) Math.min(epochs, (long) e + stride);
                while (e < row) {
                    // Up to the row or to the next change of learning rate, whichever comes first.
                    double eta = rates.floorEntry(e + 1).getValue();
                    Integer change = rates.higherKey(e + 1);
                    int until = change == null ? row : Math.min(row, change - 1);
                    while (e < until) {
                        loss = engine.trainEpoch(p, eta);
                        e++;
                        if (!Double.isFinite(loss) || !engine.parametersFinite()) {
                            throw new IllegalStateException("the replay diverged where the run did not, at epoch " + e);
                        }
                    }
                }
                out.row(e, loss, p);
            }
            out.commit();
        }
    }
}
