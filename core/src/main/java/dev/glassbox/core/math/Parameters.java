package dev.glassbox.core.math;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable set of weights and biases (or of anything shaped like them, such as gradients).
 * {@code weight(l, j, i)} connects neuron {@code i} of layer {@code l} to neuron {@code j} of
 * layer {@code l+1}; {@code bias(l, j)} belongs to neuron {@code j} of layer {@code l+1}.
 *
 * <p>Internally flat: the weights of each layer, row by row, then its biases, layer after layer —
 * the layout the {@link Engine} trains on.
 */
public final class Parameters {
    private final int[] sizes;
    private final double[] flat;
    /** {@code offsets[l]}: the flat index of weight layer {@code l}'s first weight (read on every access). */
    private final int[] offsets;

    private Parameters(int[] sizes, double[] flat) {
        this.sizes = sizes;
        this.flat = flat;
        this.offsets = new int[Math.max(sizes.length - 1, 0)];
        for (int l = 0; l < offsets.length; l++) {
            offsets[l] = layerOffset(sizes, l);
        }
    }

    /** Parameters holding {@code flat} itself, not a copy: for a caller that never writes to it again. */
    static Parameters adopt(int[] sizes, double[] flat) {
        return new Parameters(sizes, flat);
    }

    /**
     * {@return parameters from nested arrays {@code weights[l][j][i]} and {@code biases[l][j]} (copied)}
     *
     * @param weights {@code weights[l][j][i]}: from neuron {@code i} of layer {@code l} to neuron {@code j} of layer {@code l+1}
     * @param biases {@code biases[l][j]}: of neuron {@code j} of layer {@code l+1}
     */
    public static Parameters of(double[][][] weights, double[][] biases) {
        if (weights.length != biases.length || weights.length == 0) {
            throw new IllegalArgumentException("weights and biases need one entry per weight layer");
        }
        int[] sizes = new int[weights.length + 1];
        sizes[0] = weights[0].length == 0 ? 0 : weights[0][0].length;
        for (int l = 0; l < weights.length; l++) {
            sizes[l + 1] = weights[l].length;
        }
        double[] flat = new double[count(sizes)];
        int k = 0;
        for (int l = 0; l < weights.length; l++) {
            if (biases[l].length != sizes[l + 1]) {
                throw new IllegalArgumentException("biases[" + l + "] needs " + sizes[l + 1] + " values");
            }
            for (int j = 0; j < sizes[l + 1]; j++) {
                if (weights[l][j].length != sizes[l]) {
                    throw new IllegalArgumentException("weights[" + l + "][" + j + "] needs " + sizes[l] + " values");
                }
                System.arraycopy(weights[l][j], 0, flat, k, sizes[l]);
                k += sizes[l];
            }
            System.arraycopy(biases[l], 0, flat, k, sizes[l + 1]);
            k += sizes[l + 1];
        }
        return new Parameters(sizes, flat);
    }

    /**
     * {@return parameters for layer sizes {@code sizes} from the flat layout (copied)}
     *
     * @param sizes the layer sizes, inputs first
     * @param flat every weight and bias in the flat layout
     * @throws IllegalArgumentException if {@code flat} does not hold one value per weight and bias
     */
    public static Parameters ofFlat(int[] sizes, double[] flat) {
        if (flat.length != count(sizes)) {
            throw new IllegalArgumentException("expected " + count(sizes) + " values, got " + flat.length);
        }
        return new Parameters(sizes.clone(), flat.clone());
    }

    /**
     * {@return all zeros, for layer sizes {@code sizes}}
     *
     * @param sizes the layer sizes, inputs first
     */
    public static Parameters zeros(int[] sizes) {
        return new Parameters(sizes.clone(), new double[count(sizes)]);
    }

    /**
     * {@return the number of weights and biases of a network with these layer sizes}
     *
     * @param sizes the layer sizes, inputs first
     */
    public static int count(int[] sizes) {
        int n = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            n += sizes[l + 1] * (sizes[l] + 1);
        }
        return n;
    }

    /**
     * {@return the flat index of {@code weight(l, j, i)}}
     *
     * @param sizes the layer sizes
     * @param l the weight layer, from 0
     * @param j the receiving neuron's index in layer {@code l+1}
     * @param i the sending neuron's index in layer {@code l}
     */
    public static int weightIndex(int[] sizes, int l, int j, int i) {
        return weightIndex(layerOffset(sizes, l), sizes, l, j, i);
    }

    /**
     * {@return the flat index of {@code bias(l, j)}}
     *
     * @param sizes the layer sizes
     * @param l the weight layer, from 0
     * @param j the neuron's index in layer {@code l+1}
     */
    public static int biasIndex(int[] sizes, int l, int j) {
        return biasIndex(layerOffset(sizes, l), sizes, l, j);
    }

    /** The layout of weight layer {@code l} from its first flat index {@code offset}: rows of weights, then biases. */
    private static int weightIndex(int offset, int[] sizes, int l, int j, int i) {
        return offset + j * sizes[l] + i;
    }

    private static int biasIndex(int offset, int[] sizes, int l, int j) {
        return offset + sizes[l + 1] * sizes[l] + j;
    }

    private static int layerOffset(int[] sizes, int l) {
        int k = 0;
        for (int m = 0; m < l; m++) {
            k += sizes[m + 1] * (sizes[m] + 1);
        }
        return k;
    }

    /** {@return the layer sizes} */
    public List<Integer> sizes() {
        return Arrays.stream(sizes).boxed().toList();
    }

    /**
     * {@return the weight from neuron {@code i} of layer {@code l} to neuron {@code j} of layer {@code l+1}}
     *
     * @param l the weight layer, from 0
     * @param j the receiving neuron's index in layer {@code l+1}
     * @param i the sending neuron's index in layer {@code l}
     */
    public double weight(int l, int j, int i) {
        return flat[weightIndex(offsets[l], sizes, l, j, i)];
    }

    /**
     * {@return the weight of a connection}
     *
     * @param c the connection
     */
    public double weight(Connection c) {
        return weight(c.layer(), c.to(), c.from());
    }

    /**
     * {@return the bias of neuron {@code j} of layer {@code l+1}}
     *
     * @param l the weight layer, from 0
     * @param j the neuron's index in layer {@code l+1}
     */
    public double bias(int l, int j) {
        return flat[biasIndex(offsets[l], sizes, l, j)];
    }

    /** {@return the number of values} */
    public int count() {
        return flat.length;
    }

    /** Value {@code k} of the flat layout. */
    double value(int k) {
        return flat[k];
    }

    /** The flat values themselves, for a sum over them (do not modify). */
    double[] flatValues() {
        return flat;
    }

    /** {@code mask[k]}: whether flat index {@code k} of a network of these sizes is a weight (not a bias). */
    static boolean[] weightMask(int[] sizes) {
        boolean[] mask = new boolean[count(sizes)];
        for (int l = 0; l + 1 < sizes.length; l++) {
            int first = weightIndex(sizes, l, 0, 0);
            Arrays.fill(mask, first, first + sizes[l + 1] * sizes[l], true);
        }
        return mask;
    }

    /** The layer sizes, for a new value of this shape (do not modify). */
    int[] sizeArray() {
        return sizes;
    }

    /** {@return a copy of the flat values} */
    public double[] toFlat() {
        return flat.clone();
    }

    /** {@return a copy as nested arrays {@code weights[l][j][i]}} */
    public double[][][] weights() {
        double[][][] w = new double[sizes.length - 1][][];
        for (int l = 0; l < w.length; l++) {
            w[l] = new double[sizes[l + 1]][sizes[l]];
            for (int j = 0; j < sizes[l + 1]; j++) {
                System.arraycopy(flat, weightIndex(sizes, l, j, 0), w[l][j], 0, sizes[l]);
            }
        }
        return w;
    }

    /** {@return a copy as nested arrays {@code biases[l][j]}} */
    public double[][] biases() {
        double[][] b = new double[sizes.length - 1][];
        for (int l = 0; l < b.length; l++) {
            b[l] = new double[sizes[l + 1]];
            System.arraycopy(flat, biasIndex(sizes, l, 0), b[l], 0, sizes[l + 1]);
        }
        return b;
    }

    /** {@return whether every value is finite} */
    public boolean isFinite() {
        for (double v : flat) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return {@code this − other}, value by value}
     *
     * @param other parameters of the same layer sizes
     */
    public Parameters minus(Parameters other) {
        double[] d = new double[flat.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = flat[k] - other.flat[k];
        }
        return new Parameters(sizes, d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && Arrays.equals(sizes, p.sizes) && Arrays.equals(flat, p.flat);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sizes) + Arrays.hashCode(flat);
    }

    @Override
    public String toString() {
        return "Parameters" + Arrays.deepToString(weights()) + Arrays.deepToString(biases());
    }
}
