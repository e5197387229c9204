package dev.glassbox.core.scenario;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.math.UpdateMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A complete, valid training setup. Constructing one checks every rule of the
 * {@code glassbox-scenario/1} format and throws {@link ScenarioException} naming the field.
 *
 * @param name         a title
 * @param lesson       the text shown beside the scenario (plain text)
 * @param architecture layer sizes, activations and loss
 * @param learningRate η, finite and positive
 * @param update       batch or online
 * @param parameters   the starting weights and biases, or {@code null} to initialise from {@code seed}
 * @param seed         the seed of a deterministic initialisation (used when {@code parameters} is null),
 *                     within ±{@link #MAX_SEED}
 * @param samples      the training set
 */
public record Scenario(String name, String lesson, Architecture architecture, double learningRate,
                       UpdateMode update, Parameters parameters, long seed, List<Sample> samples) {

    /** At most this many layers, inputs and outputs included. */
    public static final int MAX_LAYERS = 8;
    /** At most this many neurons in a layer. */
    public static final int MAX_NEURONS = 16;
    /** At most this many samples. */
    public static final int MAX_SAMPLES = 10_000;
    /** Seeds lie within ±this (2^53): the whole numbers a JSON number carries exactly. */
    public static final long MAX_SEED = 1L << 53;
    static final String SEED_RULE = "must be a whole number from -2^53 to 2^53";

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new ScenarioException("name", "must not be empty");
        }
        lesson = lesson == null ? "" : lesson;
        samples = samples == null ? List.of() : List.copyOf(samples);
        validate(architecture, learningRate, update, parameters, samples);
        if (seed < -MAX_SEED || seed > MAX_SEED) {
            throw new ScenarioException("seed", SEED_RULE + ", got " + seed);
        }
    }

    private static void validate(Architecture arch, double learningRate, UpdateMode update,
                                 Parameters parameters, List<Sample> samples) {
        if (arch == null) {
            throw new ScenarioException("layers", "missing");
        }
        List<Integer> sizes = arch.sizes();
        if (sizes.size() > MAX_LAYERS) {
            throw new ScenarioException("layers", "at most " + MAX_LAYERS + " layers, got " + sizes.size());
        }
        for (int l = 0; l < sizes.size(); l++) {
            int size = sizes.get(l);
            if (size < 1 || size > MAX_NEURONS) {
                throw new ScenarioException("layers[" + l + "]", "must be 1 to " + MAX_NEURONS + " neurons, got " + size);
            }
        }
        if (arch.loss() == Loss.CROSS_ENTROPY && arch.outputActivation() != Activation.SIGMOID) {
            throw new ScenarioException("loss", "cross-entropy needs a sigmoid output layer, not "
                    + arch.outputActivation().id());
        }
        if (!Double.isFinite(learningRate) || learningRate <= 0) {
            throw new ScenarioException("learningRate", "must be a finite number above 0, got " + learningRate);
        }
        if (update == null) {
            throw new ScenarioException("update", "missing");
        }
        if (samples.isEmpty()) {
            throw new ScenarioException("samples", "must hold at least one sample");
        }
        if (samples.size() > MAX_SAMPLES) {
            throw new ScenarioException("samples", "at most " + MAX_SAMPLES + " samples, got " + samples.size());
        }
        int in = sizes.get(0);
        int out = sizes.get(sizes.size() - 1);
        for (int s = 0; s < samples.size(); s++) {
            Sample sample = samples.get(s);
            checkVector("samples[" + s + "].x", sample.x(), in);
            checkVector("samples[" + s + "].y", sample.y(), out);
            if (arch.loss() == Loss.CROSS_ENTROPY) {
                for (int j = 0; j < out; j++) {
                    double y = sample.y().get(j);
                    if (y < 0 || y > 1) {
                        throw new ScenarioException("samples[" + s + "].y[" + j + "]",
                                "cross-entropy needs targets in [0, 1], got " + y);
                    }
                }
            }
        }
        if (parameters != null) {
            if (!parameters.sizes().equals(sizes)) {
                throw new ScenarioException("weights", "do not match layers " + sizes);
            }
            if (!parameters.isFinite()) {
                throw new ScenarioException("weights", "must all be finite numbers");
            }
        }
    }

    private static void checkVector(String field, List<Double> v, int size) {
        if (v.size() != size) {
            throw new ScenarioException(field, "needs " + size + " value" + (size == 1 ? "" : "s") + ", got " + v.size());
        }
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(v.get(i))) {
                throw new ScenarioException(field + "[" + i + "]", "must be a finite number");
            }
        }
    }

    /**
     * The starting parameters: the given ones, or a deterministic Xavier-uniform initialisation
     * from {@code seed} (weights in ±√(6 / (fan-in + fan-out)), biases 0).
     */
    public Parameters initialParameters() {
        if (parameters != null) {
            return parameters;
        }
        int[] n = architecture.sizeArray();
        double[] flat = new double[Parameters.count(n)];
        SplittableRandom random = new SplittableRandom(seed);
        for (int l = 0; l + 1 < n.length; l++) {
            double r = Math.sqrt(6.0 / (n[l] + n[l + 1]));
            for (int j = 0; j < n[l + 1]; j++) {
                for (int i = 0; i < n[l]; i++) {
                    flat[Parameters.weightIndex(n, l, j, i)] = random.nextDouble(-r, r);
                }
            }
        }
        return Parameters.ofFlat(n, flat);
    }

    /** This scenario with other starting parameters (e.g. the current weights, to hand out). */
    public Scenario withParameters(Parameters p) {
        return new Scenario(name, lesson, architecture, learningRate, update, p, seed, samples);
    }

    /** This scenario with another loss. */
    public Scenario withLoss(Loss loss) {
        return withArchitecture(new Architecture(architecture.sizes(), architecture.activations(), loss));
    }

    /** This scenario with another activation in every hidden layer and in the output layer. */
    public Scenario withActivations(Activation hidden, Activation output) {
        List<Activation> fs = new java.util.ArrayList<>();
        for (int l = 1; l < architecture.depth(); l++) {
            fs.add(hidden);
        }
        fs.add(output);
        return withArchitecture(new Architecture(architecture.sizes(), fs, architecture.loss()));
    }

    /** This scenario with another network (same sizes keep the parameters). */
    public Scenario withArchitecture(Architecture a) {
        Parameters p = a.sizes().equals(architecture.sizes()) ? parameters : null;
        return new Scenario(name, lesson, a, learningRate, update, p, seed, samples);
    }

    /** This scenario with another learning rate. */
    public Scenario withLearningRate(double eta) {
        return new Scenario(name, lesson, architecture, eta, update, parameters, seed, samples);
    }

    /** This scenario with another update mode. */
    public Scenario withUpdate(UpdateMode mode) {
        return new Scenario(name, lesson, architecture, learningRate, mode, parameters, seed, samples);
    }
}
