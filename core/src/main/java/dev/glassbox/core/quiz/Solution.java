package dev.glassbox.core.quiz;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Sgd;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.core.trace.SampleTrace;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a question, read from the epoch's trace (so it is exactly what the glass box will
 * show), and the wrong answers the common mistakes give, computed from the same numbers. An
 * answer is right within {@link #tolerance(double)}: 1 % of the value, or 0.0001 near 0, so a
 * student may compute with the rounded numbers the views show.
 *
 * @param question     the question
 * @param expected     the right value
 * @param wrongAnswers the value each known mistake gives, for the mistakes that can happen in this
 *                     question and whose value can be told apart from the right one
 */
public record Solution(Question question, double expected, Map<Mistake, Double> wrongAnswers) {
    /** An answer within this fraction of the right value is right. */
    public static final double RELATIVE_TOLERANCE = 0.01;
    /** Near 0, an answer within this distance is right. */
    public static final double ABSOLUTE_TOLERANCE = 1e-4;

    /**
     * A solution, holding a copy of the wrong answers.
     *
     * @param question     the question
     * @param expected     the right value
     * @param wrongAnswers the value of each known mistake
     */
    public Solution {
        Map<Mistake, Double> copy = new EnumMap<>(Mistake.class);
        copy.putAll(wrongAnswers);
        wrongAnswers = Collections.unmodifiableMap(copy);
    }

    /**
     * How far from {@code value} an answer still counts as that value.
     *
     * @param value a right or a wrong answer
     * @return {@code max(0.0001, 1 % of |value|)}
     */
    public static double tolerance(double value) {
        return Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * Math.abs(value));
    }

    /**
     * The solution of {@code question} in {@code trace}, the trace of the question's epoch.
     *
     * @param trace    the trace of epoch {@code question.epoch()}
     * @param question the question
     * @return its solution
     * @throws IllegalArgumentException if the trace is of another epoch, or the question cannot
     *         be asked of its network ({@link Question#problemIn})
     */
    public static Solution of(EpochTrace trace, Question question) {
        if (trace.epoch() != question.epoch()) {
            throw new IllegalArgumentException("the question is about epoch " + question.epoch()
                    + ", the trace is of epoch " + trace.epoch());
        }
        question.problemIn(trace.architecture(), trace.samples().size()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Map<Mistake, Double> wrong = new EnumMap<>(Mistake.class);
        double expected = switch (question.quantity()) {
            case Z -> z(trace, question, wrong);
            case A -> a(trace, question, wrong);
            case DELTA -> delta(trace, question, wrong);
            case GRADIENT -> gradient(trace, question, wrong);
            case BATCH_GRADIENT -> batchGradient(trace, question, wrong);
            case UPDATED_WEIGHT -> updatedWeight(trace, question, wrong);
        };
        // A mistake that gives the right value here (no bias to forget, a slope of 1) cannot be told.
        wrong.values().removeIf(v -> !Double.isFinite(v) || Math.abs(v - expected) <= tolerance(expected));
        return new Solution(question, expected, wrong);
    }

    /**
     * Checks an answer.
     *
     * @param given the student's value
     * @return right or wrong, and for a wrong answer the known mistake whose value it matches
     */
    public Verdict check(double given) {
        double tolerance = tolerance(expected);
        boolean correct = Math.abs(given - expected) <= tolerance;
        Optional<Mistake> mistake = correct ? Optional.empty() : wrongAnswers.entrySet().stream()
                .filter(e -> Math.abs(given - e.getValue()) <= tolerance(e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
        return new Verdict(question, given, expected, tolerance, correct, mistake);
    }

    // ---------------------------------------------------------------- one function per quantity

    private static double z(EpochTrace t, Question q, Map<Mistake, Double> wrong) {
        NeuronId n = (NeuronId) q.element();
        SampleTrace s = t.sample(q.sample());
        double z = s.neuron(n).z();
        wrong.put(Mistake.BIAS_LEFT_OUT, z - s.before().bias(n.layer() - 1, n.index()));
        return z;
    }

    private static double a(EpochTrace t, Question q, Map<Mistake, Double> wrong) {
        NeuronTrace n = t.sample(q.sample()).neuron((NeuronId) q.element());
        wrong.put(Mistake.ACTIVATION_LEFT_OUT, n.z());
        return n.a();
    }

    private static double delta(EpochTrace t, Question q, Map<Mistake, Double> wrong) {
        NeuronId id = (NeuronId) q.element();
        SampleTrace s = t.sample(q.sample());
        NeuronTrace n = s.neuron(id);
        double delta = n.delta();
        wrong.put(Mistake.SLOPE_LEFT_OUT, n.rawError());
        wrong.put(Mistake.RAW_ERROR_SIGN, -delta);
        boolean output = id.layer() == t.architecture().depth();
        if (output && t.architecture().loss() == Loss.MSE) {
            wrong.put(Mistake.HALF_KEPT, delta / 2);
            wrong.put(Mistake.HALF_DROPPED_TWICE, 2 * delta);
        }
        if (!output) {
            wrong.put(Mistake.NEW_WEIGHT_IN_BACKPROP,
                    backpropSum(t.afterSample(q.sample()), s, id) * n.slope());
        }
        return delta;
    }

    /** {@code Σ_k w_kj · δ_k} over the next layer, with the weights {@code p}. */
    private static double backpropSum(Parameters p, SampleTrace s, NeuronId id) {
        int l = id.layer();
        double sum = 0.0;
        for (int k = 0; k < p.sizes().get(l + 1); k++) {
            sum += p.weight(l, k, id.index()) * s.neuron(l + 1, k).delta();
        }
        return sum;
    }

    private static double gradient(EpochTrace t, Question q, Map<Mistake, Double> wrong) {
        Connection c = (Connection) q.element();
        SampleTrace s = t.sample(q.sample());
        double g = s.gradient(c);
        NeuronTrace to = s.neuron(c.target());
        wrong.put(Mistake.TARGET_ACTIVATION, to.delta() * to.a());
        wrong.put(Mistake.RAW_ERROR_SIGN, -g);
        wrong.put(Mistake.SLOPE_LEFT_OUT, to.rawError() * s.neuron(c.source()).a());
        return g;
    }

    private static double batchGradient(EpochTrace t, Question q, Map<Mistake, Double> wrong) {
        Connection c = (Connection) q.element();
        double mean = t.meanGradient(c);
        wrong.put(Mistake.SUM_NOT_MEAN, sumOfGradients(t, c));
        wrong.put(Mistake.RAW_ERROR_SIGN, -mean);
        double targetActivations = 0.0;
        for (SampleTrace s : t.samples()) {
            NeuronTrace to = s.neuron(c.target());
            targetActivations += to.delta() * to.a();
        }
        wrong.put(Mistake.TARGET_ACTIVATION, targetActivations / t.samples().size());
        return mean;
    }

    private static double sumOfGradients(EpochTrace t, Connection c) {
        double sum = 0.0;
        for (SampleTrace s : t.samples()) {
            sum += s.gradient(c);
        }
        return sum;
    }

    /** Batch: {@code w − η·ḡ} once per epoch; online: {@code w − η·∂L/∂w} of the sample, after the samples before it. */
    private static double updatedWeight(EpochTrace t, Question q, Map<Mistake, Double> wrong) {
        Connection c = (Connection) q.element();
        boolean batch = t.updateMode() == UpdateMode.BATCH;
        SampleTrace s = t.sample(q.sample());
        double w = batch ? t.before().weight(c) : s.before().weight(c);
        double g = batch ? t.meanGradient(c) : s.gradient(c);
        double eta = t.learningRate();
        if (!(t.optimizer() instanceof Sgd)) {
            // Momentum and Adam step by their own state: the plain-step mistakes do not apply.
            return t.afterSample(q.sample()).weight(c);
        }
        wrong.put(Mistake.UPDATE_SIGN, w + eta * g);
        wrong.put(Mistake.LEARNING_RATE_LEFT_OUT, w - g);
        if (batch) {
            wrong.put(Mistake.SUM_NOT_MEAN, w - eta * sumOfGradients(t, c));
        }
        return t.afterSample(q.sample()).weight(c);
    }
}
