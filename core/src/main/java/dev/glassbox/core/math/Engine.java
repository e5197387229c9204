package dev.glassbox.core.math;

import java.util.Arrays;
import java.util.List;

/**
 * Trains a network on flat arrays, allocation-free: the one place where the forward pass, the
 * backward pass and the update are written. The trace and the gradient check read the same
 * arithmetic through {@link SampleObserver}, so a traced epoch is bit-identical to a fast one.
 *
 * <p>Not thread-safe: it holds the workspace of the sample being computed.
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
    private final int[] nOff;
    private final int paramCount;

    private final int sampleCount;
    private final double[] xs;
    private final double[] ys;

    private final double[] z;
    private final double[] a;
    private final double[] delta;
    private final double[] grad;
    /** Each sample's loss in the last epoch. */
    private final double[] losses;

    /** Per neuron, over the last epoch: on how many samples it was saturated and had {@code z ≤ 0}. */
    private final int[] saturatedCount;
    private final int[] inactiveCount;

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
        this.z = new double[neurons];
        this.a = new double[neurons];
        this.delta = new double[neurons];
        this.grad = new double[paramCount];
        this.losses = new double[sampleCount];
        this.saturatedCount = new int[neurons];
        this.inactiveCount = new int[neurons];
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
        Arrays.fill(saturatedCount, 0);
        Arrays.fill(inactiveCount, 0);
        if (!online) {
            Arrays.fill(grad, 0.0);
        }
        double lossSum = 0.0;
        for (int s = 0; s < sampleCount; s++) {
            forward(p, s);
            losses[s] = sampleLoss(s);
            lossSum += losses[s];
            backward(p, s);
            countStates();
            if (observer != null) {
                observer.sampleDone(s, p, this);
            }
            if (online) {
                Arrays.fill(grad, 0.0);
                accumulate();
                descend(p, eta, 1.0);
            } else {
                accumulate();
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
        for (int s = 0; s < sampleCount; s++) {
            forward(p, s);
            lossSum += sampleLoss(s);
        }
        return lossSum / sampleCount;
    }

    /** The batch-mean gradient of the dataset loss at {@code p}, into {@code out} (flat layout). */
    public void gradient(double[] p, double[] out) {
        Arrays.fill(grad, 0.0);
        for (int s = 0; s < sampleCount; s++) {
            forward(p, s);
            backward(p, s);
            accumulate();
        }
        for (int k = 0; k < paramCount; k++) {
            out[k] = grad[k] / sampleCount;
        }
    }

    /** {@code z = Σ w·a + b}, {@code a = f(z)}, layer by layer, for sample {@code s}. */
    public void forward(double[] p, int s) {
        int in = n[0];
        System.arraycopy(xs, s * in, a, 0, in);
        for (int l = 0; l < depth; l++) {
            int from = nOff[l];
            int to = nOff[l + 1];
            int w = wOff[l];
            int b = bOff[l];
            Activation fl = f[l + 1];
            for (int j = 0; j < n[l + 1]; j++) {
                double zj = p[b + j];
                for (int i = 0; i < n[l]; i++) {
                    zj += p[w++] * a[from + i];
                }
                z[to + j] = zj;
                a[to + j] = fl.a(zj);
            }
        }
    }

    private double sampleLoss(int s) {
        int out = nOff[depth];
        int y = s * n[depth];
        double sum = 0.0;
        for (int j = 0; j < n[depth]; j++) {
            sum += loss.loss(a[out + j], ys[y + j]);
        }
        return sum;
    }

    /** {@code δ = rawError × slope}, from the output back to the first hidden layer. */
    private void backward(double[] p, int s) {
        int out = nOff[depth];
        int y = s * n[depth];
        Activation fo = f[depth];
        for (int j = 0; j < n[depth]; j++) {
            double aj = a[out + j];
            double yj = ys[y + j];
            delta[out + j] = cancellation ? aj - yj : loss.rawError(aj, yj) * fo.slope(z[out + j], aj);
        }
        for (int l = depth - 1; l >= 1; l--) {
            int here = nOff[l];
            int next = nOff[l + 1];
            int w = wOff[l];
            Activation fl = f[l];
            for (int j = 0; j < n[l]; j++) {
                double backpropSum = 0.0;
                for (int k = 0; k < n[l + 1]; k++) {
                    backpropSum += p[w + k * n[l] + j] * delta[next + k];
                }
                delta[here + j] = backpropSum * fl.slope(z[here + j], a[here + j]);
            }
        }
    }

    /** {@code ∂L/∂w += δ · a_from}, {@code ∂L/∂b += δ}. */
    private void accumulate() {
        for (int l = 0; l < depth; l++) {
            int from = nOff[l];
            int to = nOff[l + 1];
            int w = wOff[l];
            int b = bOff[l];
            for (int j = 0; j < n[l + 1]; j++) {
                double d = delta[to + j];
                for (int i = 0; i < n[l]; i++) {
                    grad[w++] += d * a[from + i];
                }
                grad[b + j] += d;
            }
        }
    }

    /** {@code w ← w − η · (g / count)}. */
    private void descend(double[] p, double eta, double count) {
        for (int k = 0; k < paramCount; k++) {
            p[k] -= eta * (grad[k] / count);
        }
    }

    private void countStates() {
        for (int l = 1; l <= depth; l++) {
            int off = nOff[l];
            Activation fl = f[l];
            for (int j = 0; j < n[l]; j++) {
                double zj = z[off + j];
                if (fl.isSaturated(fl.slope(zj, a[off + j]))) {
                    saturatedCount[off + j]++;
                }
                if (zj <= 0) {
                    inactiveCount[off + j]++;
                }
            }
        }
    }

    /** Whether neuron {@code j} of layer {@code l} was saturated on every sample of the last epoch. */
    public boolean saturatedThroughout(int l, int j) {
        return saturatedCount[nOff[l] + j] == sampleCount;
    }

    /** Whether neuron {@code j} of layer {@code l} is a ReLU with {@code z ≤ 0} on every sample of the last epoch. */
    public boolean deadThroughout(int l, int j) {
        return f[l] == Activation.RELU && inactiveCount[nOff[l] + j] == sampleCount;
    }

    /** {@code z} of neuron {@code j} of layer {@code l} for the sample last computed. */
    public double z(int l, int j) { return z[nOff[l] + j]; }

    /** {@code a} of neuron {@code j} of layer {@code l} for the sample last computed. */
    public double a(int l, int j) { return a[nOff[l] + j]; }

    /** {@code δ} of neuron {@code j} of layer {@code l} for the sample last computed. */
    public double delta(int l, int j) { return delta[nOff[l] + j]; }

    /** The target {@code y_j} of sample {@code s}. */
    public double y(int s, int j) { return ys[s * n[depth] + j]; }

    /** The loss of sample {@code s} in the last epoch (set once the sample's forward pass ran). */
    public double lossOf(int s) { return losses[s]; }

    /** Copies the last epoch's per-sample losses into {@code out} (at most {@code out.length} of them). */
    public void sampleLosses(double[] out) {
        System.arraycopy(losses, 0, out, 0, Math.min(out.length, sampleCount));
    }
}
