package dev.glassbox.core.math;

import java.util.List;

/**
 * The gradient of the dataset loss {@code L(θ)} (the mean over the samples plus any weight
 * penalty, {@link Backprop#datasetLoss}) at one point {@code θ}, computed twice: by backpropagation (the
 * batch-mean gradient, {@link Backprop#meanGradient}) and by central differences
 * {@code ∂L/∂θ_k ≈ (L(θ + h·e_k) − L(θ − h·e_k)) / 2h}, for any single weight or bias.
 * Where the two agree, backpropagation computes what it claims.
 *
 * <p>Parameters are addressed by their flat index, {@link Parameters#weightIndex} or
 * {@link Parameters#biasIndex}, or by the element they belong to: a {@link Connection}'s weight or
 * a non-input {@link NeuronId}'s bias.
 */
public final class GradientCheck {
    /** The default step {@code h}: small against the parameters, large against rounding. */
    public static final double H = 1e-5;

    private final Architecture architecture;
    private final Regularization regularization;
    private final List<Sample> samples;
    private final Parameters theta;
    /** The backpropagated gradient, computed on first use (a caller may want only the numeric side). */
    private Parameters g;

    /**
     * A check of the dataset loss of a network on a training set, at {@code at}, without regularisation.
     *
     * @param architecture the network
     * @param samples      the training set, at least one sample
     * @param at           the parameters {@code θ} to check the gradient at
     */
    public GradientCheck(Architecture architecture, List<Sample> samples, Parameters at) {
        this(architecture, Regularization.NONE, samples, at);
    }

    /**
     * A check of the dataset loss of a network on a training set, its penalty included, at {@code at}.
     *
     * @param architecture   the network
     * @param regularization the weight penalty, part of the loss
     * @param samples        the training set, at least one sample
     * @param at             the parameters {@code θ} to check the gradient at
     */
    public GradientCheck(Architecture architecture, Regularization regularization, List<Sample> samples,
                         Parameters at) {
        this.architecture = architecture;
        this.regularization = regularization;
        this.samples = List.copyOf(samples);
        this.theta = at;
    }

    /**
     * {@code ∂L/∂θ_k} by backpropagation: the batch-mean gradient.
     *
     * @param k the parameter's flat index
     * @return the backpropagated derivative
     */
    public double analytic(int k) {
        if (g == null) {
            g = Backprop.meanGradient(architecture, regularization, theta, samples);
        }
        return g.value(k);
    }

    /**
     * {@code ∂L/∂θ_k} by central differences with step {@link #H}.
     *
     * @param k the parameter's flat index
     * @return the numeric derivative
     */
    public double numeric(int k) {
        return numeric(k, H);
    }

    /**
     * {@code ∂L/∂θ_k ≈ (L(θ + h·e_k) − L(θ − h·e_k)) / (θ_k⁺ − θ_k⁻)}, dividing by the step
     * actually taken (nominally {@code 2h}, exactly what the rounded {@code θ_k ± h} differ by).
     *
     * @param k the parameter's flat index
     * @param h the step
     * @return the numeric derivative
     */
    public double numeric(int k, double h) {
        double[] t = theta.toFlat();
        double up = t[k] + h;
        double down = t[k] - h;
        int[] sizes = theta.sizeArray();
        t[k] = up;
        double lossUp = Backprop.datasetLoss(architecture, regularization, Parameters.ofFlat(sizes, t), samples);
        t[k] = down;
        double lossDown = Backprop.datasetLoss(architecture, regularization, Parameters.ofFlat(sizes, t), samples);
        return (lossUp - lossDown) / (up - down);
    }

    /**
     * {@code ∂L/∂θ} by backpropagation for a connection's weight or a neuron's bias.
     *
     * @param e a connection or a non-input neuron
     * @return the backpropagated derivative
     */
    public double analytic(NetworkElement e) {
        return analytic(index(e));
    }

    /**
     * {@code ∂L/∂θ} by central differences for a connection's weight or a neuron's bias.
     *
     * @param e a connection or a non-input neuron
     * @return the numeric derivative
     */
    public double numeric(NetworkElement e) {
        return numeric(index(e));
    }

    /**
     * The flat index of a connection's weight or of a non-input neuron's bias.
     *
     * @param e a connection or a non-input neuron
     * @return its parameter's flat index
     * @throws IllegalArgumentException for an input neuron, which has no bias
     */
    public int index(NetworkElement e) {
        int[] sizes = architecture.sizeArray();
        if (e instanceof Connection c) {
            return Parameters.weightIndex(sizes, c.layer(), c.to(), c.from());
        }
        NeuronId id = (NeuronId) e;
        if (id.layer() == 0) {
            throw new IllegalArgumentException("an input neuron has no bias: " + id);
        }
        return Parameters.biasIndex(sizes, id.layer() - 1, id.index());
    }

    /**
     * The number of parameters, the range of {@code k}.
     *
     * @return the number of weights and biases
     */
    public int size() {
        return theta.count();
    }
}
