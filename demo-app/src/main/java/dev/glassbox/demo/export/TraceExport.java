package dev.glassbox.demo.export;

import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.demo.cli.TraceWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The training trace so far as CSV, in the command line's {@code --trace} format: one row per
 * epoch with its mean loss and every weight and bias after it. Beyond {@link #MAX_ROWS} epochs
 * only every {@link #stride()}-th epoch (and the last) gets a row, so a long run gives a file a
 * spreadsheet can open.
 *
 * <p>Construct it on the event thread: it copies what it needs from the live session (scenario,
 * epoch count, learning-rate history). {@link #write} may then run on any thread: it rebuilds the
 * parameters by replaying a private session (training is deterministic), one pass over the run,
 * and never touches the live session.
 */
public final class TraceExport {
    /** The most rows a trace gets. */
    public static final int MAX_ROWS = 100_000;
    /** A replay session is renewed after this many epochs, to bound the memory of its loss history. */
    private static final int RENEW_AFTER = 1 << 20;

    private final Scenario scenario;
    private final int epochs;
    private final int stride;
    /** {@code rates[k]} trained the epochs from {@code rateFrom[k]} on. */
    private final int[] rateFrom;
    private final double[] rates;

    /** Captures the run of {@code live} so far. Event thread only (like the session). */
    public TraceExport(TrainingSession live) {
        scenario = live.scenario();
        epochs = live.epoch();
        stride = Math.max(1, (int) Math.ceil(epochs / (double) MAX_ROWS));
        int[] from = new int[4];
        double[] eta = new double[4];
        int n = 0;
        for (int e = 1; e <= epochs; e++) {
            double r = live.learningRateAt(e);
            if (n == 0 || r != eta[n - 1]) {
                if (n == from.length) {
                    from = Arrays.copyOf(from, 2 * n);
                    eta = Arrays.copyOf(eta, 2 * n);
                }
                from[n] = e;
                eta[n++] = r;
            }
        }
        rateFrom = Arrays.copyOf(from, n);
        rates = Arrays.copyOf(eta, n);
    }

    /** The number of epochs from one row to the next (1 unless the run is longer than {@link #MAX_ROWS}). */
    public int stride() {
        return stride;
    }

    /** The number of rows {@link #write} writes after the header. */
    public int rows() {
        return epochs / stride + (epochs % stride == 0 ? 0 : 1);
    }

    /** Writes the trace to {@code file}; any thread. */
    public void write(Path file) throws IOException {
        TrainingSession replay = new TrainingSession(scenario);
        int segment = 0;
        try (TraceWriter out = new TraceWriter(file, scenario.architecture().sizeArray())) {
            int e = 0;
            while (e < epochs) {
                int row = (int) Math.min(epochs, (long) e + stride);
                while (e < row) {
                    while (segment + 1 < rateFrom.length && rateFrom[segment + 1] <= e + 1) {
                        segment++;
                    }
                    int until = segment + 1 < rateFrom.length ? Math.min(row, rateFrom[segment + 1] - 1) : row;
                    if (replay.epoch() >= RENEW_AFTER) {
                        replay = new TrainingSession(scenario.withParameters(replay.parameters()));
                    }
                    replay.setLearningRate(rates[segment]);
                    if (replay.run(until - e) != until - e) {
                        throw new IllegalStateException("the replay diverged where the run did not, at epoch " + e);
                    }
                    e = until;
                }
                out.row(e, replay.lossHistory().last(), replay.parameters());
            }
        }
    }
}
