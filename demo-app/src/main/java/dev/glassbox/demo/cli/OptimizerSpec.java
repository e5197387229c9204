package dev.glassbox.demo.cli;

import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.Sgd;

/**
 * An optimizer written on the command line: {@code sgd}, {@code momentum:μ}, {@code adam} (its
 * defaults) or {@code adam:β1:β2:ε}. The numbers' rules are the scenario's, checked when the
 * scenario is built; this only reads the words.
 */
public final class OptimizerSpec {
    /** How the options describe the syntax. */
    public static final String SYNTAX = Sgd.ID + ", " + Momentum.ID + ":μ, " + Adam.ID + " or " + Adam.ID + ":β1:β2:ε";

    private OptimizerSpec() {
    }

    /**
     * The optimizer {@code spec} names.
     *
     * @param spec   the text, e.g. {@code "momentum:0.9"}
     * @param option the option it was given to, for the message
     * @return the optimizer
     * @throws IllegalArgumentException with a message naming the option and the syntax
     */
    public static Optimizer parse(String spec, String option) {
        String[] parts = spec.split(":", -1);
        try {
            switch (parts[0]) {
                case Sgd.ID:
                    if (parts.length == 1) {
                        return Optimizer.SGD;
                    }
                    break;
                case Momentum.ID:
                    if (parts.length == 2) {
                        return new Momentum(Double.parseDouble(parts[1]));
                    }
                    break;
                case Adam.ID:
                    if (parts.length == 1) {
                        return Adam.withDefaults();
                    }
                    if (parts.length == 4) {
                        return new Adam(Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                                Double.parseDouble(parts[3]));
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            // reported below, as any other misspelling
        }
        throw new IllegalArgumentException(option + " takes " + SYNTAX + ", got '" + spec + "'");
    }

    /**
     * The optimizer written as {@link #parse} reads it, every number in full.
     *
     * @param o the optimizer
     * @return e.g. {@code "momentum:0.9"} or {@code "adam:0.9:0.999:1.0E-8"}
     */
    public static String label(Optimizer o) {
        if (o instanceof Momentum m) {
            return Momentum.ID + ":" + m.momentum();
        }
        if (o instanceof Adam a) {
            return Adam.ID + ":" + a.beta1() + ":" + a.beta2() + ":" + a.epsilon();
        }
        return o.id();
    }
}
