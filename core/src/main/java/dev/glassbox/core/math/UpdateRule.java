package dev.glassbox.core.math;

/**
 * How training updates the parameters: when ({@link UpdateMode}), following what gradient
 * (the loss's, plus the {@link Regularization}'s term) and by which step ({@link Optimizer}).
 *
 * @param mode           batch (one update per epoch, gradients averaged) or online (one per sample)
 * @param optimizer      plain gradient descent, momentum or Adam
 * @param regularization the weight penalty, or {@link Regularization#NONE}
 */
public record UpdateRule(UpdateMode mode, Optimizer optimizer, Regularization regularization) {
    /**
     * Plain gradient descent without regularisation.
     *
     * @param mode batch or online
     * @return the rule of plain gradient descent in that mode
     */
    public static UpdateRule sgd(UpdateMode mode) {
        return new UpdateRule(mode, Optimizer.SGD, Regularization.NONE);
    }
}
