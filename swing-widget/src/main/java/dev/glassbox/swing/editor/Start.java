package dev.glassbox.swing.editor;

import dev.glassbox.core.math.Initializer;
import dev.glassbox.swing.internal.text.Names;

/** How the network's weights start, as the editor offers it: the scenario's own, or drawn by an initialiser. */
enum Start {
    /** The weights the scenario came with, while its layers are still the ones they fit. */
    OWN(null, "The weights the scenario came with."),
    /** Xavier/Glorot. */
    XAVIER(Initializer.XAVIER, "For sigmoid and tanh layers."),
    /** He. */
    HE(Initializer.HE, "For ReLU layers."),
    /** Plain uniform. */
    UNIFORM(Initializer.UNIFORM, "Whatever the layer's size, as TensorFlow Playground."),
    /** All zeros: the symmetry problem. */
    ZEROS(Initializer.ZEROS, "The hidden neurons of a layer then stay identical however long they train: "
            + "the symmetry problem random weights break.");

    private final Initializer initializer;
    private final String why;

    Start(Initializer initializer, String why) {
        this.initializer = initializer;
        this.why = why;
    }

    /** The initialiser, or null for the scenario's own weights. */
    Initializer initializer() {
        return initializer;
    }

    /** Whether the weights are drawn from the seed. */
    boolean seeded() {
        return initializer != null && initializer != Initializer.ZEROS;
    }

    /** What the choice does, in a sentence or two: the range of the weights, and what it is for. */
    String explanation() {
        if (initializer == null) {
            return why;
        }
        String range = initializer == Initializer.ZEROS ? "Every weight 0, every bias 0. "
                : "Each weight drawn from the seed in " + initializer.range() + ", every bias 0. ";
        return range + why;
    }

    /** The choice that draws by {@code init}. */
    static Start of(Initializer init) {
        for (Start s : values()) {
            if (s.initializer == init) {
                return s;
            }
        }
        throw new IllegalArgumentException("no start for " + init);
    }

    @Override
    public String toString() {
        return initializer == null ? "Scenario's weights" : Character.toUpperCase(Names.initializer(initializer).charAt(0))
                + Names.initializer(initializer).substring(1);
    }
}
