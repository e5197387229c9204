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

    /** Inside the logarithm (only there), {@code a} is clamped to {@code [EPSILON, 1 − EPSILON]}. */
    public static final double EPSILON = 1e-12;

    private final String id;
    private final String formula;
    private final String rawErrorFormula;

    Loss(String id, String formula, String rawErrorFormula) {
        this.id = id;
        this.formula = formula;
        this.rawErrorFormula = rawErrorFormula;
    }

    /** The loss of one output neuron. */
    public abstract double loss(double a, double y);

    /** {@code ∂L/∂a} of one output neuron. */
    public abstract double rawError(double a, double y);

    /** The name used in scenario files. */
    public String id() { return id; }

    /** The per-neuron loss, for display. */
    public String formula() { return formula; }

    /** The raw error {@code ∂L/∂a}, for display. */
    public String rawErrorFormula() { return rawErrorFormula; }

    /**
     * Whether this loss on this output activation uses the exact cancellation
     * {@code δ = a − y} (cross-entropy × sigmoid: the {@code a(1 − a)} of the raw error's
     * denominator cancels the sigmoid's slope).
     */
    public boolean cancelsWith(Activation output) {
        return this == CROSS_ENTROPY && output == Activation.SIGMOID;
    }

    private static double clamp(double a) {
        return Math.min(Math.max(a, EPSILON), 1.0 - EPSILON);
    }

    /** The loss with the given file id. */
    public static Loss fromId(String id) {
        for (Loss l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown loss '" + id + "'");
    }
}
