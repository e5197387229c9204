package dev.glassbox.core.math;

/**
 * One update of the parameters by the reference {@link Backprop#update}, with every number of it,
 * each shaped like the parameters: what the chain rule of a weight shows after {@code ∂L/∂w}.
 *
 * @param t                the update's number: 1 for the first update of a training run
 * @param lossGradient     the gradient of the loss the update follows: the batch mean of the
 *                         samples' gradients (in online mode, the one sample's)
 * @param penaltyGradient  the regularisation term {@code λ·R′(w)} added to each weight's gradient
 *                         (0 for every bias, and everywhere without regularisation)
 * @param gradient         {@code g}: the loss gradient plus the penalty term, what the optimizer follows
 * @param before           the optimizer's memory before the update
 * @param after            its memory after the update (momentum: the velocity {@code v}; Adam: {@code m}, {@code v})
 * @param correctedFirst   Adam's bias-corrected first moment {@code m̂ = m/(1−β1^t)}; null for the other optimizers
 * @param correctedSecond  Adam's bias-corrected second moment {@code v̂ = v/(1−β2^t)}; null for the other optimizers
 * @param step             the step {@code Δθ} subtracted: {@code η·g}, {@code η·v} or {@code η·m̂/(√v̂ + ε)}
 * @param parametersBefore the parameters before the update
 * @param parametersAfter  {@code θ − Δθ}
 */
public record OptimizerStep(long t, Parameters lossGradient, Parameters penaltyGradient, Parameters gradient,
                            OptimizerState before, OptimizerState after, Parameters correctedFirst,
                            Parameters correctedSecond, Parameters step, Parameters parametersBefore,
                            Parameters parametersAfter) {
}
