package dev.glassbox.core.trace;

import java.util.List;

/**
 * One neuron on one sample. For an input neuron only {@code a} (the input value) is defined; the
 * other numbers are {@code NaN}.
 *
 * @param z              the weighted input {@code Σ w·a + b}
 * @param a              the activation {@code f(z)}
 * @param slope          {@code f′(z)}
 * @param rawError       output neuron: {@code ∂L/∂a} ({@code a − y} for MSE); hidden neuron: the
 *                       backprop sum {@code Σ w_next·δ_next}
 * @param backpropTerms  hidden neuron: each term {@code w_next·δ_next} of the backprop sum, in the
 *                       order of the next layer's neurons; empty otherwise
 * @param delta          {@code δ = rawError × slope} (cross-entropy × sigmoid output: exactly {@code a − y})
 * @param saturated      whether the neuron is {@link dev.glassbox.core.math.NeuronHealth#saturated saturated}
 *                       on this sample (its slope below 5 % of the activation's peak)
 */
public record NeuronTrace(double z, double a, double slope, double rawError, List<Double> backpropTerms,
                          double delta, boolean saturated) {
    /**
     * A neuron's numbers on one sample.
     *
     * @param z             the weighted input
     * @param a             the activation
     * @param slope         {@code f′(z)}
     * @param rawError      the raw error
     * @param backpropTerms the terms {@code w·δ} of the backprop sum (copied)
     * @param delta         {@code δ}
     * @param saturated     whether the neuron is saturated on this sample
     */
    public NeuronTrace {
        backpropTerms = List.copyOf(backpropTerms);
    }

    /**
     * {@return an input neuron holding {@code x}}
     *
     * @param x the input's value
     */
    public static NeuronTrace input(double x) {
        return new NeuronTrace(Double.NaN, x, Double.NaN, Double.NaN, List.of(), Double.NaN, false);
    }
}
