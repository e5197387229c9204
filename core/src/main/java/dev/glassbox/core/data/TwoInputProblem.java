package dev.glassbox.core.data;

import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A two-input classification problem drawn from a seed, in the plane around the origin (points
 * mostly within ±1, where tanh and sigmoid neurons are not yet saturated). Each sample has inputs
 * {@code (x₁, x₂)} and one target, 1 or 0 (for a sigmoid output). Samples alternate between the
 * classes — sample {@code s} has target 1 when {@code s} is even — so any count is balanced within
 * one sample.
 *
 * <p>Noise: every coordinate gains {@code noise · N(0, 1)} after its target is decided, so a noisy
 * point may lie on the other side of the boundary it was drawn by. One {@link SplittableRandom}
 * seeded with the seed draws everything in sample order, and the functions used are those of
 * {@link StrictMath}, so a seed gives the same samples, bit for bit, on every machine.
 */
public enum TwoInputProblem {
    /** Class 1 inside a disc of radius 0.5, class 0 in the ring from 0.7 to 1 around it. */
    CIRCLE("circle", "Circle") {
        @Override
        double[] point(boolean positive, int s, int count, SplittableRandom random) {
            double r = positive ? INNER_RADIUS * random.nextDouble() : RING_FROM + (1 - RING_FROM) * random.nextDouble();
            double theta = 2 * Math.PI * random.nextDouble();
            return polar(r, theta);
        }
    },
    /** Two round Gaussian blobs of spread {@link #BLOB_SPREAD}: class 1 around (0.5, 0.5), class 0 around (−0.5, −0.5). */
    BLOBS("blobs", "Two Gaussian blobs") {
        @Override
        double[] point(boolean positive, int s, int count, SplittableRandom random) {
            double centre = positive ? BLOB_CENTRE : -BLOB_CENTRE;
            return new double[] {centre + BLOB_SPREAD * gaussian(random), centre + BLOB_SPREAD * gaussian(random)};
        }
    },
    /**
     * Two interleaved spiral arms of 1.75 turns each, from the origin out to radius 1, the arm of
     * class 0 turned half a turn from the arm of class 1 (as TensorFlow Playground's spiral).
     */
    SPIRAL("spiral", "Spiral") {
        @Override
        double[] point(boolean positive, int s, int count, SplittableRandom random) {
            int arm = (count + (positive ? 1 : 0)) / 2;   // the samples on this sample's arm
            // how far along its arm, above 0 and below 1 (half a step out, so the arms do not meet at the origin)
            double share = (s / 2 + 0.5) / arm;
            double t = SPIRAL_TURNS * 2 * Math.PI * share + (positive ? 0 : Math.PI);
            return polar(share, t);
        }
    },
    /**
     * Points uniform in the square ±1, kept {@link #AXIS_GAP} away from the axes; class 1 where
     * exactly one coordinate is positive (the quadrants of XOR).
     */
    XOR_QUADRANTS("xor-quadrants", "XOR quadrants") {
        @Override
        double[] point(boolean positive, int s, int count, SplittableRandom random) {
            double x1 = random.nextBoolean() ? offAxis(random) : -offAxis(random);
            // class 1 needs opposite signs, class 0 equal ones: the second coordinate's sign follows
            double x2 = Math.signum(x1) * (positive ? -1 : 1) * offAxis(random);
            return new double[] {x1, x2};
        }
    };

    /** The most noise: a standard deviation as large as the problem's radius. */
    public static final double MAX_NOISE = 1.0;
    /** The circle's inner class lies within this radius. */
    public static final double INNER_RADIUS = 0.5;
    /** The circle's outer class lies from this radius out to 1. */
    public static final double RING_FROM = 0.7;
    /** The blobs' centres are at ±(this, this). */
    public static final double BLOB_CENTRE = 0.5;
    /** The standard deviation of a blob around its centre, before noise. */
    public static final double BLOB_SPREAD = 0.25;
    /** The turns of each spiral arm. */
    public static final double SPIRAL_TURNS = 1.75;
    /** XOR quadrants' points keep this far from the axes. */
    public static final double AXIS_GAP = 0.1;

    private final String id;
    private final String title;

    TwoInputProblem(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /**
     * A sample's point before noise.
     *
     * @param positive whether it belongs to class 1
     * @param s        its index among all samples
     * @param count    the number of samples
     * @param random   the draw, shared by every sample in order
     * @return {@code (x₁, x₂)}
     */
    abstract double[] point(boolean positive, int s, int count, SplittableRandom random);

    /**
     * The training set.
     *
     * @param count the number of samples, 1 to {@link Scenario#MAX_SAMPLES}
     * @param noise the standard deviation of the noise on each coordinate, 0 to {@link #MAX_NOISE}
     * @param seed  the seed of the draw
     * @return {@code count} samples, targets alternating 1, 0, 1, …
     * @throws IllegalArgumentException naming {@code count} or {@code noise} if it is out of range
     */
    public List<Sample> samples(int count, double noise, long seed) {
        if (count < 1 || count > Scenario.MAX_SAMPLES) {
            throw new IllegalArgumentException("count: must be a whole number from 1 to " + Scenario.MAX_SAMPLES
                    + ", got " + count);
        }
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("noise: must be a number from 0 to " + MAX_NOISE + ", got " + noise);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Sample> samples = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            boolean positive = s % 2 == 0;
            double[] x = point(positive, s, count, random);
            for (int i = 0; i < x.length; i++) {
                x[i] += noise * gaussian(random);
            }
            samples.add(Sample.of(x, new double[] {positive ? 1 : 0}));
        }
        return samples;
    }

    /**
     * The name used in files and on the command line.
     *
     * @return e.g. {@code "xor-quadrants"}
     */
    public String id() { return id; }

    /**
     * The problem's name for people.
     *
     * @return e.g. {@code "Two Gaussian blobs"}
     */
    public String title() { return title; }

    /** The point at radius {@code r} and angle {@code theta}. */
    private static double[] polar(double r, double theta) {
        return new double[] {r * StrictMath.cos(theta), r * StrictMath.sin(theta)};
    }

    /** A standard normal draw by Box–Muller: √(−2 ln u₁) · cos(2π u₂), u₁ in (0, 1]. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
    }

    /** A coordinate's size, uniform from {@link #AXIS_GAP} to 1. */
    private static double offAxis(SplittableRandom random) {
        return AXIS_GAP + (1 - AXIS_GAP) * random.nextDouble();
    }
}
