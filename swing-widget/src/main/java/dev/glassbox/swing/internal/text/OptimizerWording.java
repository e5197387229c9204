package dev.glassbox.swing.internal.text;

import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.math.UpdateMode;
import java.util.Locale;

/**
 * How an optimizer's update and its memory are written outside the chain rule (which writes them
 * with their numbers): the network's update caption, the weights table's columns and their
 * tooltips, the optimizer race's curve names. The formulas are the scenario format's.
 */
public final class OptimizerWording {
    /** Momentum's velocity, as its column explains it. */
    public static final String VELOCITY = "v, momentum's velocity: v ← μ·v + g, 0 before the first update; "
            + "each update steps η·v";
    /** Adam's first moment. */
    public static final String FIRST_MOMENT = "m, Adam's first moment (a running mean of the gradient): "
            + "m ← β1·m + (1 − β1)·g, 0 before the first update";
    /** Adam's second moment. */
    public static final String SECOND_MOMENT = "v, Adam's second moment (a running mean of the squared gradient): "
            + "v ← β2·v + (1 − β2)·g², 0 before the first update";
    /** Adam's bias-corrected first moment. */
    public static final String CORRECTED_FIRST = "m̂ = m / (1 − β1^t): m corrected for having started at 0, "
            + "t the updates so far (none before the first)";
    /** Adam's bias-corrected second moment. */
    public static final String CORRECTED_SECOND = "v̂ = v / (1 − β2^t): v corrected likewise; "
            + "the last update stepped η·m̂ / (√v̂ + ε)";

    private OptimizerWording() {
    }

    /**
     * The step an update subtracts: {@code "η·g"}, {@code "η·v"} or {@code "η·m̂ / (√v̂ + ε)"}.
     *
     * @param optimizer the optimizer
     * @param gradient  the symbol of the gradient plain gradient descent follows ({@code "ḡ"}, {@code "g"})
     * @return the step
     */
    public static String step(Optimizer optimizer, String gradient) {
        if (optimizer instanceof Momentum) {
            return "η·v";
        }
        if (optimizer instanceof Adam) {
            return "η·m̂ / (√v̂ + ε)";
        }
        return "η·" + gradient;
    }

    /**
     * The update of a weight as the network's caption writes it during the update phase:
     * {@code "w ← w − η·ḡ"} for plain batch gradient descent, {@code "v ← μ·v + ḡ,  w ← w − η·v"} for momentum,
     * {@code "w ← w − η·m̂ / (√v̂ + ε)"} for Adam, and the gradient's penalty term after a comma
     * ({@code "g = ḡ + λ·w"}) with regularisation. Online, the gradient is the sample's.
     *
     * @param optimizer      the optimizer
     * @param regularization the weight penalty
     * @param mode           batch or online
     * @return the update's formula
     */
    public static String update(Optimizer optimizer, Regularization regularization, UpdateMode mode) {
        String loss = mode == UpdateMode.BATCH ? "ḡ" : "∂L/∂w";
        String g = regularization.active() ? "g" : loss;
        String penalty = regularization.active()
                ? ",  g = " + loss + " + λ·" + regularization.penalty().slopeFormula() : "";
        String velocity = optimizer instanceof Momentum ? "v ← μ·v + " + g + ",  " : "";
        return velocity + "w ← w − " + step(optimizer, g) + penalty;
    }

    /**
     * The last change's column tooltip: what the last update subtracted, penalty included.
     *
     * @param optimizer      the optimizer
     * @param regularization the weight penalty
     * @return the sentence
     */
    public static String lastChange(Optimizer optimizer, Regularization regularization) {
        String penalty = regularization.active()
                ? " (g = ḡ + λ·" + regularization.penalty().slopeFormula() + " for a weight)" : " (g = ḡ)";
        return "last change: what the last update did to the value, −" + step(optimizer, "g") + penalty;
    }

    /**
     * An optimizer's short name, with its settings: "SGD", "momentum μ = 0.9", "Adam".
     *
     * @param optimizer the optimizer
     * @return the name
     */
    public static String name(Optimizer optimizer) {
        if (optimizer instanceof Momentum m) {
            return "momentum μ = " + Numbers.compact(m.momentum());
        }
        if (optimizer instanceof Adam a) {
            boolean usual = a.equals(Adam.withDefaults());
            return usual ? "Adam" : "Adam β1 = " + Numbers.compact(a.beta1()) + ", β2 = " + Numbers.compact(a.beta2());
        }
        return "SGD";
    }

    /**
     * A weight penalty's short name: "L2", "L1" (its file id in capitals), or "no penalty".
     *
     * @param regularization the penalty
     * @return the name
     */
    public static String name(Regularization regularization) {
        return regularization.active() ? regularization.penalty().id().toUpperCase(Locale.ROOT) : "no penalty";
    }
}
