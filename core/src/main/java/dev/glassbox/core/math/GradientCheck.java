package dev.glassbox.core.math;

/**
 * The gradient of the dataset loss {@code L(θ)} (the mean over the samples, as
 * {@link Engine#datasetLoss}) at one point {@code θ}, computed twice: by backpropagation (the
 * batch-mean gradient of {@link Engine#gradient}) and by central differences
 * {@code ∂L/∂θ_k ≈ (L(θ + h·e_k) − L(θ − h·e_k)) / 2h}, for any single weight or bias.
 * Where the two agree, backpropagation computes what it claims.
 *
 * <p>Parameters are addressed by their flat index, {@link Parameters#weightIndex} or
 * {@link Parameters#biasIndex}, or by the element they belong to: a {@link Connection}'s weight or
 * a non-input {@link NeuronId}'s bias. Not thread-safe (it shares the engine's workspace).
 */
public final class GradientCheck {
    /** The default step {@code h}: small against the parameters, large against rounding. */
    public static final double H = 1e-5;

    private final Engine engine;
    private final double[] theta;
    /** The backpropagated gradient, computed on first use (a caller may want only the numeric side). */
    private double[] g;

    /** A check of {@code engine}'s loss at {@code at}. */
    public GradientCheck(Engine engine, Parameters at) {
        this.engine = engine;
        this.theta = at.toFlat();
    }

    /** {@code ∂L/∂θ_k} by backpropagation: the batch-mean gradient. */
    public double analytic(int k) {
        if (g == null) {
            g = new double[theta.length];
            engine.gradient(theta, g);
        }
        return g[k];
    }

    /** {@code ∂L/∂θ_k} by central differences with step {@link #H}. */
    public double numeric(int k) {
        return numeric(k, H);
    }

    /**
     * {@code ∂L/∂θ_k ≈ (L(θ + h·e_k) − L(θ − h·e_k)) / (θ_k⁺ − θ_k⁻)}, dividing by the step
     * actually taken (nominally {@code 2h}, exactly what the rounded {@code θ_k ± h} differ by).
     */
    public double numeric(int k, double h) {
        double[] t = theta.clone();
        double up = theta[k] + h;
        double down = theta[k] - h;
        t[k] = up;
        double lossUp = engine.datasetLoss(t);
        t[k] = down;
        double lossDown = engine.datasetLoss(t);
        return (lossUp - lossDown) / (up - down);
    }

    /** {@code ∂L/∂θ} by backpropagation for a connection's weight or a neuron's bias. */
    public double analytic(NetworkElement e) {
        return analytic(index(e));
    }

    /** {@code ∂L/∂θ} by central differences for a connection's weight or a neuron's bias. */
    public double numeric(NetworkElement e) {
        return numeric(index(e));
    }

    /** The flat index of a connection's weight or of a non-input neuron's bias. */
    public int index(NetworkElement e) {
        int[] sizes = engine.architecture().sizeArray();
        if (e instanceof Connection c) {
            return Parameters.weightIndex(sizes, c.layer(), c.to(), c.from());
        }
        NeuronId id = (NeuronId) e;
        if (id.layer() == 0) {
            throw new IllegalArgumentException("an input neuron has no bias: " + id);
        }
        return Parameters.biasIndex(sizes, id.layer() - 1, id.index());
    }

    /** The number of parameters, the range of {@code k}. */
    public int size() {
        return theta.length;
    }
}
