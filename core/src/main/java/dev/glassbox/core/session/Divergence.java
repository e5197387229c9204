package dev.glassbox.core.session;

import dev.glassbox.core.internal.text.CoreMessages;
import java.util.Locale;

/**
 * Trouble found while training: what happened, at which epoch, under which learning rate. Only a
 * {@link Kind#NON_FINITE} divergence stops training (the session keeps the parameters of the last
 * finite epoch and refuses to train until it is reset); the other kinds are warnings that the
 * session records while training goes on, since a run that looks stuck may still be what the user
 * wants to watch. The wording here names the cause only; what to do about it depends on where the
 * user is (the application's controls, or a file and arguments) and is said there.
 *
 * @param kind         what kind of trouble it is
 * @param epoch        the epoch it happened at: for {@link Kind#NON_FINITE} the epoch that was not
 *                     committed, otherwise the committed epoch whose loss showed it
 * @param what         for {@link Kind#NON_FINITE} what became non-finite, e.g. {@code "the loss"} or
 *                     {@code "weight w[1][0][1]"}; otherwise the measurements, as a clause
 * @param learningRate η at that epoch
 */
public record Divergence(Kind kind, int epoch, String what, double learningRate) {

    /** The kinds of trouble, each with the rule that finds it (see {@code DivergenceWatch}). */
    public enum Kind {
        /** The loss or a parameter became infinite or NaN; the epoch is not committed and training stops. */
        NON_FINITE,
        /** The loss rose above its starting value and to over twice its best so far: the steps overshoot. */
        LOSS_JUMP,
        /** The loss rose above its starting value while the gradient got blocked at the output layer. */
        SATURATION,
        /** The loss stayed bit for bit the same for many epochs while the gradient is blocked at the output. */
        STALL
    }

    /** A divergence of the loss or a parameter to infinity or NaN: the session stops training. */
    static Divergence nonFinite(int epoch, String what, double learningRate) {
        return new Divergence(Kind.NON_FINITE, epoch, what, learningRate);
    }

    /**
     * Whether this divergence stopped training.
     *
     * @return true for {@link Kind#NON_FINITE}; the other kinds are warnings
     */
    public boolean stopsTraining() {
        return kind == Kind.NON_FINITE;
    }

    /**
     * A sentence for the user naming the cause, the epoch and the learning rate (no advice).
     *
     * @return the sentence
     */
    public String message() {
        String key = switch (kind) {
            case NON_FINITE -> "session.divergence.nonFinite";
            case LOSS_JUMP -> "session.divergence.lossJump";
            case SATURATION -> "session.divergence.saturation";
            case STALL -> "session.divergence.stall";
        };
        return CoreMessages.text(key, epoch, learningRate, what, epoch - 1);
    }

    /** A loss or other measurement to three significant digits, for the clauses of {@link #what()}. */
    static String number(double x) {
        return String.format(Locale.ROOT, "%.3g", x);
    }
}
