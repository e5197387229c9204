package dev.glassbox.core.math;

/** A per-sample loss {@code L(a, y)} for one output neuron, and its raw error {@code ∂L/∂a}. */
public enum Loss {
    /** Mean squared error, per sample {@code ½ Σ (a − y)²}; raw error {@code a − y}. */
    MSE("mse", "½(a − y)²", "a − y") {
        @Override public double loss(double a, double y) {
            double e = a - y;
            return 0.5 * e * e;
        }
        @Override public double rawError(double a, double y) { return a - y; }
    },
    /** Binary cross-entropy {@code −[y ln a + (1 − y) ln(1 − a)]}; raw error {@code (a − y) / (a(1 − a))}. */
    CROSS_ENTROPY("cross-entropy", "−[y ln a + (1 − y) ln(1 − a)]", "(a − y) / (a(1 − a))") {
        @Override public double loss(double a, double y) {
            double c = clamp(a);
            return -(y * Math.log(c) + (1.0 - y) * Math.log(1.0 - c));
        }
        @Override public double rawError(double a, double y) {
            double c = clamp(a);
            return (c - y) / (c * (1.0 - c));
        }
    };

    /**
     * Inside the logarithm (only there), {@code a} is clamped to {@code [EPSILON, 1 − EPSILON]}
     * (of a softmax output, to {@code [EPSILON, 1]}).
     */
    public static final double EPSILON = 1e-12;

    private final String id;
    private final String formula;
    private final String rawErrorFormula;

    Loss(String id, String formula, String rawErrorFormula) {
        this.id = id;
        this.formula = formula;
        this.rawErrorFormula = rawErrorFormula;
    }

    /**
     * {@return the loss of one output neuron}
     *
     * @param a the neuron's activation
     * @param y its target
     */
    public abstract double loss(double a, double y);

    /**
     * {@return {@code ∂L/∂a} of one output neuron}
     *
     * @param a the neuron's activation
     * @param y its target
     */
    public abstract double rawError(double a, double y);

    /**
     * The loss of one output neuron of an output layer with activation {@code output}: for a
     * softmax layer the categorical cross-entropy's term {@code −y ln a} ({@code a} clamped to
     * {@code [EPSILON, 1]} inside the logarithm only), whose sum over the layer is
     * {@code −Σ_k y_k ln a_k}; otherwise {@link #loss(double, double)}.
     *
     * @param a      the neuron's activation
     * @param y      its target
     * @param output the output layer's activation
     * @return the neuron's share of the sample's loss
     */
    public double loss(double a, double y, Activation output) {
        return output == Activation.SOFTMAX ? -(y * Math.log(clampSoftmax(a))) : loss(a, y);
    }

    /**
     * {@code ∂L/∂a} of one output neuron of an output layer with activation {@code output}: for a
     * softmax layer {@code −y / a} ({@code a} clamped as in {@link #loss(double, double, Activation)});
     * otherwise {@link #rawError(double, double)}.
     *
     * @param a      the neuron's activation
     * @param y      its target
     * @param output the output layer's activation
     * @return {@code ∂L/∂a}
     */
    public double rawError(double a, double y, Activation output) {
        return output == Activation.SOFTMAX ? -y / clampSoftmax(a) : rawError(a, y);
    }

    /**
     * The per-neuron loss for display, on an output layer with activation {@code output}.
     *
     * @param output the output layer's activation
     * @return {@code "−y ln a"} for softmax, else {@link #formula()}
     */
    public String formula(Activation output) {
        return output == Activation.SOFTMAX ? "−y ln a" : formula;
    }

    /**
     * The raw error for display, on an output layer with activation {@code output}.
     *
     * @param output the output layer's activation
     * @return {@code "−y / a"} for softmax, else {@link #rawErrorFormula()}
     */
    public String rawErrorFormula(Activation output) {
        return output == Activation.SOFTMAX ? "−y / a" : rawErrorFormula;
    }

    /** {@return the name used in scenario files} */
    public String id() { return id; }

    /** {@return the per-neuron loss, for display} */
    public String formula() { return formula; }

    /** {@return the raw error {@code ∂L/∂a}, for display} */
    public String rawErrorFormula() { return rawErrorFormula; }

    /**
     * Whether this loss on this output activation uses the exact cancellation
     * {@code δ = a − y} (cross-entropy × sigmoid: the {@code a(1 − a)} of the raw error's
     * denominator cancels the sigmoid's slope; cross-entropy × softmax: the softmax's Jacobian
     * times {@code −y/a} sums to {@code a − y} for targets that sum to 1).
     *
     * @param output the output layer's activation
     * @return whether the output delta is {@code a − y}
     */
    public boolean cancelsWith(Activation output) {
        return this == CROSS_ENTROPY && (output == Activation.SIGMOID || output == Activation.SOFTMAX);
    }

    /** A softmax output inside the logarithm: clamped to {@code [EPSILON, 1]}. */
    private static double clampSoftmax(double a) {
        return Math.min(Math.max(a, EPSILON), 1.0);
    }

    private static double clamp(double a) {
        return Math.min(Math.max(a, EPSILON), 1.0 - EPSILON);
    }

    /**
     * {@return the loss with the given file id}
     *
     * @param id the id, e.g. {@code "mse"}
     * @throws IllegalArgumentException if no loss has that id
     */
    public static Loss fromId(String id) {
        for (Loss l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown loss '" + id + "'");
    }
}
