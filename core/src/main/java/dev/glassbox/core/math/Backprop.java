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
     * @param loss   the loss
     * @param output the output layer's activation (a softmax layer's loss is the categorical one)
     * @param a      the output's activation
     * @param y      its target
     * @return {@code ∂L/∂a}, e.g. {@code a − y} for MSE
     */
    public static double rawError(Loss loss, Activation output, double a, double y) {
        return loss.rawError(a, y, output);
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
     * {@code a(1 − a)} cancels the slope exactly (and {@link #delta} could round to 0); and on a
     * softmax output, where {@code ∂L/∂z_k = Σ_j (−y_j/a_j)·a_j(δ_jk − a_k) = a_k − y_k} for targets summing to 1.
     *
     * @param a the output's activation
     * @param y its target
     * @return {@code a − y}
     */
    public static double cancelledDelta(double a, double y) {
        return a - y;
    }

    /**
     * A sample's loss {@code Σ_j L(a_j, y_j)} over the output neurons (for a softmax output,
     * {@code −Σ_j y_j ln a_j}).
     *
     * @param loss    the loss
     * @param output  the output layer's activation
     * @param outputs the output activations {@code a_j}
     * @param y       the targets {@code y_j}
     * @return the sum, from 0 in the order of {@code j}
     */
    public static double loss(Loss loss, Activation output, double[] outputs, double[] y) {
        double sum = 0.0;
        for (int j = 0; j < outputs.length; j++) {
            sum += loss.loss(outputs[j], y[j], output);
        }
        return sum;
    }

    /**
     * The largest weighted input of a layer, {@code max z}, which a softmax subtracts before it
     * exponentiates (so that no {@code e^z} overflows).
     *
     * @param z the layer's weighted inputs, at least one
     * @return {@code max_j z_j}, taken from {@code z_0} in order
     */
    public static double maxZ(double[] z) {
        double max = z[0];
        for (int k = 1; k < z.length; k++) {
            max = Math.max(max, z[k]);
        }
        return max;
    }

    /**
     * {@code e^(z_k − max z)}: a softmax numerator.
     *
     * @param z   the neuron's weighted input
     * @param max the layer's {@link #maxZ}
     * @return the shifted exponential, in (0, 1]
     */
    public static double shiftedExp(double z, double max) {
        return Math.exp(z - max);
    }

    /**
     * The softmax of a layer: {@code a_k = e^(z_k − max z) / Σ_j e^(z_j − max z)}.
     *
     * @param z the layer's weighted inputs, at least one
     * @return the activations, positive and summing to 1 (the sum taken from 0 in the order of {@code j})
     */
    public static double[] softmax(double[] z) {
        double max = maxZ(z);
        double[] e = new double[z.length];
        double sum = 0.0;
        for (int k = 0; k < z.length; k++) {
            e[k] = shiftedExp(z[k], max);
            sum += e[k];
        }
        double[] a = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            a[k] = e[k] / sum;
        }
        return a;
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
     * The dataset loss with its penalty: {@code L = L_data + λ·Σ R(w)}.
     *
     * @param dataLoss the mean of the samples' losses
     * @param penalty  the {@link #penalty}
     * @return their sum
     */
    public static double regularizedLoss(double dataLoss, double penalty) {
        return dataLoss + penalty;
    }

    /**
     * The penalty {@code λ·Σ_w R(w)} of every weight (never a bias): {@code λ/2·Σ w²} for L2,
     * {@code λ·Σ |w|} for L1, exactly 0 without regularisation.
     *
     * @param r the regularisation
     * @param p the parameters
     * @return λ times the sum of the weights' terms, summed from 0 in the flat layout's order
     */
    public static double penalty(Regularization r, Parameters p) {
        return penalty(r, p.sizeArray(), p.flatValues());
    }

    /** {@link #penalty(Regularization, Parameters)} of the flat parameters {@code p} (the engine's and the reference's one sum). */
    static double penalty(Regularization r, int[] sizes, double[] p) {
        if (!r.active()) {
            return 0.0;
        }
        double sum = 0.0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            int first = Parameters.weightIndex(sizes, l, 0, 0);
            for (int k = first; k < first + sizes[l + 1] * sizes[l]; k++) {
                sum += r.penalty().term(p[k]);
            }
        }
        return r.lambda() * sum;
    }

    /**
     * The penalty's share of a weight's gradient, {@code λ·R′(w)}: {@code λ·w} for L2,
     * {@code λ·sign(w)} for L1.
     *
     * @param r the regularisation
     * @param w the weight
     * @return the term added to the weight's gradient
     */
    public static double penaltySlope(Regularization r, double w) {
        return r.lambda() * r.penalty().slope(w);
    }

    /**
     * A weight's gradient with its penalty term, {@code g = ∂L/∂w + λ·R′(w)}.
     *
     * @param lossGradient the loss's gradient {@code ∂L/∂w}
     * @param penaltySlope the {@link #penaltySlope}
     * @return the gradient the optimizer follows
     */
    public static double regularized(double lossGradient, double penaltySlope) {
        return lossGradient + penaltySlope;
    }

    /**
     * Plain gradient descent's step, {@code Δθ = η·g}.
     *
     * @param eta the learning rate {@code η}
     * @param g   the gradient
     * @return the step
     */
    public static double sgdStep(double eta, double g) {
        return eta * g;
    }

    /**
     * Momentum's velocity after an update, {@code v ← μ·v + g}.
     *
     * @param mu the momentum {@code μ}
     * @param v  the velocity before
     * @param g  the gradient
     * @return the new velocity
     */
    public static double velocity(double mu, double v, double g) {
        return mu * v + g;
    }

    /**
     * Momentum's step, {@code Δθ = η·v}.
     *
     * @param eta the learning rate {@code η}
     * @param v   the new velocity
     * @return the step
     */
    public static double momentumStep(double eta, double v) {
        return eta * v;
    }

    /**
     * Adam's first moment after an update, {@code m ← β1·m + (1 − β1)·g}.
     *
     * @param beta1 {@code β1}
     * @param m     the first moment before
     * @param g     the gradient
     * @return the new first moment
     */
    public static double firstMoment(double beta1, double m, double g) {
        return beta1 * m + (1.0 - beta1) * g;
    }

    /**
     * Adam's second moment after an update, {@code v ← β2·v + (1 − β2)·g²}.
     *
     * @param beta2 {@code β2}
     * @param v     the second moment before
     * @param g     the gradient
     * @return the new second moment
     */
    public static double secondMoment(double beta2, double v, double g) {
        return beta2 * v + (1.0 - beta2) * (g * g);
    }

    /**
     * The bias correction of update {@code t}, {@code 1 − β^t}: a moment that started at 0 is
     * divided by it.
     *
     * @param beta {@code β1} or {@code β2}
     * @param t    the update's number, from 1
     * @return {@code 1 − β^t}
     */
    public static double correction(double beta, long t) {
        return 1.0 - Math.pow(beta, t);
    }

    /**
     * A bias-corrected moment, {@code m̂ = m / (1 − β1^t)} or {@code v̂ = v / (1 − β2^t)}.
     *
     * @param moment     the moment
     * @param correction its {@link #correction}
     * @return the corrected moment
     */
    public static double corrected(double moment, double correction) {
        return moment / correction;
    }

    /**
     * Adam's step, {@code Δθ = η·m̂ / (√v̂ + ε)}.
     *
     * @param eta     the learning rate {@code η}
     * @param mHat    the corrected first moment {@code m̂}
     * @param vHat    the corrected second moment {@code v̂}
     * @param epsilon {@code ε}
     * @return the step
     */
    public static double adamStep(double eta, double mHat, double vHat, double epsilon) {
        return eta * mHat / (Math.sqrt(vHat) + epsilon);
    }

    /**
     * A parameter after its step, {@code θ ← θ − Δθ}.
     *
     * @param theta the parameter
     * @param step  the step {@code Δθ}
     * @return the new parameter
     */
    public static double descend(double theta, double step) {
        return theta - step;
    }

    /**
     * The loss gradient with each weight's penalty term (the biases' as they are).
     *
     * @param r            the regularisation
     * @param p            the parameters the penalty is taken at
     * @param lossGradient the loss's gradient
     * @param penalty      filled with each parameter's penalty term (0 for the biases)
     * @return the gradient {@code g} the optimizer follows
     */
    private static double[] regularizedGradient(Regularization r, Parameters p, Parameters lossGradient,
                                                double[] penalty) {
        double[] g = lossGradient.toFlat();
        if (r.active()) {
            boolean[] weight = Parameters.weightMask(p.sizeArray());
            for (int k = 0; k < g.length; k++) {
                if (weight[k]) {
                    penalty[k] = penaltySlope(r, p.value(k));
                    g[k] = regularized(g[k], penalty[k]);
                }
            }
        }
        return g;
    }

    /**
     * One update of every weight and bias: the gradient with its penalty term, then the
     * optimizer's step, {@code θ ← θ − Δθ}.
     *
     * @param rule         the optimizer and the regularisation
     * @param p            the parameters {@code θ}
     * @param state        the optimizer's memory before the update
     * @param lossGradient the loss gradient the update follows (a batch mean, of all samples or of one)
     * @param eta          the learning rate {@code η}
     * @return every number of the update, the new parameters and the optimizer's new memory
     */
    public static OptimizerStep update(UpdateRule rule, Parameters p, OptimizerState state, Parameters lossGradient,
                                       double eta) {
        int[] sizes = p.sizeArray();
        int n = p.count();
        double[] penalty = new double[n];
        double[] g = regularizedGradient(rule.regularization(), p, lossGradient, penalty);
        double[] step = new double[n];
        List<Parameters> moments = new ArrayList<>();
        long t = state.t();
        Parameters mHat = null;
        Parameters vHat = null;
        Optimizer optimizer = rule.optimizer();
        if (optimizer instanceof Momentum momentum) {
            double[] v = new double[n];
            for (int k = 0; k < n; k++) {
                v[k] = velocity(momentum.momentum(), state.moment(0).value(k), g[k]);
                step[k] = momentumStep(eta, v[k]);
            }
            moments.add(Parameters.adopt(sizes, v));
        } else if (optimizer instanceof Adam adam) {
            t++;
            double c1 = correction(adam.beta1(), t);
            double c2 = correction(adam.beta2(), t);
            double[] m = new double[n];
            double[] v = new double[n];
            double[] mh = new double[n];
            double[] vh = new double[n];
            for (int k = 0; k < n; k++) {
                m[k] = firstMoment(adam.beta1(), state.moment(0).value(k), g[k]);
                v[k] = secondMoment(adam.beta2(), state.moment(1).value(k), g[k]);
                mh[k] = corrected(m[k], c1);
                vh[k] = corrected(v[k], c2);
                step[k] = adamStep(eta, mh[k], vh[k], adam.epsilon());
            }
            moments.add(Parameters.adopt(sizes, m));
            moments.add(Parameters.adopt(sizes, v));
            mHat = Parameters.adopt(sizes, mh);
            vHat = Parameters.adopt(sizes, vh);
        } else {
            for (int k = 0; k < n; k++) {
                step[k] = sgdStep(eta, g[k]);
            }
        }
        double[] next = new double[n];
        for (int k = 0; k < n; k++) {
            next[k] = descend(p.value(k), step[k]);
        }
        return new OptimizerStep(t, lossGradient, Parameters.adopt(sizes, penalty), Parameters.adopt(sizes, g), state,
                OptimizerState.of(optimizer, moments, t), mHat, vHat, Parameters.adopt(sizes, step), p,
                Parameters.adopt(sizes, next));
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
            for (int j = 0; j < arch.size(l); j++) {
                z[l][j] = z(p, l, j, a[l - 1]);
            }
            if (f == Activation.SOFTMAX) {
                a[l] = softmax(z[l]);
            } else {
                a[l] = new double[arch.size(l)];
                for (int j = 0; j < arch.size(l); j++) {
                    a[l][j] = a(f, z[l][j]);
                }
            }
        }
    }

    /**
     * The forward pass alone, for inputs that need no target (a point of the input plane a view
     * colors by the network's output): every neuron's activation, as {@link #pass} computes it.
     *
     * @param arch the network
     * @param p    the parameters
     * @param x    the inputs, one per input neuron
     * @return {@code a[l][j]} for layers 0 (a copy of {@code x}) … L
     */
    public static double[][] activations(Architecture arch, Parameters p, double[] x) {
        double[][] z = new double[arch.depth() + 1][];
        double[][] a = new double[arch.depth() + 1][];
        forward(arch, p, x, z, a);
        return a;
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
                    rawError[l][j] = rawError(arch.loss(), f, a[l][j], y[j]);
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
        double sampleLoss = loss(arch.loss(), arch.outputActivation(), a[depth], y);
        return new SamplePass(sample, p, z, a, slope, rawError, terms, delta, sampleLoss,
                gradient(arch.sizeArray(), a, delta));
    }

    /**
     * One epoch of training. Batch: every sample is computed with {@code p}, then one update
     * follows the batch mean of their gradients. Online: each sample, in order, updates the
     * parameters the next one is computed with, following the mean of its own gradient alone.
     * The epoch's loss is the mean of the samples' losses plus the penalty of {@code p}.
     *
     * @param arch    the network
     * @param rule    batch or online, the optimizer, the regularisation
     * @param p       the parameters at the start of the epoch
     * @param state   the optimizer's memory at the start of the epoch
     * @param samples the training set, at least one sample
     * @param eta     the learning rate {@code η}
     * @return every sample's pass, every update, the parameters and optimizer state after the
     *         epoch and the neurons' health over it
     */
    public static EpochPass epoch(Architecture arch, UpdateRule rule, Parameters p, OptimizerState state,
                                  List<Sample> samples, double eta) {
        double penalty = penalty(rule.regularization(), p);
        List<SamplePass> passes = new ArrayList<>(samples.size());
        List<OptimizerStep> steps = new ArrayList<>();
        HealthTally health = new HealthTally(neuronCount(arch));
        for (Sample sample : samples) {
            SamplePass pass = pass(arch, p, sample);
            observe(arch, passes.size(), pass, health);
            passes.add(pass);
            if (rule.mode() == UpdateMode.ONLINE) {
                steps.add(update(rule, p, state, batchMean(List.of(pass.gradient())), eta));
                p = steps.get(steps.size() - 1).parametersAfter();
                state = steps.get(steps.size() - 1).after();
            }
        }
        Parameters meanGradient = batchMean(passes.stream().map(SamplePass::gradient).toList());
        if (rule.mode() == UpdateMode.BATCH) {
            steps.add(update(rule, p, state, meanGradient, eta));
            p = steps.get(0).parametersAfter();
            state = steps.get(0).after();
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
        double dataLoss = meanLoss(passes.stream().mapToDouble(SamplePass::loss).toArray());
        return new EpochPass(passes, steps, p, state, meanGradient, dataLoss, penalty,
                regularizedLoss(dataLoss, penalty), dead);
    }

    /**
     * The dataset loss {@code L(θ)}: the mean of the samples' losses (forward passes only), plus
     * the {@link #penalty} of the weights.
     *
     * @param arch    the network
     * @param r       the regularisation
     * @param p       the parameters {@code θ}
     * @param samples the training set, at least one sample
     * @return the mean loss with the penalty
     */
    public static double datasetLoss(Architecture arch, Regularization r, Parameters p, List<Sample> samples) {
        double[] losses = new double[samples.size()];
        double[][] z = new double[arch.depth() + 1][];
        double[][] a = new double[arch.depth() + 1][];
        for (int s = 0; s < losses.length; s++) {
            forward(arch, p, unbox(samples.get(s).x()), z, a);
            losses[s] = loss(arch.loss(), arch.outputActivation(), a[arch.depth()], unbox(samples.get(s).y()));
        }
        return regularizedLoss(meanLoss(losses), penalty(r, p));
    }

    /**
     * The gradient of the dataset loss: the batch mean of the samples' gradients at one point,
     * with each weight's penalty term.
     *
     * @param arch    the network
     * @param r       the regularisation
     * @param p       the parameters {@code θ}
     * @param samples the training set, at least one sample
     * @return {@code ∂L/∂θ}, shaped like the parameters
     */
    public static Parameters meanGradient(Architecture arch, Regularization r, Parameters p, List<Sample> samples) {
        Parameters mean = batchMean(samples.stream().map(s -> pass(arch, p, s).gradient()).toList());
        return Parameters.adopt(p.sizeArray(), regularizedGradient(r, p, mean, new double[p.count()]));
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
