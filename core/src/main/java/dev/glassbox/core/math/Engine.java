package dev.glassbox.core.math;

import java.util.List;

/**
 * Trains a network on flat arrays, allocation-free: the one place where the forward pass, the
 * backward pass and the update are written. The trace and the gradient check read the same
 * arithmetic through {@link SampleObserver}, so a traced epoch is bit-identical to a fast one.
 *
 * <p>Samples are computed a block at a time, layer by layer: the workspace holds one row per
 * neuron (inputs included) with one column per sample of the block, so every inner loop runs over
 * samples, whose iterations are independent, instead of over a neuron's few inputs. Each number is
 * still computed as for one sample alone, in the same order. In batch mode a block is up to
 * {@code BLOCK} samples; in online mode one sample, as each one updates the parameters for the next.
 *
 * <p>Not thread-safe: it holds the workspace of the samples being computed.
 */
public final class Engine {
    /** Sees each sample after its backward pass (and, in online mode, before its update). */
    @FunctionalInterface
    public interface SampleObserver {
        /**
         * @param sample the sample's index
         * @param p      the flat parameters the sample was computed with (do not modify)
         * @param engine the engine, whose {@code z}, {@code a}, {@code delta} hold the sample's values
         */
        void sampleDone(int sample, double[] p, Engine engine);
    }

    /**
     * The most samples computed together. Every loop over the columns also tests
     * {@code c < BLOCK}: implied by {@code c < m}, but a bound known when compiled lets the JIT unroll
     * the loop whole, without a bounds check per column, whatever it inlines where. The width suits
     * the small training sets of the lessons: a block of 8 made xor much slower, and a large batch
     * set pays for it (64 samples: ~54 ns a sample, against ~34 with the former 64-wide blocks).
     */
    private static final int BLOCK = 4;
    /** The exponent bits of a double, and one in the exponent's lowest bit (see {@link #finiteTest}). */
    private static final long EXPONENT = 0x7ff0_0000_0000_0000L;
    private static final long EXPONENT_ONE = 0x0010_0000_0000_0000L;

    private final Architecture architecture;
    private final int depth;
    private final int[] n;
    private final Activation[] f;
    private final Loss loss;
    private final boolean cancellation;
    private final UpdateMode update;
    private final boolean online;
    private final int[] wOff;
    private final int[] bOff;
    /** Neuron {@code j} of layer {@code l} is neuron {@code nOff[l] + j} of the network. */
    private final int[] nOff;
    private final int paramCount;

    private final int sampleCount;
    private final double[] xs;
    private final double[] ys;

    /** Neuron {@code m} on sample {@code first + c} is at {@code [m · BLOCK + c]} (a constant stride, as for the loops). */
    private final double[] z;
    private final double[] a;
    private final double[] delta;
    private final double[] grad;
    /** Whether the block being computed starts the gradient sums over (instead of a fill with zeros). */
    private boolean freshSums;
    /** Each sample's loss in the last epoch. */
    private final double[] losses;
    /** The workspace holds samples from {@code first} on; the accessors report {@code current}. */
    private int first;
    private int current;
    /**
     * The input rows hold samples {@code inputsFirst …} in {@code inputsColumns} columns (kept
     * across calls: a training set of one block is loaded once).
     */
    private int inputsFirst = -1;
    private int inputsColumns;
    /** Whether every parameter was finite after the last update. */
    private boolean parametersFinite = true;

    /**
     * Per neuron, over the epoch's samples so far: whether it was saturated on all of them, and
     * (a ReLU) whether it had {@code z ≤ 0} on all of them.
     */
    private final boolean[] saturatedSoFar;
    private final boolean[] inactiveSoFar;
    /** Per neuron, its state after the last epoch, and a counter of changes to it. */
    private final boolean[] saturatedNow;
    private final boolean[] deadNow;
    private long statesVersion;
    /** Per layer, the slope below which a neuron counts as saturated ({@code −∞} if it cannot saturate). */
    private final double[] saturatedBelow;

    /** An engine for this network, update mode and training set. */
    public Engine(Architecture architecture, UpdateMode update, List<Sample> samples) {
        this.architecture = architecture;
        this.n = architecture.sizeArray();
        this.depth = n.length - 1;
        this.f = new Activation[depth + 1];
        for (int l = 1; l <= depth; l++) {
            f[l] = architecture.activation(l);
        }
        this.loss = architecture.loss();
        this.cancellation = architecture.cancellation();
        this.update = update;
        this.online = update == UpdateMode.ONLINE;
        this.wOff = new int[depth];
        this.bOff = new int[depth];
        this.nOff = new int[depth + 2];
        for (int l = 0; l < depth; l++) {
            wOff[l] = Parameters.weightIndex(n, l, 0, 0);
            bOff[l] = Parameters.biasIndex(n, l, 0);
        }
        for (int l = 0; l <= depth; l++) {
            nOff[l + 1] = nOff[l] + n[l];
        }
        this.paramCount = Parameters.count(n);
        this.sampleCount = samples.size();
        this.xs = new double[sampleCount * n[0]];
        this.ys = new double[sampleCount * n[depth]];
        for (int s = 0; s < sampleCount; s++) {
            Sample sample = samples.get(s);
            if (sample.x().size() != n[0] || sample.y().size() != n[depth]) {
                throw new IllegalArgumentException("sample " + s + " does not fit the layer sizes");
            }
            for (int i = 0; i < n[0]; i++) {
                xs[s * n[0] + i] = sample.x().get(i);
            }
            for (int j = 0; j < n[depth]; j++) {
                ys[s * n[depth] + j] = sample.y().get(j);
            }
        }
        int neurons = nOff[depth + 1];
        this.z = new double[neurons * BLOCK];
        this.a = new double[neurons * BLOCK];
        this.delta = new double[neurons * BLOCK];
        this.grad = new double[paramCount];
        this.losses = new double[sampleCount];
        this.saturatedSoFar = new boolean[neurons];
        this.saturatedNow = new boolean[neurons];
        this.deadNow = new boolean[neurons];
        this.saturatedBelow = new double[depth + 1];
        for (int l = 1; l <= depth; l++) {
            saturatedBelow[l] = f[l].saturationThreshold();
        }
        this.inactiveSoFar = new boolean[neurons];
    }

    /** The network this engine trains. */
    public Architecture architecture() { return architecture; }

    /** The update mode. */
    public UpdateMode update() { return update; }

    /** The number of training samples. */
    public int sampleCount() { return sampleCount; }

    /** The number of weights and biases. */
    public int parameterCount() { return paramCount; }

    /**
     * Runs one epoch on {@code p} in place with learning rate {@code eta} and returns the epoch's
     * mean loss (each sample's loss from its forward pass, before its update).
     */
    public double epoch(double[] p, double eta) {
        return epoch(p, eta, null);
    }

    /** {@link #epoch(double[], double)}, showing every sample to {@code observer} (may be null). */
    public double epoch(double[] p, double eta, SampleObserver observer) {
        int step = online ? 1 : BLOCK;
        double lossSum = 0.0;
        for (int s0 = 0; s0 < sampleCount; s0 += step) {
            int s1 = Math.min(sampleCount, s0 + step);
            freshSums = online || s0 == 0;
            compute(p, s0, s1 - s0, true);
            for (int s = s0; s < s1; s++) {
                lossSum += losses[s];
                if (observer != null) {
                    current = s;
                    observer.sampleDone(s, p, this);
                }
            }
            if (online) {
                descend(p, eta, 1);
            }
        }
        if (!online) {
            descend(p, eta, sampleCount);
        }
        return lossSum / sampleCount;
    }

    /** The mean loss of {@code p} over the training set (forward passes only). */
    public double datasetLoss(double[] p) {
        double lossSum = 0.0;
        for (int s0 = 0; s0 < sampleCount; s0 += BLOCK) {
            int s1 = Math.min(sampleCount, s0 + BLOCK);
            forward(p, s0, s1 - s0);
            for (int s = s0; s < s1; s++) {
                lossSum += sampleLoss(s);
            }
        }
        return lossSum / sampleCount;
    }

    /** The batch-mean gradient of the dataset loss at {@code p}, into {@code out} (flat layout). */
    public void gradient(double[] p, double[] out) {
        for (int s0 = 0; s0 < sampleCount; s0 += BLOCK) {
            freshSums = s0 == 0;
            compute(p, s0, Math.min(sampleCount, s0 + BLOCK) - s0, false);
        }
        for (int k = 0; k < paramCount; k++) {
            out[k] = grad[k] / sampleCount;
        }
    }

    /** The forward pass of sample {@code s} alone, for the accessors. */
    public void forward(double[] p, int s) {
        forward(p, s, 1);
    }

    /** Forward pass, backward pass and gradient sums of the {@code m} samples from {@code s0}. */
    private void compute(double[] p, int s0, int m, boolean record) {
        forward(p, s0, m);
        backward(p, m, record);
        accumulate(m);
    }

    /** {@code z = Σ w·a + b}, {@code a = f(z)}, layer by layer, for the {@code m} samples from {@code s0}. */
    private void forward(double[] p, int s0, int m) {
        first = s0;
        current = s0;
        if (s0 != inputsFirst || m != inputsColumns) {
            for (int i = 0; i < n[0]; i++) {
                for (int c = 0; c < m; c++) {
                    a[i * BLOCK + c] = xs[(s0 + c) * n[0] + i];
                }
            }
            inputsFirst = s0;
            inputsColumns = m;
        }
        for (int l = 0; l < depth; l++) {
            Activation fl = f[l + 1];
            int w = wOff[l];
            int b = bOff[l];
            for (int j = nOff[l + 1]; j < nOff[l + 2]; j++) {
                int row = j * BLOCK;
                weightedSum(m, z, row, p[b++], p, w, 1, a, nOff[l], n[l]);
                w += n[l];
                for (int c = 0; c < BLOCK && c < m; c++) {
                    a[row + c] = fl.a(z[row + c]);
                }
            }
        }
    }

    /**
     * {@code out = start + Σ_k p[w + k · stride] · src_k} in row {@code row}, for every column, summed
     * in {@code k} order, for the first {@code m} columns; {@code src_k} is row {@code from + k} of {@code src}.
     */
    private void weightedSum(int m, double[] out, int row, double start, double[] p, int w, int stride,
            double[] src, int from, int count) {
        double w0 = p[w];
        int src0 = from * BLOCK;
        for (int c = 0; c < BLOCK && c < m; c++) {
            out[row + c] = start + w0 * src[src0 + c];
        }
        for (int k = 1; k < count; k++) {
            double wk = p[w + k * stride];
            int srck = (from + k) * BLOCK;
            for (int c = 0; c < BLOCK && c < m; c++) {
                out[row + c] += wk * src[srck + c];
            }
        }
    }

    /** The loss of sample {@code s}, which must be in the workspace. */
    private double sampleLoss(int s) {
        int c = s - first;
        double sum = 0.0;
        for (int j = 0; j < n[depth]; j++) {
            sum += loss.loss(a[(nOff[depth] + j) * BLOCK + c], ys[s * n[depth] + j]);
        }
        return sum;
    }

    /**
     * {@code δ = rawError × slope}, from the output back to the first hidden layer. A hidden
     * neuron's raw error is its backprop sum {@code Σ w_next · δ_next}, summed in its δ row before
     * the slope multiplies it. Each δ is added to its bias gradient here. With {@code record} (an
     * epoch, not a gradient evaluation) the samples' losses and the neuron states are kept.
     */
    private void backward(double[] p, int m, boolean record) {
        for (int l = depth; l >= 1; l--) {
            for (int j = nOff[l]; j < nOff[l + 1]; j++) {
                int row = j * BLOCK;
                if (l == depth) {
                    rawErrors(m, j - nOff[l], row, record);
                } else {
                    weightedSum(m, delta, row, 0.0, p, wOff[l] + j - nOff[l], n[l], delta, nOff[l + 1], n[l + 1]);
                }
                applySlope(m, l, j, row, record);
            }
        }
    }

    /**
     * {@code ∂L/∂a} of output neuron {@code j} into its δ row (with cancellation, δ itself:
     * {@code a − y}); with {@code record}, its loss added to each sample's loss, summed over the
     * outputs in order from 0 as in {@link #sampleLoss}.
     */
    private void rawErrors(int m, int j, int row, boolean record) {
        int y = first * n[depth] + j;
        for (int c = 0; c < BLOCK && c < m; c++, y += n[depth]) {
            double aj = a[row + c];
            delta[row + c] = cancellation ? aj - ys[y] : loss.rawError(aj, ys[y]);
            if (record) {
                losses[first + c] = (j == 0 ? 0.0 : losses[first + c]) + loss.loss(aj, ys[y]);
            }
        }
    }

    /**
     * {@code δ = rawError × slope} in row {@code row} (neuron {@code j} of the network, in layer
     * {@code l}; the cancelled output already holds δ), {@code ∂L/∂b += δ}, and with {@code record}
     * the neuron's state.
     */
    private void applySlope(int m, int l, int j, int row, boolean record) {
        Activation fl = f[l];
        boolean scale = !(cancellation && l == depth);
        int b = bOff[l - 1] + j - nOff[l];
        double gb = freshSums ? 0.0 : grad[b];
        for (int c = 0; c < BLOCK && c < m; c++) {
            if (scale) {
                delta[row + c] *= fl.slope(z[row + c], a[row + c]);
            }
            gb += delta[row + c];
        }
        grad[b] = gb;
        if (record) {
            noteState(m, l, j, row);
        }
    }

    /**
     * Whether neuron {@code j} (in layer {@code l}) stays saturated, and for a ReLU inactive
     * ({@code z ≤ 0}), on the block's samples too; after the epoch's last block, its state for the
     * epoch, with a new version if it changed. Not in {@link #applySlope}'s loop: a neuron that is
     * neither is almost always told by its first sample, so this loop mostly stops there.
     */
    private void noteState(int m, int l, int j, int row) {
        Activation fl = f[l];
        double below = saturatedBelow[l];
        boolean saturated = first == 0 || saturatedSoFar[j];
        boolean inactive = fl == Activation.RELU && (first == 0 || inactiveSoFar[j]);
        for (int c = 0; c < m && (saturated || inactive); c++) {
            double zj = z[row + c];
            saturated &= fl.slope(zj, a[row + c]) < below;
            inactive &= zj <= 0;
        }
        saturatedSoFar[j] = saturated;
        inactiveSoFar[j] = inactive;
        if (first + m == sampleCount && (saturated != saturatedNow[j] || inactive != deadNow[j])) {
            saturatedNow[j] = saturated;
            deadNow[j] = inactive;
            statesVersion++;
        }
    }

    /** {@code ∂L/∂w += δ · a_from}, sample after sample (the biases' share is taken in {@link #backward}). */
    private void accumulate(int m) {
        for (int l = 0; l < depth; l++) {
            int w = wOff[l];
            for (int j = nOff[l + 1]; j < nOff[l + 2]; j++) {
                int row = j * BLOCK;
                for (int i = nOff[l]; i < nOff[l + 1]; i++) {
                    int from = i * BLOCK;
                    double g = freshSums ? 0.0 : grad[w];
                    for (int c = 0; c < BLOCK && c < m; c++) {
                        g += delta[row + c] * a[from + c];
                    }
                    grad[w++] = g;
                }
            }
        }
    }

    /**
     * {@code w ← w − η · (g / count)}. When {@code count} is a power of two, {@code g / count} is
     * taken as {@code g · (1 / count)}: both round the same exact value, so the bits are the same,
     * without a division per parameter. Notes whether every new parameter is finite, in the same pass.
     */
    private void descend(double[] p, double eta, int count) {
        boolean powerOfTwo = (count & (count - 1)) == 0;
        double scale = 1.0 / count;
        long exponents = 0;
        for (int k = 0; k < paramCount; k++) {
            double g = powerOfTwo ? grad[k] * scale : grad[k] / count;
            double w = p[k] - eta * g;
            p[k] = w;
            exponents |= finiteTest(w);
        }
        parametersFinite = exponents >= 0;
    }

    /**
     * Negative exactly when {@code v} is infinite or NaN: its exponent bits, all ones only then,
     * plus one in the exponent's lowest bit carry into the sign bit. An OR of these over many
     * values is a one-cycle chain, where summing {@code v · 0} would wait on every addition.
     */
    private static long finiteTest(double v) {
        return (Double.doubleToRawLongBits(v) & EXPONENT) + EXPONENT_ONE;
    }

    /**
     * Whether every parameter was finite after the last epoch's updates. An infinite or
     * NaN parameter never turns finite again in later updates, so in online mode the last update
     * of the epoch answers for all of them.
     */
    public boolean parametersFinite() {
        return parametersFinite;
    }

    /** Whether neuron {@code j} of layer {@code l} was saturated on every sample of the last epoch. */
    public boolean saturatedThroughout(int l, int j) {
        return saturatedNow[nOff[l] + j];
    }

    /** Whether neuron {@code j} of layer {@code l} is a ReLU with {@code z ≤ 0} on every sample of the last epoch. */
    public boolean deadThroughout(int l, int j) {
        return deadNow[nOff[l] + j];
    }

    /**
     * A number that changes whenever an epoch leaves any neuron's saturated or dead state different
     * from the epoch before (replays included), so a caller need not compare every neuron every epoch.
     */
    public long statesVersion() {
        return statesVersion;
    }

    /** {@code z} of neuron {@code j} of layer {@code l} for the sample last computed (or observed). */
    public double z(int l, int j) { return z[at(l, j)]; }

    /** {@code a} of neuron {@code j} of layer {@code l} for the sample last computed (or observed). */
    public double a(int l, int j) { return a[at(l, j)]; }

    /** {@code δ} of neuron {@code j} of layer {@code l} for the sample last computed (or observed). */
    public double delta(int l, int j) { return delta[at(l, j)]; }

    private int at(int l, int j) {
        return (nOff[l] + j) * BLOCK + current - first;
    }

    /** The target {@code y_j} of sample {@code s}. */
    public double y(int s, int j) { return ys[s * n[depth] + j]; }

    /** The loss of sample {@code s} in the last epoch (set once the sample's forward pass ran). */
    public double lossOf(int s) { return losses[s]; }

    /**
     * The last epoch's per-sample losses, by sample index: the engine's own array, overwritten by
     * the next epoch, so that recording them every epoch costs no copy. Read it; never modify it.
     */
    public double[] sampleLosses() {
        return losses;
    }
}
