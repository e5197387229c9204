package dev.glassbox.core.scenario;

import dev.glassbox.core.internal.text.CoreMessages;
import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.OptimizerState;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.math.UpdateRule;
import dev.glassbox.core.quiz.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A complete, valid training setup. Constructing one checks every rule of the
 * {@code glassbox-scenario/1} format and throws {@link ScenarioException} naming the field.
 *
 * @param name         a title
 * @param lesson       the text shown beside the scenario (plain text)
 * @param architecture layer sizes, activations and loss
 * @param learningRate η, finite and positive
 * @param updateMode   batch or online
 * @param optimizer    how each update steps: plain gradient descent, momentum or Adam
 * @param regularization the weight penalty, or {@link Regularization#NONE}
 * @param parameters   the starting weights and biases, or {@code null} to initialise from {@code seed}
 * @param seed         the seed of a deterministic initialisation (used when {@code parameters} is null),
 *                     within ±{@link #MAX_SEED}
 * @param initializer  how the weights are drawn from {@code seed} (used when {@code parameters} is null)
 * @param samples      the training set
 * @param bookmarks    a teacher's marks on epochs of the history, in epoch order, at most one per
 *                     epoch and {@link #MAX_BOOKMARKS} in all (none by default)
 * @param quiz         a teacher's questions, played in order by the quiz (empty: none)
 */
public record Scenario(String name, String lesson, Architecture architecture, double learningRate,
                       UpdateMode updateMode, Optimizer optimizer, Regularization regularization,
                       Parameters parameters, long seed, Initializer initializer, List<Sample> samples,
                       List<Bookmark> bookmarks, List<Question> quiz) {

    /** At least this many layers: an input and an output layer. */
    public static final int MIN_LAYERS = 2;
    /** At most this many layers, inputs and outputs included. */
    public static final int MAX_LAYERS = 8;
    /** At most this many neurons in a layer. */
    public static final int MAX_NEURONS = 16;
    /** At most this many bookmarks. */
    public static final int MAX_BOOKMARKS = 1000;
    /** At most this many samples. */
    public static final int MAX_SAMPLES = 10_000;
    /** Seeds lie within ±this (2^53): the whole numbers a JSON number carries exactly. */
    public static final long MAX_SEED = 1L << 53;

    /**
     * A quiz question's epoch is at most this: the quiz trains the network to each question's epoch
     * before it asks, on the event thread, so a far epoch would freeze the window.
     */
    public static final int MAX_QUIZ_EPOCH = 100_000;
    /** At most this many questions in a quiz. */
    public static final int MAX_QUIZ_QUESTIONS = 1_000;

    /** The size of a layer. */
    static final WholeRange NEURONS = new WholeRange(1, MAX_NEURONS);
    /** A quiz question's epoch. */
    static final WholeRange QUIZ_EPOCHS = new WholeRange(1, MAX_QUIZ_EPOCH);
    /** The seed. */
    static final WholeRange SEEDS = new WholeRange(-MAX_SEED, MAX_SEED);
    /** A softmax output's targets may sum to 1 this far off (a third written out three times sums to 1 only nearly). */
    public static final double TARGET_SUM_TOLERANCE = 1e-9;
    /** The least number of output neurons of a softmax layer. */
    public static final int MIN_SOFTMAX_OUTPUTS = 2;

    /**
     * A weight or bias set by hand ({@code TrainingSession.setParameter}) lies within ±this: far
     * beyond any useful value, yet small enough that a forward pass stays finite.
     */
    public static final double MAX_EDITED_VALUE = 1e6;

    /**
     * What is wrong with a value for a weight or bias set by hand, in words that follow its name
     * ("must be a finite number from −1000000 to 1000000, got NaN"), or null if it may be set.
     *
     * @param value the value to set
     * @return the problem, or null for a finite value within ±{@link #MAX_EDITED_VALUE}
     */
    public static String editedValueProblem(double value) {
        if (Double.isFinite(value) && Math.abs(value) <= MAX_EDITED_VALUE) {
            return null;
        }
        long limit = (long) MAX_EDITED_VALUE;
        return CoreMessages.text("scenario.edited", limit, value);
    }

    /**
     * Checks every rule, naming the field of the first one broken.
     *
     * @param name           a title, not blank
     * @param lesson         the text shown beside the scenario; null means none
     * @param architecture   layer sizes, activations and loss
     * @param learningRate   η, finite and positive
     * @param updateMode     batch or online
     * @param optimizer      plain gradient descent, momentum or Adam
     * @param regularization the weight penalty, or {@link Regularization#NONE}
     * @param parameters     the starting weights and biases, or {@code null} to initialise from {@code seed}
     * @param seed           the seed of the initialisation, within ±{@link #MAX_SEED}
     * @param initializer    how the weights are drawn from {@code seed}
     * @param samples        the training set
     * @param bookmarks      marks on epochs, each epoch at most once, at most {@link #MAX_BOOKMARKS};
     *                       null means none; kept sorted by epoch
     * @param quiz           a teacher's questions, each one askable of this network and training set;
     *                       null means none
     * @throws ScenarioException naming the field of the first rule broken
     */
    public Scenario {
        if (name == null || name.isBlank()) {
            throw new ScenarioException("name", CoreMessages.text("scenario.empty"));
        }
        lesson = lesson == null ? "" : lesson;
        samples = samples == null ? List.of() : List.copyOf(samples);
        validate(architecture, learningRate, updateMode, parameters, samples);
        checkOptimizer(optimizer);
        checkRegularization(regularization);
        if (!SEEDS.contains(seed)) {
            throw SEEDS.outside("seed", seed);
        }
        if (initializer == null) {
            throw new ScenarioException("init", CoreMessages.text("scenario.missing"));
        }
        bookmarks = checkBookmarks(bookmarks);
        quiz = quiz == null ? List.of() : List.copyOf(quiz);
        checkQuiz(quiz, architecture, samples.size());
    }

    /**
     * Every rule of a scenario without bookmarks or a quiz, its weights drawn, when drawn from
     * {@code seed}, by the default {@link Initializer#XAVIER}.
     *
     * @param name           a title, not blank
     * @param lesson         the text shown beside the scenario; null means none
     * @param architecture   layer sizes, activations and loss
     * @param learningRate   η, finite and positive
     * @param updateMode     batch or online
     * @param optimizer      plain gradient descent, momentum or Adam
     * @param regularization the weight penalty, or {@link Regularization#NONE}
     * @param parameters     the starting weights and biases, or {@code null} to initialise from {@code seed}
     * @param seed           the seed of the initialisation, within ±{@link #MAX_SEED}
     * @param samples        the training set
     * @throws ScenarioException naming the field of the first rule broken
     */
    public Scenario(String name, String lesson, Architecture architecture, double learningRate,
                    UpdateMode updateMode, Optimizer optimizer, Regularization regularization,
                    Parameters parameters, long seed, List<Sample> samples) {
        this(name, lesson, architecture, learningRate, updateMode, optimizer, regularization, parameters, seed,
                Initializer.XAVIER, samples, List.of(), List.of());
    }

    /** The rules on the bookmarks: each valid, at most one per epoch, at most {@link #MAX_BOOKMARKS}; sorted by epoch. */
    private static List<Bookmark> checkBookmarks(List<Bookmark> bookmarks) {
        if (bookmarks == null) {
            return List.of();
        }
        checkBookmarkCount(bookmarks.size());
        Map<Integer, Integer> seen = new HashMap<>();
        for (int k = 0; k < bookmarks.size(); k++) {
            Bookmark b = bookmarks.get(k);
            String field = "bookmarks[" + k + "]";
            if (b == null) {
                throw new ScenarioException(field, CoreMessages.text("scenario.missing"));
            }
            b.check(field);
            Integer earlier = seen.putIfAbsent(b.epoch(), k);
            if (earlier != null) {
                throw new ScenarioException(field + ".epoch", CoreMessages.text("scenario.bookmarkTwice", b.epoch(), earlier));
            }
        }
        List<Bookmark> sorted = new ArrayList<>(bookmarks);
        sorted.sort(Comparator.comparingInt(Bookmark::epoch));
        return List.copyOf(sorted);
    }

    /**
     * A scenario trained by plain gradient descent without regularisation, every rule checked.
     *
     * @param name         a title
     * @param lesson       the text shown beside the scenario
     * @param architecture layer sizes, activations and loss
     * @param learningRate η, finite and positive
     * @param updateMode   batch or online
     * @param parameters   the starting weights and biases, or {@code null} to initialise from {@code seed}
     * @param seed         the seed of the initialisation
     * @param samples      the training set
     * @throws ScenarioException naming the field of the first rule broken
     */
    public Scenario(String name, String lesson, Architecture architecture, double learningRate, UpdateMode updateMode,
                    Parameters parameters, long seed, List<Sample> samples) {
        this(name, lesson, architecture, learningRate, updateMode, Optimizer.SGD, Regularization.NONE, parameters,
                seed, Initializer.XAVIER, samples, List.of(), List.of());
    }

    /** The quiz's rules: a bounded number of questions, each askable of the network at a bounded epoch. */
    private static void checkQuiz(List<Question> quiz, Architecture architecture, int samples) {
        if (quiz.size() > MAX_QUIZ_QUESTIONS) {
            throw new ScenarioException("quiz", CoreMessages.text("scenario.quizSize", MAX_QUIZ_QUESTIONS, quiz.size()));
        }
        for (int k = 0; k < quiz.size(); k++) {
            Question q = quiz.get(k);
            String field = "quiz[" + k + "]";
            if (!QUIZ_EPOCHS.contains(q.epoch())) {
                throw QUIZ_EPOCHS.outside(field + ".epoch", q.epoch());
            }
            Optional<String> problem = q.problemIn(architecture, samples);
            if (problem.isPresent()) {
                throw new ScenarioException(field, problem.get());
            }
        }
    }

    /** The rules on an optimizer's numbers: a momentum and betas from 0 to below 1, a positive ε. */
    private static void checkOptimizer(Optimizer optimizer) {
        if (optimizer == null) {
            throw new ScenarioException("optimizer", CoreMessages.text("scenario.missing"));
        }
        if (optimizer instanceof Momentum m) {
            checkDecay("optimizer.momentum", m.momentum());
        } else if (optimizer instanceof Adam adam) {
            checkDecay("optimizer.beta1", adam.beta1());
            checkDecay("optimizer.beta2", adam.beta2());
            if (!Double.isFinite(adam.epsilon()) || adam.epsilon() <= 0) {
                throw new ScenarioException("optimizer.epsilon", CoreMessages.text("scenario.aboveZero", adam.epsilon()));
            }
        }
    }

    /** A share of the memory an optimizer keeps per update: 0 ≤ value &lt; 1. */
    private static void checkDecay(String field, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new ScenarioException(field, CoreMessages.text("scenario.belowOne", value));
        }
    }

    /** The rule on a penalty's strength: finite, at least 0; exactly 0 without a penalty. */
    private static void checkRegularization(Regularization r) {
        if (r == null || r.penalty() == null) {
            throw new ScenarioException("regularization", CoreMessages.text("scenario.missing"));
        }
        if (!r.active() && r.lambda() != 0) {
            throw new ScenarioException("regularization.lambda", CoreMessages.text("scenario.lambdaWithoutPenalty", r.lambda()));
        }
        if (!Double.isFinite(r.lambda()) || r.lambda() < 0) {
            throw new ScenarioException("regularization.lambda", CoreMessages.text("scenario.atLeastZero", r.lambda()));
        }
    }

    /**
     * The rules of a softmax layer: only the output layer's activation, with cross-entropy and at
     * least {@link #MIN_SOFTMAX_OUTPUTS} output neurons.
     */
    private static void checkSoftmax(Architecture arch) {
        for (int l = 1; l < arch.depth(); l++) {
            if (arch.activation(l) == Activation.SOFTMAX) {
                throw new ScenarioException("activations[" + (l - 1) + "]",
                        CoreMessages.text("scenario.softmax.notOutput"));
            }
        }
        if (arch.outputActivation() != Activation.SOFTMAX) {
            return;
        }
        if (arch.loss() != Loss.CROSS_ENTROPY) {
            throw new ScenarioException("loss", CoreMessages.text("scenario.softmax.loss", arch.loss().id()));
        }
        int out = arch.size(arch.depth());
        if (out < MIN_SOFTMAX_OUTPUTS) {
            throw new ScenarioException("layers[" + arch.depth() + "]", CoreMessages.text("scenario.softmax.outputs", MIN_SOFTMAX_OUTPUTS, out));
        }
    }

    /** The rule on a softmax output's targets: each at least 0, summing to 1 (within {@link #TARGET_SUM_TOLERANCE}). */
    private static void checkSoftmaxTargets(String field, List<Double> y) {
        double sum = 0;
        for (int j = 0; j < y.size(); j++) {
            if (y.get(j) < 0) {
                throw new ScenarioException(field + "[" + j + "]", CoreMessages.text("scenario.softmax.negative", y.get(j)));
            }
            sum += y.get(j);
        }
        if (Math.abs(sum - 1) > TARGET_SUM_TOLERANCE) {
            throw new ScenarioException(field, CoreMessages.text("scenario.softmax.sum", sum));
        }
    }

    private static void validate(Architecture arch, double learningRate, UpdateMode updateMode,
                                 Parameters parameters, List<Sample> samples) {
        if (arch == null) {
            throw new ScenarioException("layers", CoreMessages.text("scenario.missing"));
        }
        List<Integer> sizes = arch.sizes();
        checkLayerCount(sizes.size());
        for (int l = 0; l < sizes.size(); l++) {
            if (!NEURONS.contains(sizes.get(l))) {
                throw NEURONS.outside("layers[" + l + "]", sizes.get(l));
            }
        }
        checkSoftmax(arch);
        if (arch.loss() == Loss.CROSS_ENTROPY && !arch.loss().cancelsWith(arch.outputActivation())) {
            throw new ScenarioException("loss", CoreMessages.text("scenario.crossEntropy.output", arch.outputActivation().id()));
        }
        if (!Double.isFinite(learningRate) || learningRate <= 0) {
            throw new ScenarioException("learningRate", CoreMessages.text("scenario.aboveZero", learningRate));
        }
        if (updateMode == null) {
            throw new ScenarioException("update", CoreMessages.text("scenario.missing"));
        }
        checkSampleCount(samples.size());
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
                                CoreMessages.text("scenario.crossEntropy.targets", y));
                    }
                }
            }
            if (arch.outputActivation() == Activation.SOFTMAX) {
                checkSoftmaxTargets("samples[" + s + "].y", sample.y());
            }
        }
        if (parameters != null) {
            if (!parameters.sizes().equals(sizes)) {
                throw new ScenarioException("weights", CoreMessages.text("scenario.weightsLayers", sizes));
            }
            if (!parameters.isFinite()) {
                throw new ScenarioException("weights", CoreMessages.text("scenario.weightsFinite"));
            }
        }
    }

    /** The rule on the number of layers (a file's reader checks it before it reads the sizes). */
    static void checkLayerCount(int count) {
        if (count < MIN_LAYERS || count > MAX_LAYERS) {
            throw new ScenarioException("layers", CoreMessages.text("scenario.layerCount", MIN_LAYERS, MAX_LAYERS, count));
        }
    }

    /** The rule on the number of bookmarks (a file's reader checks it before it reads them). */
    static void checkBookmarkCount(int count) {
        if (count > MAX_BOOKMARKS) {
            throw new ScenarioException("bookmarks", CoreMessages.text("scenario.bookmarkCount", MAX_BOOKMARKS, count));
        }
    }

    /** The rule on the number of samples (a file's reader checks it before it reads the samples). */
    static void checkSampleCount(int count) {
        if (count == 0) {
            throw new ScenarioException("samples", CoreMessages.text("scenario.noSamples"));
        }
        if (count > MAX_SAMPLES) {
            throw new ScenarioException("samples", CoreMessages.text("scenario.sampleCount", MAX_SAMPLES, count));
        }
    }

    /** The rule that a vector (an input, a target, a row of weights) has one value per neuron. */
    static void checkLength(String field, int length, int size) {
        if (length != size) {
            throw new ScenarioException(field, CoreMessages.text(size == 1 ? "scenario.vectorSize.one" : "scenario.vectorSize", size, length));
        }
    }

    private static void checkVector(String field, List<Double> v, int size) {
        checkLength(field, v.size(), size);
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(v.get(i))) {
                throw new ScenarioException(field + "[" + i + "]", CoreMessages.text("scenario.finite"));
            }
        }
    }

    /**
     * How training updates the parameters.
     *
     * @return the update mode, the optimizer and the regularisation
     */
    public UpdateRule updateRule() {
        return new UpdateRule(updateMode, optimizer, regularization);
    }

    /**
     * The starting parameters: the given ones, or drawn from {@code seed} by the
     * {@link #initializer()} (by default Xavier-uniform: weights in ±√(6 / (fan-in + fan-out)), biases 0).
     *
     * @return the parameters epoch 1 starts from
     */
    public Parameters initialParameters() {
        return parameters != null ? parameters : initializer.parameters(architecture.sizeArray(), seed);
    }

    /**
     * The training state an {@link dev.glassbox.core.math.Engine} starts from: the
     * {@link #initialParameters()} and the optimizer's memory before its first update (all 0), in
     * the layout of {@link OptimizerState}.
     *
     * @return a new array, the caller's to train in place
     */
    public double[] initialTrainingState() {
        return OptimizerState.initial(optimizer, architecture.sizeArray()).trainingState(initialParameters());
    }

    /**
     * A builder that starts from this scenario: change what differs, then {@link Builder#build()}.
     *
     * @return a builder holding every component of this scenario
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A builder with nothing set (batch update, seed 0): set at least the name, the architecture,
     * the learning rate and the samples, then {@link Builder#build()}.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder(null);
    }

    /**
     * Builds a {@link Scenario}, which checks every rule only in {@link #build()}, so the
     * components can be set in any order. Not thread-safe; a builder can build many scenarios.
     */
    public static final class Builder {
        private String name;
        private String lesson;
        private Architecture architecture;
        private double learningRate;
        private UpdateMode updateMode = UpdateMode.BATCH;
        private Optimizer optimizer = Optimizer.SGD;
        private Regularization regularization = Regularization.NONE;
        private Parameters parameters;
        private long seed;
        private Initializer initializer = Initializer.XAVIER;
        private List<Sample> samples;
        private List<Bookmark> bookmarks = List.of();
        private List<Question> quiz;

        private Builder(Scenario s) {
            if (s != null) {
                name = s.name;
                lesson = s.lesson;
                architecture = s.architecture;
                learningRate = s.learningRate;
                updateMode = s.updateMode;
                optimizer = s.optimizer;
                regularization = s.regularization;
                parameters = s.parameters;
                seed = s.seed;
                initializer = s.initializer;
                samples = s.samples;
                bookmarks = s.bookmarks;
                quiz = s.quiz;
            }
        }

        /**
         * Sets the title.
         *
         * @param name a title, not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the lesson.
         *
         * @param lesson the text shown beside the scenario (plain text); null means none
         * @return this builder
         */
        public Builder lesson(String lesson) {
            this.lesson = lesson;
            return this;
        }

        /**
         * Sets the network. Other layer sizes drop the starting parameters, which would not fit
         * them (the seed initialises the new network): set parameters after the architecture.
         *
         * @param architecture layer sizes, activations and loss
         * @return this builder
         */
        public Builder architecture(Architecture architecture) {
            if (this.architecture != null && !architecture.sizes().equals(this.architecture.sizes())) {
                parameters = null;
            }
            this.architecture = architecture;
            return this;
        }

        /**
         * Sets the loss, keeping the layers and activations of the architecture set before.
         *
         * @param loss the loss
         * @return this builder
         */
        public Builder loss(Loss loss) {
            return architecture(new Architecture(architecture.sizes(), architecture.activations(), loss));
        }

        /**
         * Sets the activations, keeping the layers and loss of the architecture set before.
         *
         * @param hidden the activation of every hidden layer
         * @param output the activation of the output layer
         * @return this builder
         */
        public Builder activations(Activation hidden, Activation output) {
            List<Activation> fs = new ArrayList<>(Collections.nCopies(architecture.depth() - 1, hidden));
            fs.add(output);
            return architecture(new Architecture(architecture.sizes(), fs, architecture.loss()));
        }

        /**
         * Sets the learning rate.
         *
         * @param learningRate η, finite and positive
         * @return this builder
         */
        public Builder learningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /**
         * Sets the update mode.
         *
         * @param updateMode batch or online
         * @return this builder
         */
        public Builder updateMode(UpdateMode updateMode) {
            this.updateMode = updateMode;
            return this;
        }

        /**
         * Sets the optimizer.
         *
         * @param optimizer plain gradient descent ({@link Optimizer#SGD}, the default), momentum or Adam
         * @return this builder
         */
        public Builder optimizer(Optimizer optimizer) {
            this.optimizer = optimizer;
            return this;
        }

        /**
         * Sets the regularisation.
         *
         * @param regularization a weight penalty, or {@link Regularization#NONE} (the default)
         * @return this builder
         */
        public Builder regularization(Regularization regularization) {
            this.regularization = regularization;
            return this;
        }

        /**
         * Sets the starting parameters (e.g. the current weights, to hand out).
         *
         * @param parameters weights and biases of the architecture's sizes, or null to initialise from the seed
         * @return this builder
         */
        public Builder parameters(Parameters parameters) {
            this.parameters = parameters;
            return this;
        }

        /**
         * Sets the seed of the initialisation used when there are no starting parameters.
         *
         * @param seed within ±{@link Scenario#MAX_SEED}
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets how the weights are drawn from the seed when there are no starting parameters.
         *
         * @param initializer the initialiser; {@link Initializer#XAVIER} is the default
         * @return this builder
         */
        public Builder initializer(Initializer initializer) {
            this.initializer = initializer;
            return this;
        }

        /**
         * Sets the training set.
         *
         * @param samples one to {@link Scenario#MAX_SAMPLES} samples
         * @return this builder
         */
        public Builder samples(List<Sample> samples) {
            this.samples = samples;
            return this;
        }

        /**
         * Sets the bookmarks.
         *
         * @param bookmarks marks on epochs, at most one per epoch; null or empty for none (the default)
         * @return this builder
         */
        public Builder bookmarks(List<Bookmark> bookmarks) {
            this.bookmarks = bookmarks;
            return this;
        }

        /**
         * Sets the teacher's quiz.
         *
         * @param quiz questions played in order (at most {@link Scenario#MAX_QUIZ_QUESTIONS}); null or
         *             empty for none
         * @return this builder
         */
        public Builder quiz(List<Question> quiz) {
            this.quiz = quiz;
            return this;
        }

        /**
         * The scenario, checked.
         *
         * @return a new scenario of the components set
         * @throws ScenarioException naming the field of the first rule broken
         */
        public Scenario build() {
            return new Scenario(name, lesson, architecture, learningRate, updateMode, optimizer, regularization, parameters,
                    seed, initializer, samples, bookmarks, quiz);
        }
    }
}
