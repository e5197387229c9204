package dev.glassbox.core.math;

import java.util.SplittableRandom;

/**
 * How the starting weights are drawn from a seed. Every random initialiser draws each weight
 * uniformly in ±r, layer by layer ({@code l}), row by row ({@code j}), column by column ({@code i}),
 * from one {@link SplittableRandom} seeded with the seed ({@code nextDouble(-r, r)}); only the
 * bound {@code r} of a layer differs. Every bias starts at 0. The same seed gives the same weights
 * on every machine, in the GUI, in a file and on the command line.
 */
public enum Initializer {
    /** Xavier/Glorot, uniform: {@code r = √(6 / (fan-in + fan-out))}. The default. */
    XAVIER("xavier", "±√(6 / (fan-in + fan-out))") {
        @Override public double bound(int fanIn, int fanOut) { return Math.sqrt(6.0 / (fanIn + fanOut)); }
    },
    /** He (Kaiming), uniform: {@code r = √(6 / fan-in)}, for ReLU layers (variance 2 / fan-in). */
    HE("he", "±√(6 / fan-in)") {
        @Override public double bound(int fanIn, int fanOut) { return Math.sqrt(6.0 / fanIn); }
    },
    /** Plain uniform in ±{@link #UNIFORM_BOUND}, whatever the layer's size (as TensorFlow Playground). */
    UNIFORM("uniform", "±0.5") {
        @Override public double bound(int fanIn, int fanOut) { return UNIFORM_BOUND; }
    },
    /**
     * Every weight 0 (no draw at all): the neurons of a hidden layer then compute the same thing
     * and receive the same gradient, so they stay identical however long they train — the symmetry
     * problem random initialisation exists to break.
     */
    ZEROS("zeros", "0") {
        @Override public double bound(int fanIn, int fanOut) { return 0.0; }
    };

    /** The bound of {@link #UNIFORM}. */
    public static final double UNIFORM_BOUND = 0.5;

    private final String id;
    private final String range;

    Initializer(String id, String range) {
        this.id = id;
        this.range = range;
    }

    /**
     * The bound r of a layer's weights, drawn in ±r.
     *
     * @param fanIn  the neurons feeding the layer, {@code n(l)}
     * @param fanOut the neurons of the layer, {@code n(l+1)}
     * @return {@code r}, at least 0
     */
    public abstract double bound(int fanIn, int fanOut);

    /**
     * The starting parameters of a network.
     *
     * @param sizes the layer sizes, input first
     * @param seed  the seed of the draw
     * @return weights drawn in ±{@link #bound} of their layer, every bias 0
     */
    public Parameters parameters(int[] sizes, long seed) {
        double[] flat = new double[Parameters.count(sizes)];
        SplittableRandom random = new SplittableRandom(seed);
        for (int l = 0; l + 1 < sizes.length; l++) {
            double r = bound(sizes[l], sizes[l + 1]);
            for (int j = 0; j < sizes[l + 1]; j++) {
                for (int i = 0; i < sizes[l]; i++) {
                    flat[Parameters.weightIndex(sizes, l, j, i)] = r == 0 ? 0.0 : random.nextDouble(-r, r);
                }
            }
        }
        return Parameters.ofFlat(sizes, flat);
    }

    /**
     * The name used in scenario files and on the command line.
     *
     * @return {@code "xavier"}, {@code "he"}, {@code "uniform"} or {@code "zeros"}
     */
    public String id() { return id; }

    /**
     * The range of a weight, for display.
     *
     * @return e.g. {@code "±√(6 / fan-in)"}
     */
    public String range() { return range; }
}
