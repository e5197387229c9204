package dev.glassbox.core.session;

/**
 * A training epoch that produced a non-finite loss or parameter. The session keeps the parameters
 * of the last finite epoch and refuses to train until it is reset.
 *
 * @param epoch        the epoch that diverged (it was not committed)
 * @param what         what became non-finite, e.g. {@code "the loss"} or {@code "weight w[1][0][1]"}
 * @param learningRate η at that epoch
 */
public record Divergence(int epoch, String what, double learningRate) {

    /** A sentence for the user. */
    public String message() {
        return "Training diverged at epoch " + epoch + ": " + what + " became infinite or NaN with learning rate "
                + learningRate + ". Reset, or lower the learning rate and reset.";
    }
}
