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
    private OptimizerWording() {
    }

    /** {@return momentum's velocity, as its column explains it} */
    public static String velocity() {
        return Messages.text("text.optimizer.velocity");
    }

    /** {@return Adam's first moment, as its column explains it} */
    public static String firstMoment() {
        return Messages.text("text.optimizer.firstMoment");
    }

    /** {@return Adam's second moment, as its column explains it} */
    public static String secondMoment() {
        return Messages.text("text.optimizer.secondMoment");
    }

    /** {@return Adam's bias-corrected first moment, as its column explains it} */
    public static String correctedFirst() {
        return Messages.text("text.optimizer.correctedFirst");
    }

    /** {@return Adam's bias-corrected second moment, as its column explains it} */
    public static String correctedSecond() {
        return Messages.text("text.optimizer.correctedSecond");
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
        String step = step(optimizer, "g");
        return regularization.active()
                ? Messages.text("text.optimizer.lastChange.penalty", step, regularization.penalty().slopeFormula())
                : Messages.text("text.optimizer.lastChange", step);
    }

    /**
     * An optimizer's short name, with its settings: "SGD", "momentum μ = 0.9", "Adam".
     *
     * @param optimizer the optimizer
     * @return the name
     */
    public static String name(Optimizer optimizer) {
        if (optimizer instanceof Momentum m) {
            return Messages.text("text.optimizer.momentum", Numbers.compact(m.momentum()));
        }
        if (optimizer instanceof Adam a) {
            boolean usual = a.equals(Adam.withDefaults());
            return usual ? "Adam" : "Adam β1 = " + Numbers.compact(a.beta1()) + ", β2 = " + Numbers.compact(a.beta2()); //$NON-NLS$ a name and its settings
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
        return regularization.active() ? regularization.penalty().id().toUpperCase(Locale.ROOT)
                : Messages.text("text.optimizer.noPenalty");
    }
}
