package dev.glassbox.core.session;

import dev.glassbox.core.internal.text.CoreMessages;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Engine;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Watches the loss of every committed epoch for trouble that does not stop training, and reports
 * each {@link Divergence.Kind} at most once per run. The rules, checked against every built-in
 * scenario for 10⁶ epochs at its own learning rate and at 0.1, 1, 10, 30, 100 and 1000
 * ({@code scripts/DivergenceSurvey.java}): none trips at a built-in's own rate, nor at 0.1 or 1.
 *
 * <ul>
 * <li>{@link Divergence.Kind#LOSS_JUMP}: an epoch's loss above the first epoch's (the loss before
 * any update) and above {@value #JUMP_FACTOR} × the best so far. Learning never makes the loss
 * worse than where it started, and noise at a tiny loss is never above the start either.
 * <li>{@link Divergence.Kind#SATURATION}: an epoch's loss rose, to above the first epoch's, and in
 * that epoch every output neuron was saturated (or dead) on every sample, so that no gradient
 * gets through the output any more. A trained network may well be saturated; one whose loss just
 * got worse than at the start is not trained.
 * <li>{@link Divergence.Kind#STALL}: the loss bit for bit the same for {@value #STALL_EPOCHS}
 * epochs while the output blocks the gradient, as above. Slow learners still change their loss in
 * its last digits; the longest run of an unchanged loss that later moved again was 1,256 epochs.
 * </ul>
 *
 * With cross-entropy on a sigmoid output, the output's δ is {@code a − y} whatever its slope, so
 * its saturation never blocks the gradient and neither of the last two rules applies.
 */
final class DivergenceWatch {
    /** How far above its best so far the loss must jump to be reported. */
    static final double JUMP_FACTOR = 2;
    /** How many epochs an unchanged loss with a blocked output must last to be reported as a stall. */
    static final int STALL_EPOCHS = 10_000;

    private final Engine engine;
    private final int outputLayer;
    private final int outputs;
    /** Whether a saturated or dead output neuron stops the gradient (false for the cross-entropy cancellation). */
    private final boolean outputCanBlock;
    private final Set<Divergence.Kind> reported = EnumSet.noneOf(Divergence.Kind.class);
    private double first;
    private double best;
    private double previous;
    /** Epochs in a row whose loss equalled the one before. */
    private int unchanged;

    /** A watch over the epochs {@code engine} trains for a network of {@code architecture}. */
    DivergenceWatch(Engine engine, Architecture architecture) {
        this.engine = engine;
        int[] sizes = architecture.sizeArray();
        outputLayer = sizes.length - 1;
        outputs = sizes[outputLayer];
        outputCanBlock = !architecture.loss().cancelsWith(architecture.outputActivation());
        restart();
    }

    /** Forgets everything: the next epoch observed is epoch 1. */
    void restart() {
        reported.clear();
        first = Double.NaN;
        best = Double.POSITIVE_INFINITY;
        previous = Double.NaN;
        unchanged = 0;
    }

    /**
     * Resumes after the first {@code history.size()} epochs, keeping the warnings already given.
     * Once the history merges points its values are block maxima, so the best loss is then a
     * little overstated (which only makes a jump harder to report).
     */
    void rewind(LossHistory history, List<Divergence> kept) {
        restart();
        kept.forEach(d -> reported.add(d.kind()));
        int n = history.size();
        for (int i = 0; i < n; i++) {
            best = Math.min(best, history.get(i));
        }
        if (n > 0) {
            first = history.get(0);
            previous = history.last();
        }
        while (unchanged < STALL_EPOCHS && unchanged + 1 < n && history.get(n - 2 - unchanged) == previous) {
            unchanged++;
        }
    }

    /**
     * Looks at the loss of committed epoch {@code epoch}, just trained with {@code eta}, while the
     * engine still holds that epoch's neuron states; returns the trouble it shows, or null.
     */
    Divergence observe(int epoch, double loss, double eta) {
        Divergence found = null;
        if (Double.isNaN(first)) {
            first = loss;
        } else if (loss > previous && loss > first) {
            found = rose(epoch, loss, eta);
        }
        if (loss == previous) {
            unchanged++;
            if (unchanged % STALL_EPOCHS == 0 && !reported.contains(Divergence.Kind.STALL) && outputBlocked()) {
                found = report(Divergence.Kind.STALL, epoch, CoreMessages.text("session.watch.stall",
                        Divergence.number(loss), epoch - unchanged, outputBlockedClause()), eta);
            }
        } else {
            unchanged = 0;
        }
        best = Math.min(best, loss);
        previous = loss;
        return found;
    }

    private Divergence rose(int epoch, double loss, double eta) {
        if (!reported.contains(Divergence.Kind.SATURATION) && outputBlocked()) {
            return report(Divergence.Kind.SATURATION, epoch, CoreMessages.text("session.watch.saturation",
                    Divergence.number(previous), Divergence.number(loss), Divergence.number(first), outputBlockedClause()), eta);
        }
        if (!reported.contains(Divergence.Kind.LOSS_JUMP) && loss > JUMP_FACTOR * best) {
            return report(Divergence.Kind.LOSS_JUMP, epoch, CoreMessages.text("session.watch.jump",
                    Divergence.number(loss), Divergence.number(first), (int) JUMP_FACTOR, Divergence.number(best)), eta);
        }
        return null;
    }

    private static String outputBlockedClause() {
        return CoreMessages.text("session.watch.blocked");
    }

    private Divergence report(Divergence.Kind kind, int epoch, String what, double eta) {
        reported.add(kind);
        return new Divergence(kind, epoch, what, eta);
    }

    /** Whether, in the epoch just trained, every output neuron stopped the gradient on every sample. */
    private boolean outputBlocked() {
        if (!outputCanBlock) {
            return false;
        }
        for (int j = 0; j < outputs; j++) {
            if (!engine.saturatedThroughout(outputLayer, j) && !engine.deadThroughout(outputLayer, j)) {
                return false;
            }
        }
        return true;
    }
}
