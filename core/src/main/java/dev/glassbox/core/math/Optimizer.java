package dev.glassbox.core.math;

/**
 * How a step follows the gradient {@code g} (the batch mean, or one sample's, plus any
 * regularisation term): plain gradient descent, momentum or Adam. The formulas are
 * {@link Backprop}'s ({@link Backprop#sgdStep}, {@link Backprop#velocity}, {@link Backprop#firstMoment} …);
 * what an optimizer remembers between updates is an {@link OptimizerState}. The rules on the
 * numbers (a momentum below 1, a positive ε) are the scenario's.
 */
public sealed interface Optimizer permits Sgd, Momentum, Adam {
    /** Plain gradient descent, the default. */
    Optimizer SGD = new Sgd();

    /**
     * The name used in scenario files: {@code "sgd"}, {@code "momentum"} or {@code "adam"}.
     *
     * @return the type's id
     */
    String id();

    /**
     * How many values the optimizer remembers per parameter between updates.
     *
     * @return 0 for SGD, 1 (the velocity) for momentum, 2 (the moments) for Adam
     */
    int moments();

    /**
     * Whether the optimizer counts its updates (Adam's bias correction needs the update's number {@code t}).
     *
     * @return whether the state holds {@code t}
     */
    boolean countsUpdates();
}
