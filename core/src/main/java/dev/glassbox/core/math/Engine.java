package dev.glassbox.core.math;

import java.util.List;

/**
 * Trains a network on flat arrays, allocation-free: the fast path of bulk training. It computes
 * exactly the numbers of the reference {@link Backprop}, bit for bit (tests hold it to that over
 * every activation, loss, update mode and the topology limits), in an order chosen for speed.
 *
 * <p>Samples are computed a block at a time, layer by layer: the workspace holds one row per
 * neuron (inputs included) with one column per sample of the block, so every inner loop runs over
 * samples, whose iterations are independent, instead of over a neuron's few inputs. Each number is
 * still computed as for one sample alone, in the reference's order. In batch mode a block is up to
 * {@code BLOCK} samples; in online mode one sample, as each one updates the parameters for the next.
 *
 * <p>It trains a <em>training state</em> in place: the parameters, then the optimizer's memory
 * (laid out by {@link OptimizerState}; for plain gradient descent, the parameters alone). Each
 * update computes with {@link Backprop}'s own functions of one value ({@link Backprop#velocity},
 * {@link Backprop#adamStep} …), so the two cannot drift apart; plain gradient descent without
 * regularisation keeps a loop of its own, so that it pays nothing for the others.
 *
 * <p>Not thread-safe: it holds the workspace of the samples being computed.
 */
public final class Engine {
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
    private static final int SGD = 0;
    private static final int MOMENTUM = 1;
    private static final int ADAM = 2;

    private final Architecture architecture;
    private final int depth;
    private final int[] n;
    private final Activation[] f;
    private final Loss loss;
    private final Activation output;
    private final boolean cancellation;
    private final UpdateRule rule;
    private final boolean online;
    /** Plain gradient descent without regularisation: the loop of {@link #descendPlain}. */
    private final boolean plain;
    private final Regularization regularization;
    private final boolean regularized;
    /** {@code weight[k]}: whether flat index {@code k} is a weight (regularised), not a bias. */
    private final boolean[] weight;
    /** Which optimizer: {@link #SGD}, {@link #MOMENTUM} or {@link #ADAM}, with its constants. */
    private final int optimizer;
    private final double mu;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    /** The length of a training state, and where its moments and update count are. */
    private final int stateLength;
    private final int firstMoment;
    private final int secondMoment;
    private final int updateCount;
    /** {@code firstWeight[l]}, {@code firstBias[l]}: the flat index of weight layer {@code l}'s first weight and bias. */
    private final int[] firstWeight;
    private final int[] firstBias;
    /** Neuron {@code j} of layer {@code l} is neuron {@code firstNeuron[l] + j} of the network, and its workspace row. */
    private final int[] firstNeuron;
    private final int paramCount;

    private final int sampleCount;
    private final double[] xs;
    private final double[] ys;

    /** Neuron {@code m} on sample {@code blockStart + c} is at {@code [m · BLOCK + c]} (a constant stride, as for the loops). */
    private final double[] z;
    private final double[] a;
    private final double[] delta;
    /** A softmax layer's {@code max z} and {@code Σ e^(z − max z)} per column. */
    private final double[] columnMax = new double[BLOCK];
    private final double[] columnSum = new double[BLOCK];
    /** The gradient summed over the samples so far, flat. */
    private final double[] grad;
    /** Whether the block being computed starts the gradient sums from 0 (instead of adding to them). */
    private boolean sumsFromZero;
    /** Each sample's loss in the last epoch. */
    private final double[] losses;
    /** The index of the sample in the workspace's column 0. */
    private int blockStart;
    /**
     * The input rows hold samples {@code loadedStart …} in {@code loadedColumns} columns (kept
     * across calls: a training set of one block is loaded once).
     */
    private int loadedStart = -1;
    private int loadedColumns;
    /** Whether every parameter was finite after the last update. */
    private boolean parametersFinite = true;
    /** The neurons' health over each epoch, neuron {@code m} of the network being {@code m − n[0]} of it. */
    private final HealthTally health;

    /**
     * An engine for this network and training set, by plain gradient descent without regularisation.
     *
     * @param architecture the network
     * @param updateMode   batch or online
     * @param samples      the training set, each sample fitting the input and output layers
     */
    public Engine(Architecture architecture, UpdateMode updateMode, List<Sample> samples) {
        this(architecture, UpdateRule.sgd(updateMode), samples);
    }

    /**
     * An engine for this network, update rule and training set.
     *
     * @param architecture the network
     * @param rule         batch or online, the optimizer and the regularisation
     * @param samples      the training set, each sample fitting the input and output layers
     */
    public Engine(Architecture architecture, UpdateRule rule, List<Sample> samples) {
        this.architecture = architecture;
        this.n = architecture.sizeArray();
        this.depth = n.length - 1;
        this.f = new Activation[depth + 1];
        for (int l = 1; l <= depth; l++) {
            f[l] = architecture.activation(l);
        }
        this.loss = architecture.loss();
        this.output = f[depth];
        this.cancellation = architecture.cancellation();
        this.rule = rule;
        this.online = rule.mode() == UpdateMode.ONLINE;
        this.regularization = rule.regularization();
        this.regularized = regularization.active();
        this.weight = Parameters.weightMask(n);
        Optimizer o = rule.optimizer();
        this.optimizer = o instanceof Momentum ? MOMENTUM : o instanceof Adam ? ADAM : SGD;
        this.plain = optimizer == SGD && !regularized;
        this.mu = o instanceof Momentum m ? m.momentum() : 0.0;
        this.beta1 = o instanceof Adam adam ? adam.beta1() : 0.0;
        this.beta2 = o instanceof Adam adam ? adam.beta2() : 0.0;
        this.epsilon = o instanceof Adam adam ? adam.epsilon() : 0.0;
        this.firstWeight = new int[depth];
        this.firstBias = new int[depth];
        this.firstNeuron = new int[depth + 2];
        for (int l = 0; l < depth; l++) {
            firstWeight[l] = Parameters.weightIndex(n, l, 0, 0);
            firstBias[l] = Parameters.biasIndex(n, l, 0);
        }
        for (int l = 0; l <= depth; l++) {
            firstNeuron[l + 1] = firstNeuron[l] + n[l];
        }
        this.paramCount = Parameters.count(n);
        this.stateLength = OptimizerState.length(o, paramCount);
        this.firstMoment = OptimizerState.momentStart(0, paramCount);
        this.secondMoment = OptimizerState.momentStart(1, paramCount);
        this.updateCount = OptimizerState.countIndex(o, paramCount);
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
        int neurons = firstNeuron[depth + 1];
        this.z = new double[neurons * BLOCK];
        this.a = new double[neurons * BLOCK];
        this.delta = new double[neurons * BLOCK];
        this.grad = new double[paramCount];
        this.losses = new double[sampleCount];
        this.health = new HealthTally(neurons - n[0]);
    }

    /**
     * The network this engine trains.
     *
     * @return the architecture
     */
    public Architecture architecture() { return architecture; }

    /**
     * When and how the parameters change during an epoch.
     *
     * @return the update mode, the optimizer and the regularisation
     */
    public UpdateRule updateRule() { return rule; }

    /**
     * The number of training samples.
     *
     * @return the size of the training set
     */
    public int sampleCount() { return sampleCount; }

    /**
     * The number of weights and biases.
     *
     * @return the length of the flat parameter layout
     */
    public int parameterCount() { return paramCount; }

    /**
     * The length of a training state: the parameters, then the optimizer's memory ({@link OptimizerState}).
     *
     * @return {@link #parameterCount()} for plain gradient descent, more for momentum and Adam
     */
    public int stateLength() { return stateLength; }

    /**
     * Trains one epoch on {@code p} in place, as {@link Backprop#epoch} does.
     *
     * @param p   the training state ({@link #stateLength()} values: the flat parameters, then the
     *            optimizer's memory), updated in place
     * @param eta the learning rate {@code η}
     * @return the epoch's loss: the mean of the samples' losses (each from its forward pass, before
     *         its update) plus the penalty of the parameters at the epoch's start
     */
    public double trainEpoch(double[] p, double eta) {
        double penalty = Backprop.penalty(regularization, n, p);
        int step = online ? 1 : BLOCK;
        double lossSum = 0.0;
        for (int s0 = 0; s0 < sampleCount; s0 += step) {
            int s1 = Math.min(sampleCount, s0 + step);
            sumsFromZero = online || s0 == 0;
            forward(p, s0, s1 - s0);
            backward(p, s1 - s0);
            accumulate(s1 - s0);
            for (int s = s0; s < s1; s++) {
                lossSum += losses[s];
            }
            if (online) {
                descend(p, eta, 1);
            }
        }
        if (!online) {
            descend(p, eta, sampleCount);
        }
        return Backprop.regularizedLoss(lossSum / sampleCount, penalty);
    }

    /**
     * The dataset loss of {@code p}, as {@link Backprop#datasetLoss} (forward passes only).
     *
     * @param p the flat parameters, or a training state that starts with them (not modified)
     * @return the mean loss over the training set, plus the weights' penalty
     */
    public double datasetLoss(double[] p) {
        double lossSum = 0.0;
        for (int s0 = 0; s0 < sampleCount; s0 += BLOCK) {
            int s1 = Math.min(sampleCount, s0 + BLOCK);
            forward(p, s0, s1 - s0);
            for (int s = s0; s < s1; s++) {
                lossSum += sampleLoss(s);
            }
        }
        return Backprop.regularizedLoss(lossSum / sampleCount, Backprop.penalty(regularization, n, p));
    }

    /** {@code z = b + Σ w·a}, {@code a = f(z)}, layer by layer, for the {@code m} samples from {@code s0}. */
    private void forward(double[] p, int s0, int m) {
        blockStart = s0;
        if (s0 != loadedStart || m != loadedColumns) {
            for (int i = 0; i < n[0]; i++) {
                for (int c = 0; c < m; c++) {
                    a[i * BLOCK + c] = xs[(s0 + c) * n[0] + i];
                }
            }
            loadedStart = s0;
            loadedColumns = m;
        }
        for (int l = 0; l < depth; l++) {
            Activation fl = f[l + 1];
            int w = firstWeight[l];
            int b = firstBias[l];
            for (int j = firstNeuron[l + 1]; j < firstNeuron[l + 2]; j++) {
                int row = j * BLOCK;
                forwardSum(m, row, p[b++], p, w, firstNeuron[l], n[l]);
                w += n[l];
                if (fl != Activation.SOFTMAX) {
                    for (int c = 0; c < BLOCK && c < m; c++) {
                        a[row + c] = fl.a(z[row + c]);
                    }
                }
            }
            if (fl == Activation.SOFTMAX) {
                softmax(m, firstNeuron[l + 1], n[l + 1]);
            }
        }
    }

    /**
     * {@code a_k = e^(z_k − max z) / Σ_j e^(z_j − max z)} of the {@code count} rows from {@code first},
     * column by column, as {@link Backprop#softmax}: the max from the first row on, the sum from 0 in row order.
     */
    private void softmax(int m, int first, int count) {
        for (int c = 0; c < BLOCK && c < m; c++) {
            columnMax[c] = z[first * BLOCK + c];
        }
        for (int k = 1; k < count; k++) {
            int row = (first + k) * BLOCK;
            for (int c = 0; c < BLOCK && c < m; c++) {
                columnMax[c] = Math.max(columnMax[c], z[row + c]);
            }
        }
        for (int k = 0; k < count; k++) {
            int row = (first + k) * BLOCK;
            for (int c = 0; c < BLOCK && c < m; c++) {
                double e = Backprop.shiftedExp(z[row + c], columnMax[c]);
                a[row + c] = e;
                columnSum[c] = (k == 0 ? 0.0 : columnSum[c]) + e;
            }
        }
        for (int k = 0; k < count; k++) {
            int row = (first + k) * BLOCK;
            for (int c = 0; c < BLOCK && c < m; c++) {
                a[row + c] = a[row + c] / columnSum[c];
            }
        }
    }

    /**
     * {@code z = b + Σ_i w_i · a_i} into row {@code row}, for the first {@code m} columns: the bias
     * first, then the {@code count} rows from {@code from} with the weights {@code p[w …]}, in order.
     */
    private void forwardSum(int m, int row, double b, double[] p, int w, int from, int count) {
        double w0 = p[w];
        int a0 = from * BLOCK;
        for (int c = 0; c < BLOCK && c < m; c++) {
            z[row + c] = b + w0 * a[a0 + c];
        }
        for (int i = 1; i < count; i++) {
            double wi = p[w + i];
            int ai = (from + i) * BLOCK;
            for (int c = 0; c < BLOCK && c < m; c++) {
                z[row + c] += wi * a[ai + c];
            }
        }
    }

    /**
     * The backprop sum {@code Σ_k w_kj · δ_k} of hidden neuron {@code j} (weight layer {@code l}'s
     * column {@code j}) into its δ row {@code row}, for the first {@code m} columns: from 0 (as the
     * reference's sum, which turns a first term of −0 into +0), over the next layer's neurons in order.
     */
    private void backpropSum(int m, int row, double[] p, int l, int j) {
        int w = firstWeight[l] + j;
        int next = firstNeuron[l + 1];
        double w0 = p[w];
        int d0 = next * BLOCK;
        for (int c = 0; c < BLOCK && c < m; c++) {
            delta[row + c] = 0.0 + w0 * delta[d0 + c];
        }
        for (int k = 1; k < n[l + 1]; k++) {
            double wk = p[w + k * n[l]];
            int dk = (next + k) * BLOCK;
            for (int c = 0; c < BLOCK && c < m; c++) {
                delta[row + c] += wk * delta[dk + c];
            }
        }
    }

    /** The loss of sample {@code s}, which must be in the workspace. */
    private double sampleLoss(int s) {
        int c = s - blockStart;
        double sum = 0.0;
        for (int j = 0; j < n[depth]; j++) {
            sum += loss.loss(a[(firstNeuron[depth] + j) * BLOCK + c], ys[s * n[depth] + j], output);
        }
        return sum;
    }

    /**
     * {@code δ = rawError × slope}, from the output back to the first hidden layer. A hidden
     * neuron's raw error is its backprop sum, summed in its δ row before the slope multiplies it.
     * Each δ is added to its bias gradient here, and the samples' losses and the neurons' health
     * are tallied.
     */
    private void backward(double[] p, int m) {
        for (int l = depth; l >= 1; l--) {
            for (int j = firstNeuron[l]; j < firstNeuron[l + 1]; j++) {
                int row = j * BLOCK;
                if (l == depth) {
                    rawErrors(m, j - firstNeuron[l], row);
                } else {
                    backpropSum(m, row, p, l, j - firstNeuron[l]);
                }
                applySlope(m, l, j, row);
            }
        }
    }

    /**
     * {@code ∂L/∂a} of output neuron {@code j} into its δ row (with cancellation, δ itself:
     * {@code a − y}), and its loss added to each sample's loss, summed over the outputs in order
     * from 0 as in {@link #sampleLoss}.
     */
    private void rawErrors(int m, int j, int row) {
        int y = blockStart * n[depth] + j;
        for (int c = 0; c < BLOCK && c < m; c++, y += n[depth]) {
            double aj = a[row + c];
            delta[row + c] = cancellation ? aj - ys[y] : loss.rawError(aj, ys[y], output);
            losses[blockStart + c] = (j == 0 ? 0.0 : losses[blockStart + c]) + loss.loss(aj, ys[y], output);
        }
    }

    /**
     * {@code δ = rawError × slope} in row {@code row} (neuron {@code j} of the network, in layer
     * {@code l}; the cancelled output already holds δ), {@code ∂L/∂b += δ}, and the neuron's health.
     */
    private void applySlope(int m, int l, int j, int row) {
        Activation fl = f[l];
        boolean scale = !(cancellation && l == depth);
        int b = firstBias[l - 1] + j - firstNeuron[l];
        double gb = sumsFromZero ? 0.0 : grad[b];
        for (int c = 0; c < BLOCK && c < m; c++) {
            if (scale) {
                delta[row + c] *= fl.slope(z[row + c], a[row + c]);
            }
            gb += delta[row + c];
        }
        grad[b] = gb;
        observeHealth(m, fl, j, row);
    }

    /**
     * Tallies neuron {@code j}'s health on the block's samples, and after the epoch's last block
     * settles it. Not in {@link #applySlope}'s loop: a neuron that is neither saturated nor inactive
     * is almost always told by its first sample, so this loop mostly stops there.
     */
    private void observeHealth(int m, Activation fl, int j, int row) {
        int neuron = j - n[0];
        boolean saturated = blockStart == 0 || health.saturatedSoFar(neuron);
        boolean inactive = blockStart == 0 || health.inactiveSoFar(neuron);
        for (int c = 0; c < m && (saturated || inactive); c++) {
            double zj = z[row + c];
            saturated &= NeuronHealth.saturated(fl, fl.slope(zj, a[row + c]));
            inactive &= NeuronHealth.inactive(fl, zj);
        }
        health.tallied(neuron, saturated, inactive);
        if (blockStart + m == sampleCount) {
            health.settle(neuron);
        }
    }

    /** {@code ∂L/∂w += δ · a_from}, sample after sample (the biases' share is taken in {@link #backward}). */
    private void accumulate(int m) {
        for (int l = 0; l < depth; l++) {
            int w = firstWeight[l];
            for (int j = firstNeuron[l + 1]; j < firstNeuron[l + 2]; j++) {
                int row = j * BLOCK;
                for (int i = firstNeuron[l]; i < firstNeuron[l + 1]; i++) {
                    int from = i * BLOCK;
                    double g = sumsFromZero ? 0.0 : grad[w];
                    for (int c = 0; c < BLOCK && c < m; c++) {
                        g += delta[row + c] * a[from + c];
                    }
                    grad[w++] = g;
                }
            }
        }
    }

    /**
     * One update following the gradient {@code g / count} (the batch mean of the gradients summed
     * so far), as {@link Backprop#update}. When {@code count} is a power of two, {@code g / count} is
     * taken as {@code g · (1 / count)}: both round the same exact value, so the bits are the same,
     * without a division per parameter. Notes whether every new parameter is finite, in the same pass.
     */
    private void descend(double[] p, double eta, int count) {
        if (plain) {
            descendPlain(p, eta, count);
        } else {
            descendByRule(p, eta, count);
        }
    }

    /** {@link #descend} with the optimizer's step and the penalty's term. */
    private void descendByRule(double[] p, double eta, int count) {
        boolean powerOfTwo = (count & (count - 1)) == 0;
        double scale = 1.0 / count;
        long t = optimizer == ADAM ? (long) p[updateCount] + 1 : 0;
        double c1 = optimizer == ADAM ? Backprop.correction(beta1, t) : 0.0;
        double c2 = optimizer == ADAM ? Backprop.correction(beta2, t) : 0.0;
        long exponents = 0;
        for (int k = 0; k < paramCount; k++) {
            double g = powerOfTwo ? grad[k] * scale : grad[k] / count;
            if (regularized && weight[k]) {
                g = Backprop.regularized(g, Backprop.penaltySlope(regularization, p[k]));
            }
            double step;
            if (optimizer == MOMENTUM) {
                double v = Backprop.velocity(mu, p[firstMoment + k], g);
                p[firstMoment + k] = v;
                step = Backprop.momentumStep(eta, v);
            } else if (optimizer == ADAM) {
                double m = Backprop.firstMoment(beta1, p[firstMoment + k], g);
                double v = Backprop.secondMoment(beta2, p[secondMoment + k], g);
                p[firstMoment + k] = m;
                p[secondMoment + k] = v;
                step = Backprop.adamStep(eta, Backprop.corrected(m, c1), Backprop.corrected(v, c2), epsilon);
            } else {
                step = Backprop.sgdStep(eta, g);
            }
            double w = Backprop.descend(p[k], step);
            p[k] = w;
            exponents |= finiteTest(w);
        }
        if (optimizer == ADAM) {
            p[updateCount] = t;
        }
        parametersFinite = exponents >= 0;
    }

    /** {@link #descend} for plain gradient descent without regularisation: {@code w ← w − η · (g / count)}. */
    private void descendPlain(double[] p, double eta, int count) {
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
     *
     * @return whether the last epoch left every parameter finite
     */
    public boolean parametersFinite() {
        return parametersFinite;
    }

    /**
     * Whether a neuron was {@link NeuronHealth#saturated saturated} on every sample of the last epoch.
     *
     * @param l the layer, 1 … L
     * @param j the neuron's index in it
     * @return whether it was saturated throughout
     */
    public boolean saturatedThroughout(int l, int j) {
        return health.saturatedThroughout(firstNeuron[l] + j - n[0]);
    }

    /**
     * Whether a neuron was dead in the last epoch: {@link NeuronHealth#inactive inactive} on every sample.
     *
     * @param l the layer, 1 … L
     * @param j the neuron's index in it
     * @return whether it is a ReLU with {@code z ≤ 0} on every sample
     */
    public boolean deadThroughout(int l, int j) {
        return health.dead(firstNeuron[l] + j - n[0]);
    }

    /**
     * A number that changes whenever an epoch leaves any neuron's saturated or dead state different
     * from the epoch before (replays included), so a caller need not compare every neuron every epoch.
     *
     * @return the version of the neuron states
     */
    public long statesVersion() {
        return health.version();
    }

    /**
     * The last epoch's per-sample losses, by sample index: the engine's own array, overwritten by
     * the next epoch, so that recording them every epoch costs no copy. Read it; never modify it.
     *
     * @return the losses, one per sample
     */
    public double[] sampleLosses() {
        return losses;
    }
}
