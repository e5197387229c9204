package dev.glassbox.core.math;

/** An activation function {@code a = f(z)} with its slope {@code f′(z)}. */
public enum Activation {
    /** The logistic sigmoid {@code σ(z) = 1 / (1 + e^−z)}, between 0 and 1; slope {@code a(1 − a)}. */
    SIGMOID("sigmoid", "σ(z) = 1 / (1 + e^−z)", "a(1 − a)", 0.25, true) {
        @Override public double a(double z) { return 1.0 / (1.0 + Math.exp(-z)); }
        @Override public double slope(double z, double a) { return a * (1.0 - a); }
    },
    /** The hyperbolic tangent, between −1 and 1; slope {@code 1 − a²}. */
    TANH("tanh", "tanh(z)", "1 − a²", 1.0, true) {
        @Override public double a(double z) { return Math.tanh(z); }
        @Override public double slope(double z, double a) { return 1.0 - a * a; }
    },
    /** The rectified linear unit {@code max(0, z)}; slope 1 above 0, else 0 (a neuron can die). */
    RELU("relu", "max(0, z)", "1 if z > 0 else 0", 1.0, false) {
        @Override public double a(double z) { return z > 0 ? z : 0.0; }
        @Override public double slope(double z, double a) { return z > 0 ? 1.0 : 0.0; }
    },
    /** The leaky ReLU: {@code z} above 0, else {@code 0.01·z}; its slope never reaches 0. */
    LEAKY_RELU("leaky-relu", "z if z > 0 else 0.01·z", "1 if z > 0 else 0.01", 1.0, false) {
        @Override public double a(double z) { return z > 0 ? z : 0.01 * z; }
        @Override public double slope(double z, double a) { return z > 0 ? 1.0 : 0.01; }
    },
    /** The identity {@code a = z}; slope 1. */
    LINEAR("linear", "z", "1", 1.0, false) {
        @Override public double a(double z) { return z; }
        @Override public double slope(double z, double a) { return 1.0; }
    },
    /**
     * The softmax {@code a_k = e^(z_k − max z) / Σ_j e^(z_j − max z)} of a whole output layer
     * ({@link Backprop#softmax}): each neuron's activation depends on all the layer's {@code z},
     * so there is no {@link #a(double)} of one neuron. Its slope is the Jacobian's diagonal
     * {@code ∂a_k/∂z_k = a_k(1 − a_k)}; with cross-entropy, the only loss it is allowed with, the
     * output delta is the cancelled {@code a_k − y_k}.
     */
    SOFTMAX("softmax", "e^z_k / Σ_j e^z_j", "a(1 − a)", 0.25, true) {
        @Override public double a(double z) {
            throw new UnsupportedOperationException("softmax is a function of the whole layer: Backprop.softmax");
        }
        @Override public double slope(double z, double a) { return a * (1.0 - a); }
    };

    /** A neuron is saturated when its slope falls below this share of the activation's peak slope. */
    public static final double SATURATION_SHARE = 0.05;

    private final String id;
    private final String formula;
    private final String slopeFormula;
    private final double peakSlope;
    private final boolean saturating;
    private final double saturationThreshold;

    Activation(String id, String formula, String slopeFormula, double peakSlope, boolean saturating) {
        this.id = id;
        this.formula = formula;
        this.slopeFormula = slopeFormula;
        this.peakSlope = peakSlope;
        this.saturating = saturating;
        this.saturationThreshold = saturating ? SATURATION_SHARE * peakSlope : Double.NEGATIVE_INFINITY;
    }

    /**
     * The activation {@code a = f(z)} of one neuron.
     *
     * @param z the weighted input
     * @return {@code f(z)}
     * @throws UnsupportedOperationException for {@link #SOFTMAX}, a function of the whole layer
     */
    public abstract double a(double z);

    /**
     * {@return the slope {@code f′(z)}, written with {@code a} where that is the textbook form}
     *
     * @param z the weighted input
     * @param a the activation {@code f(z)}
     */
    public abstract double slope(double z, double a);

    /** {@return the name used in scenario files, e.g. {@code "leaky-relu"}} */
    public String id() { return id; }

    /** {@return the function, for display, e.g. {@code "max(0, z)"}} */
    public String formula() { return formula; }

    /** {@return the slope, for display, e.g. {@code "a(1 − a)"}} */
    public String slopeFormula() { return slopeFormula; }

    /**
     * The largest slope the activation reaches.
     *
     * @return sigmoid and softmax 0.25, the others 1
     */
    public double peakSlope() { return peakSlope; }

    /**
     * Whether the function flattens out at both ends (sigmoid, tanh), so that a neuron can be
     * saturated. A ReLU with a zero slope is not saturated but inactive (dead if on every sample).
     *
     * @return true for sigmoid, tanh and softmax
     */
    public boolean saturating() { return saturating; }

    /**
     * The slope below which a neuron counts as saturated (see {@link NeuronHealth#saturated}):
     * {@link #SATURATION_SHARE} of the peak slope, or {@code −∞} for an activation that cannot saturate.
     *
     * @return the threshold, computed once
     */
    public double saturationThreshold() {
        return saturationThreshold;
    }

    /**
     * {@return the activation with the given file id}
     *
     * @param id the id, e.g. {@code "tanh"}
     * @throws IllegalArgumentException if no activation has that id
     */
    public static Activation fromId(String id) {
        for (Activation f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + id + "'");
    }
}
