package dev.glassbox.swing.internal.text;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;

/**
 * Human names of layers, neurons and connections, numbered from 1 as people count:
 * "input 1", "hidden 2", "hidden 1.2" (in deeper networks), "output"; in the default locale's words.
 */
public final class Names {
    private Names() {
    }

    /**
     * The one word for a neuron whose slope is under {@link Activation#SATURATION_SHARE} of its peak,
     * in every view: the chain rule, the activations table, the network's legend and padlock.
     *
     * @return "saturated"
     */
    public static String saturated() {
        return Messages.text("text.saturated");
    }

    /**
     * The opposite of {@link #saturated()}, where the two stand side by side (the chain rule's slope and slope table).
     *
     * @return "not saturated"
     */
    public static String notSaturated() {
        return Messages.text("text.notSaturated");
    }

    /**
     * What {@link #saturated()} means for {@code f}, e.g. "Saturated: the slope is under 5 % of its peak 0.25".
     *
     * @param f a saturating activation
     * @return the sentence, without a closing full stop
     */
    public static String saturation(Activation f) {
        long percent = Math.round(Activation.SATURATION_SHARE * 100);
        return Messages.text("text.saturation", percent, Numbers.format(f.peakSlope(), 2));
    }

    /** The layer's name: "input", "hidden" (or "hidden 2" in deeper nets), "output". */
    public static String layer(Architecture arch, int layer) {
        if (layer == 0) {
            return Messages.text("text.layer.input");
        }
        if (layer == arch.depth()) {
            return Messages.text("text.layer.output");
        }
        return arch.depth() > 2 ? Messages.text("text.layer.hiddenNumbered", String.valueOf(layer))
                : Messages.text("text.layer.hidden");
    }

    /** The neuron's name, e.g. "hidden 1", "output" (a single output) or "output 2". */
    public static String neuron(Architecture arch, NeuronId id) {
        String layer = layer(arch, id.layer());
        boolean single = arch.size(id.layer()) == 1;
        if (single) {
            return layer;
        }
        return layer + (arch.depth() > 2 && id.layer() > 0 && id.layer() < arch.depth() ? "." : " ") + (id.index() + 1);
    }

    /** The connection's name, e.g. "hidden 1 → output". */
    public static String connection(Architecture arch, Connection c) {
        return neuron(arch, c.source()) + " → " + neuron(arch, c.target());
    }

    /** The element's name. */
    public static String of(Architecture arch, NetworkElement e) {
        return e instanceof Connection c ? connection(arch, c) : neuron(arch, (NeuronId) e);
    }

    /** A weight or bias as the weights table names it: "w hidden 1 → output", "b output". */
    public static String parameter(Architecture arch, NetworkElement e) {
        return (e instanceof Connection ? "w " : "b ") + of(arch, e);
    }

    /** A loss as the views name it: "MSE" or "cross-entropy". */
    public static String loss(Loss loss) {
        return loss == Loss.MSE ? "MSE" : Messages.text("text.loss.crossEntropy");
    }

    /** An initialiser as the controls and undo name it: "Xavier/Glorot", "He", "uniform ±0.5", "all zeros". */
    public static String initializer(Initializer init) {
        return switch (init) {
            case XAVIER -> "Xavier/Glorot"; //$NON-NLS$ names of people, in every language
            case HE -> "He"; //$NON-NLS$
            case UNIFORM -> Messages.text("text.initializer.uniform", init.range());
            case ZEROS -> Messages.text("text.initializer.zeros");
        };
    }
}
