package dev.glassbox.core.quiz;

/**
 * A mistake students make when they compute a step of backpropagation by hand, which a wrong
 * answer can be recognised by: each gives a wrong value of its own, computed by {@link Solution}.
 */
public enum Mistake {
    /** {@code z} without the bias. */
    BIAS_LEFT_OUT(Step.WEIGHTED_SUM, "the bias was left out: z = Σ w·a + b"),
    /** {@code z} given for {@code a}. */
    ACTIVATION_LEFT_OUT(Step.ACTIVATION, "the activation was not applied: a = f(z), not z"),
    /** The raw error (or backprop sum) given for {@code δ}: the slope is missing. */
    SLOPE_LEFT_OUT(Step.SLOPE, "the slope was left out: δ = raw error × f′(z)"),
    /** {@code y − a} instead of {@code a − y}: every sign after it flips. */
    RAW_ERROR_SIGN(Step.RAW_ERROR, "the raw error has the wrong sign: it is a − y, not y − a"),
    /** MSE's ½ kept after differentiating: half the right value. */
    HALF_KEPT(Step.RAW_ERROR, "the ½ of MSE was kept: the derivative of ½(a − y)² is a − y, the ½ is gone"),
    /** MSE differentiated as if it had no ½: twice the right value. */
    HALF_DROPPED_TWICE(Step.RAW_ERROR,
            "the ½ of MSE was dropped twice: ½(a − y)² differentiates to a − y, not 2(a − y)"),
    /** The backprop sum taken with the weights after the update. */
    NEW_WEIGHT_IN_BACKPROP(Step.BACKPROP_SUM,
            "the backprop sum used the updated weights: the backward pass uses the weights before the update"),
    /** {@code δ_j · a_j}: the activation of the neuron the weight leads to. */
    TARGET_ACTIVATION(Step.GRADIENT,
            "a_j was used instead of a_i: the gradient of w is δ of the neuron it feeds times a of the neuron it comes from"),
    /** The samples' gradients summed, not averaged. */
    SUM_NOT_MEAN(Step.BATCH_MEAN, "the samples' gradients were summed: the batch gradient is their mean"),
    /** {@code w + η·ḡ}: a step up the slope. */
    UPDATE_SIGN(Step.UPDATE, "the step went uphill: w ← w − η·ḡ moves against the gradient"),
    /** {@code w − ḡ}: the learning rate forgotten. */
    LEARNING_RATE_LEFT_OUT(Step.UPDATE, "the learning rate was left out: w ← w − η·ḡ");

    private final Step step;
    private final String explanation;

    Mistake(Step step, String explanation) {
        this.step = step;
        this.explanation = explanation;
    }

    /** {@return the step of the chain rule where it goes wrong, to highlight in the worked solution} */
    public Step step() {
        return step;
    }

    /** {@return one sentence saying what went wrong and what is right} */
    public String explanation() {
        return explanation;
    }
}
