package dev.glassbox.core.math;

import java.util.Arrays;
import java.util.List;

/**
 * One sample's forward and backward pass by the reference {@link Backprop#pass}: every neuron's
 * {@code z}, {@code a}, slope, raw error (a hidden neuron's with its backprop terms) and
 * {@code δ}, the sample's loss and its gradient. Immutable. Neurons are addressed by layer
 * {@code l} (0: the inputs, which have only {@code a}) and index {@code j}.
 */
public final class SamplePass {
    private final Sample sample;
    private final Parameters parameters;
    private final double[][] z;
    private final double[][] a;
    private final double[][] slope;
    private final double[][] rawError;
    private final double[][][] backpropTerms;
    private final double[][] delta;
    private final double loss;
    private final Parameters gradient;

    /** Takes the arrays as they are: {@link Backprop#pass} builds them for this pass alone. */
    SamplePass(Sample sample, Parameters parameters, double[][] z, double[][] a, double[][] slope, double[][] rawError,
               double[][][] backpropTerms, double[][] delta, double loss, Parameters gradient) {
        this.sample = sample;
        this.parameters = parameters;
        this.z = z;
        this.a = a;
        this.slope = slope;
        this.rawError = rawError;
        this.backpropTerms = backpropTerms;
        this.delta = delta;
        this.loss = loss;
        this.gradient = gradient;
    }

    /**
     * The sample computed.
     *
     * @return its inputs and targets
     */
    public Sample sample() { return sample; }

    /**
     * The parameters the pass computed with.
     *
     * @return the parameters
     */
    public Parameters parameters() { return parameters; }

    /**
     * The weighted input {@code z = b + Σ w·a} of a neuron.
     *
     * @param l the layer, 1 … L
     * @param j the neuron's index in it
     * @return {@code z}
     */
    public double z(int l, int j) { return z[l][j]; }

    /**
     * The activation {@code a = f(z)} of a neuron; of an input neuron, the input.
     *
     * @param l the layer, 0 … L
     * @param j the neuron's index in it
     * @return {@code a}
     */
    public double a(int l, int j) { return a[l][j]; }

    /**
     * The slope {@code f′(z)} of a neuron.
     *
     * @param l the layer, 1 … L
     * @param j the neuron's index in it
     * @return the slope
     */
    public double slope(int l, int j) { return slope[l][j]; }

    /**
     * A neuron's raw error: {@code ∂L/∂a} of an output neuron (the long form, also where the
     * cancellation computes {@code δ} without it), the backprop sum of a hidden one.
     *
     * @param l the layer, 1 … L
     * @param j the neuron's index in it
     * @return the raw error
     */
    public double rawError(int l, int j) { return rawError[l][j]; }

    /**
     * The terms {@code w_kj · δ_k} of a hidden neuron's backprop sum, in the order of the next layer's neurons.
     *
     * @param l the layer, 1 … L
     * @param j the neuron's index in it
     * @return the terms; empty for an output neuron
     */
    public List<Double> backpropTerms(int l, int j) {
        return Arrays.stream(backpropTerms[l][j]).boxed().toList();
    }

    /**
     * The delta {@code δ = ∂L/∂z} of a neuron.
     *
     * @param l the layer, 1 … L
     * @param j the neuron's index in it
     * @return {@code δ}
     */
    public double delta(int l, int j) { return delta[l][j]; }

    /**
     * The sample's loss {@code Σ_j L(a_j, y_j)}.
     *
     * @return the loss
     */
    public double loss() { return loss; }

    /**
     * The sample's own gradient: {@code δ_j · a_i} per weight, {@code δ_j} per bias.
     *
     * @return the gradient, shaped like the parameters
     */
    public Parameters gradient() { return gradient; }
}
