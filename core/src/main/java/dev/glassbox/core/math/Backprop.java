package dev.glassbox.core.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Backpropagation as it is taught, one formula a line: the reference the trace and the gradient
 * check compute with. The {@link Engine} computes the same numbers on flat arrays, many samples at
 * a time, for speed; tests hold it to these functions bit for bit, so every sum here is written in
 * the order the engine adds (a bias first, then the inputs in order; a backprop sum from 0, in the
 * order of the next layer's neurons; gradients over the samples from 0, in sample order).
 *
 * <p>Layers are numbered 0 (inputs) … L; neuron {@code j} of layer {@code l ≥ 1} has the weights
 * {@code w_ji = weight(l − 1, j, i)} from the layer below and the bias {@code b_j = bias(l − 1, j)}.
 */
public final class Backprop {
    private Backprop() {
    }

    // ---------------------------------------------------------------- one neuron, one formula

    /**
     * The weighted input {@code z_j = b_j + Σ_i w_ji · a_i}.
     *
     * @param p     the parameters
     * @param l     the neuron's layer, 1 … L
     * @param j     the neuron's index in its layer
     * @param below the activations {@code a_i} of layer {@code l − 1}
     * @return {@code z_j}, summed from the bias in the order of {@code i}
     */
    public static double z(Parameters p, int l, int j, double[] below) {
        double z = p.bias(l - 1, j);
        for (int i = 0; i < below.length; i++) {
            z += p.weight(l - 1, j, i) * below[i];
        }
        return z;
    }

    /**
     * The activation {@code a = f(z)}.
     *
     * @param f the layer's activation function
     * @param z the weighted input
     * @return {@code f(z)}
     */
    public static double a(Activation f, double z) {
        return f.a(z);
    }

    /**
     * The slope {@code f′(z)}.
     *
     * @param f the layer's activation function
     * @param z the weighted input
     * @param a the activation {@code f(z)}, in which some slopes are written
     * @return {@code f′(z)}
     */
    public static double slope(Activation f, double z, double a) {
        return f.slope(z, a);
    }

    /**
     * An output neuron's raw error {@code ∂L/∂a}.
     *
     * @param loss the loss
     * @param a    the output's activation
     * @param y    its target
     * @return {@code ∂L/∂a}, e.g. {@code a − y} for MSE
     */
    public static double rawError(Loss loss, double a, double y) {
        return loss.rawError(a, y);
    }

    /**
     * The terms {@code w_kj · δ_k} of a hidden neuron's backprop sum, one per neuron {@code k} of the next layer.
     *
     * @param p     the parameters
     * @param l     the hidden neuron's layer, 1 … L − 1
     * @param j     its index in its layer
     * @param above the deltas {@code δ_k} of layer {@code l + 1}
     * @return the terms, in the order of {@code k}
     */
    public static double[] backpropTerms(Parameters p, int l, int j, double[] above) {
        double[] terms = new double[above.length];
        for (int k = 0; k < above.length; k++) {
            terms[k] = p.weight(l, k, j) * above[k];
        }
        return terms;
    }

    /**
     * The backprop sum {@code Σ_k w_kj · δ_k}: a hidden neuron's raw error.
     *
     * @param terms the terms {@link #backpropTerms}
     * @return their sum, from 0 in their order
     */
    public static double backpropSum(double[] terms) {
        double sum = 0.0;
        for (double term : terms) {
            sum += term;
        }
        return sum;
    }

    /**
     * {@code δ = rawError × slope}, for an output neuron and (with the backprop sum as raw error) a hidden one.
     *
     * @param rawError {@code ∂L/∂a}, or a hidden neuron's backprop sum
     * @param slope    {@code f′(z)}
     * @return {@code δ = ∂L/∂z}
     */
    public static double delta(double rawError, double slope) {
        return rawError * slope;
    }

    /**
     * {@code δ = a − y}: cross-entropy on a sigmoid output, where the raw error's
     * {@code a(1 − a)} cancels the slope exactly (and {@link #delta} could round to 0).
     *
     * @param a the output's activation
     * @param y its target
     * @return {@code a − y}
     */
    public static double cancelledDelta(double a, double y) {
        return a - y;
    }

    /**
     * A sample's loss {@code Σ_j L(a_j, y_j)} over the output neurons.
     *
     * @param loss    the loss
     * @param outputs the output activations {@code a_j}
     * @param y       the targets {@code y_j}
     * @return the sum, from 0 in the order of {@code j}
     */
    public static double loss(Loss loss, double[] outputs, double[] y) {
        double sum = 0.0;
        for (int j = 0; j < outputs.length; j++) {
            sum += loss.loss(outputs[j], y[j]);
        }
        return sum;
    }

    /**
     * A sample's gradient: {@code ∂L/∂w_ji = δ_j · a_i} and {@code ∂L/∂b_j = δ_j}.
     *
     * @param sizes the layer sizes
     * @param a     {@code a[l][i]}: the sample's activations, layer 0 (the inputs) to L − 1 at least
     * @param delta {@code delta[l][j]}: the sample's deltas, layers 1 to L
     * @return the gradient, shaped like the parameters
     */
    public static Parameters gradient(int[] sizes, double[][] a, double[][] delta) {
        double[] g = new double[Parameters.count(sizes)];
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    g[Parameters.weightIndex(sizes, l - 1, j, i)] = delta[l][j] * a[l - 1][i];
                }
                g[Parameters.biasIndex(sizes, l - 1, j)] = delta[l][j];
            }
        }
        return Parameters.adopt(sizes, g);
    }

    /**
     * The batch mean {@code ḡ = (Σ_s g_s) / m} of {@code m} gradients.
     *
     * @param gradients the samples' gradients, all of one shape, at least one
     * @return their mean, each value summed from 0 in sample order
     */
    public static Parameters batchMean(List<Parameters> gradients) {
        int[] sizes = gradients.get(0).sizeArray();
        double[] mean = new double[Parameters.count(sizes)];
        for (Parameters g : gradients) {
            for (int k = 0; k < mean.length; k++) {
                mean[k] += g.value(k);
            }
        }
        for (int k = 0; k < mean.length; k++) {
            mean[k] /= gradients.size();
        }
        return Parameters.adopt(sizes, mean);
    }

    /**
     * The mean loss {@code (Σ_s L_s) / m} of {@code m} samples.
     *
     * @param losses the samples' losses, at least one
     * @return their mean, summed from 0 in sample order
     */
    public static double meanLoss(double[] losses) {
        double sum = 0.0;
        for (double loss : losses) {
            sum += loss;
        }
        return sum / losses.length;
    }

    /**
     * A step of gradient descent, {@code θ ← θ − η · g}, for every weight and bias.
     *
     * @param p   the parameters {@code θ}
     * @param g   the gradient the step follows (a batch mean, of all samples or of one)
     * @param eta the learning rate {@code η}
     * @return the new parameters
     */
    public static Parameters update(Parameters p, Parameters g, double eta) {
        double[] next = new double[p.count()];
        for (int k = 0; k < next.length; k++) {
            next[k] = p.value(k) - eta * g.value(k);
        }
        return Parameters.adopt(p.sizeArray(), next);
    }

    // ---------------------------------------------------------------- a sample, an epoch

    /**
     * The forward pass of one sample: {@code z} and {@code a} of every layer.
     *
     * @param arch the network
     * @param p    the parameters
     * @param x    the inputs
     * @param z    filled with {@code z[l]} for layers 1 … L
     * @param a    filled with {@code a[l]} for layers 0 (a copy of {@code x}) … L
     */
    private static void forward(Architecture arch, Parameters p, double[] x, double[][] z, double[][] a) {
        a[0] = x.clone();
        for (int l = 1; l <= arch.depth(); l++) {
            Activation f = arch.activation(l);
            z[l] = new double[arch.size(l)];
            a[l] = new double[arch.size(l)];
            for (int j = 0; j < arch.size(l); j++) {
                z[l][j] = z(p, l, j, a[l - 1]);
                a[l][j] = a(f, z[l][j]);
            }
        }
    }

    /**
     * The forward and backward pass of one sample.
     *
     * @param arch   the network
     * @param p      the parameters to compute with
     * @param sample the sample
     * @return every neuron's numbers, the sample's loss and its gradient
     */
    public static SamplePass pass(Architecture arch, Parameters p, Sample sample) {
        int depth = arch.depth();
        double[] y = unbox(sample.y());
        double[][] z = new double[depth + 1][];
        double[][] a = new double[depth + 1][];
        forward(arch, p, unbox(sample.x()), z, a);
        double[][] slope = new double[depth + 1][];
        double[][] rawError = new double[depth + 1][];
        double[][][] terms = new double[depth + 1][][];
        double[][] delta = new double[depth + 1][];
        for (int l = depth; l >= 1; l--) {
            Activation f = arch.activation(l);
            int n = arch.size(l);
            slope[l] = new double[n];
            rawError[l] = new double[n];
            terms[l] = new double[n][];
            delta[l] = new double[n];
            for (int j = 0; j < n; j++) {
                slope[l][j] = slope(f, z[l][j], a[l][j]);
                if (l == depth) {
                    terms[l][j] = new double[0];
                    rawError[l][j] = rawError(arch.loss(), a[l][j], y[j]);
                    delta[l][j] = arch.cancellation()
                            ? cancelledDelta(a[l][j], y[j])
                            : delta(rawError[l][j], slope[l][j]);
                } else {
                    terms[l][j] = backpropTerms(p, l, j, delta[l + 1]);
                    rawError[l][j] = backpropSum(terms[l][j]);
                    delta[l][j] = delta(rawError[l][j], slope[l][j]);
                }
            }
        }
        double sampleLoss = loss(arch.loss(), a[depth], y);
        return new SamplePass(sample, p, z, a, slope, rawError, terms, delta, sampleLoss,
                gradient(arch.sizeArray(), a, delta));
    }

    /**
     * One epoch of training. Batch: every sample is computed with {@code p}, then one update
     * follows the batch mean of their gradients. Online: each sample, in order, updates the
     * parameters the next one is computed with, following the mean of its own gradient alone.
     *
     * @param arch    the network
     * @param mode    batch or online
     * @param p       the parameters at the start of the epoch
     * @param samples the training set, at least one sample
     * @param eta     the learning rate {@code η}
     * @return every sample's pass, the parameters after the epoch and the neurons' health over it
     */
    public static EpochPass epoch(Architecture arch, UpdateMode mode, Parameters p, List<Sample> samples, double eta) {
        List<SamplePass> passes = new ArrayList<>(samples.size());
        HealthTally health = new HealthTally(neuronCount(arch));
        for (Sample sample : samples) {
            SamplePass pass = pass(arch, p, sample);
            observe(arch, passes.size(), pass, health);
            passes.add(pass);
            if (mode == UpdateMode.ONLINE) {
                p = update(p, batchMean(List.of(pass.gradient())), eta);
            }
        }
        Parameters meanGradient = batchMean(passes.stream().map(SamplePass::gradient).toList());
        if (mode == UpdateMode.BATCH) {
            p = update(p, meanGradient, eta);
        }
        List<NeuronId> dead = new ArrayList<>();
        for (int l = 1, m = 0; l <= arch.depth(); l++) {
            for (int j = 0; j < arch.size(l); j++, m++) {
                health.settle(m);
                if (health.dead(m)) {
                    dead.add(new NeuronId(l, j));
                }
            }
        }
        double[] losses = passes.stream().mapToDouble(SamplePass::loss).toArray();
        return new EpochPass(passes, p, meanGradient, meanLoss(losses), dead);
    }

    /**
     * The dataset loss {@code L(θ)}: the mean of the samples' losses (forward passes only).
     *
     * @param arch    the network
     * @param p       the parameters {@code θ}
     * @param samples the training set, at least one sample
     * @return the mean loss
     */
    public static double datasetLoss(Architecture arch, Parameters p, List<Sample> samples) {
        double[] losses = new double[samples.size()];
        double[][] z = new double[arch.depth() + 1][];
        double[][] a = new double[arch.depth() + 1][];
        for (int s = 0; s < losses.length; s++) {
            forward(arch, p, unbox(samples.get(s).x()), z, a);
            losses[s] = loss(arch.loss(), a[arch.depth()], unbox(samples.get(s).y()));
        }
        return meanLoss(losses);
    }

    /**
     * The gradient of the dataset loss: the batch mean of the samples' gradients at one point.
     *
     * @param arch    the network
     * @param p       the parameters {@code θ}
     * @param samples the training set, at least one sample
     * @return {@code ∂L/∂θ}, shaped like the parameters
     */
    public static Parameters meanGradient(Architecture arch, Parameters p, List<Sample> samples) {
        return batchMean(samples.stream().map(s -> pass(arch, p, s).gradient()).toList());
    }

    /** Tallies every neuron's health on sample {@code s}. */
    private static void observe(Architecture arch, int s, SamplePass pass, HealthTally health) {
        for (int l = 1, m = 0; l <= arch.depth(); l++) {
            for (int j = 0; j < arch.size(l); j++, m++) {
                health.observe(m, s, arch.activation(l), pass.z(l, j), pass.slope(l, j));
            }
        }
    }

    /** The number of neurons in layers 1 … L. */
    static int neuronCount(Architecture arch) {
        int neurons = 0;
        for (int l = 1; l <= arch.depth(); l++) {
            neurons += arch.size(l);
        }
        return neurons;
    }

    private static double[] unbox(List<Double> v) {
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }
}
