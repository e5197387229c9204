package dev.glassbox.core.quiz;

/**
 * A mistake students make when they compute a step of backpropagation by hand, which a wrong
 * answer can be recognised by: each gives a wrong value of its own, computed by {@link Solution}.
 */
public enum Mistake {
    /** {@code z} without the bias. */
    BIAS_LEFT_OUT(Step.WEIGHTED_SUM),
    /** {@code z} given for {@code a}. */
    ACTIVATION_LEFT_OUT(Step.ACTIVATION),
    /** The raw error (or backprop sum) given for {@code δ}: the slope is missing. */
    SLOPE_LEFT_OUT(Step.SLOPE),
    /** {@code y − a} instead of {@code a − y}: every sign after it flips. */
    RAW_ERROR_SIGN(Step.RAW_ERROR),
    /** MSE's ½ kept after differentiating: half the right value. */
    HALF_KEPT(Step.RAW_ERROR),
    /** MSE differentiated as if it had no ½: twice the right value. */
    HALF_DROPPED_TWICE(Step.RAW_ERROR),
    /** The backprop sum taken with the weights after the update. */
    NEW_WEIGHT_IN_BACKPROP(Step.BACKPROP_SUM),
    /** {@code δ_j · a_j}: the activation of the neuron the weight leads to. */
    TARGET_ACTIVATION(Step.GRADIENT),
    /** The samples' gradients summed, not averaged. */
    SUM_NOT_MEAN(Step.BATCH_MEAN),
    /** {@code w + η·ḡ}: a step up the slope. */
    UPDATE_SIGN(Step.UPDATE),
    /** {@code w − ḡ}: the learning rate forgotten. */
    LEARNING_RATE_LEFT_OUT(Step.UPDATE);

    private final Step step;

    Mistake(Step step) {
        this.step = step;
    }

    /** {@return the step of the chain rule where it goes wrong, to highlight in the worked solution} */
    public Step step() {
        return step;
    }
}
