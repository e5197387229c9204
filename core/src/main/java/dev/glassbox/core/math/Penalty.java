package dev.glassbox.core.math;

/**
 * A weight penalty's shape: its term {@code R(w)} per weight and its slope {@code R′(w)}. With the
 * strength λ of a {@link Regularization}, the loss gains {@code λ·Σ R(w)} over every weight
 * (never the biases) and each weight's gradient gains {@code λ·R′(w)}.
 */
public enum Penalty {
    /** No penalty. */
    NONE("none", "0", "0") {
        @Override public double term(double w) { return 0.0; }
        @Override public double slope(double w) { return 0.0; }
    },
    /** L2 (weight decay): {@code R(w) = w²/2}, {@code R′(w) = w}. */
    L2("l2", "w²/2", "w") {
        @Override public double term(double w) { return 0.5 * w * w; }
        @Override public double slope(double w) { return w; }
    },
    /** L1 (lasso): {@code R(w) = |w|}, {@code R′(w) = sign(w)} with {@code sign(0) = 0}. */
    L1("l1", "|w|", "sign(w)") {
        @Override public double term(double w) { return Math.abs(w); }
        @Override public double slope(double w) { return Math.signum(w); }
    };

    private final String id;
    private final String formula;
    private final String slopeFormula;

    Penalty(String id, String formula, String slopeFormula) {
        this.id = id;
        this.formula = formula;
        this.slopeFormula = slopeFormula;
    }

    /**
     * The penalty of one weight, before λ.
     *
     * @param w the weight
     * @return {@code R(w)}
     */
    public abstract double term(double w);

    /**
     * The slope of the penalty of one weight, before λ.
     *
     * @param w the weight
     * @return {@code R′(w)}
     */
    public abstract double slope(double w);

    /**
     * The name used in scenario files.
     *
     * @return {@code "none"}, {@code "l2"} or {@code "l1"}
     */
    public String id() { return id; }

    /**
     * The term, for display.
     *
     * @return e.g. {@code "w²/2"}
     */
    public String formula() { return formula; }

    /**
     * The slope, for display.
     *
     * @return e.g. {@code "sign(w)"}
     */
    public String slopeFormula() { return slopeFormula; }
}
