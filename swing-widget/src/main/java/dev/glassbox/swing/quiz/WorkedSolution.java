package dev.glassbox.swing.quiz;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Sgd;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.quiz.Question;
import dev.glassbox.core.quiz.Step;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.swing.internal.text.Formulas;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes a question's solution step by step with the epoch's numbers, each line tagged with the
 * {@link Step} a known mistake goes wrong at, so that hints reveal one line at a time and a
 * recognised mistake's line is highlighted. The numbers come from the trace; only text is made here.
 */
final class WorkedSolution {
    /** Terms listed in a sum before it is summarised. */
    private static final int LISTED_TERMS = 6;

    private final EpochTrace t;
    private final Architecture arch;
    private final Question q;
    private final SampleTrace s;
    private final List<WorkedStep> lines = new ArrayList<>();

    private WorkedSolution(EpochTrace trace, Question question) {
        this.t = trace;
        this.arch = trace.architecture();
        this.q = question;
        this.s = trace.sample(question.sample());
    }

    /** The worked solution of {@code question} in {@code trace}, the trace of its epoch. */
    static List<WorkedStep> of(EpochTrace trace, Question question) {
        WorkedSolution w = new WorkedSolution(trace, question);
        switch (question.quantity()) {
            case Z -> w.z((NeuronId) question.element());
            case A -> w.a((NeuronId) question.element());
            case DELTA -> w.delta((NeuronId) question.element());
            case GRADIENT -> w.gradient((Connection) question.element(), w.s);
            case BATCH_GRADIENT -> w.batchMean((Connection) question.element());
            case UPDATED_WEIGHT -> w.update((Connection) question.element());
        }
        return List.copyOf(w.lines);
    }

    private void line(Step step, String text) {
        lines.add(new WorkedStep(step, text));
    }

    private static String n(double v) {
        return Numbers.format(v);
    }

    private void z(NeuronId id) {
        int l = id.layer();
        Parameters p = s.before();
        StringJoiner terms = new StringJoiner(" + ");
        int inputs = arch.size(l - 1);
        for (int i = 0; i < Math.min(inputs, LISTED_TERMS); i++) {
            terms.add(n(p.weight(l - 1, id.index(), i)) + "·" + n(s.neuron(l - 1, i).a()));
        }
        String sum = inputs <= LISTED_TERMS ? terms.toString() : terms + " + … (" + inputs + " terms)";
        line(Step.WEIGHTED_SUM, "z of " + Names.neuron(arch, id) + " = Σ w·a + b = " + sum + " + "
                + n(p.bias(l - 1, id.index())) + " = " + n(s.neuron(id).z()));
    }

    private void a(NeuronId id) {
        z(id);
        NeuronTrace nt = s.neuron(id);
        Activation f = arch.activation(id.layer());
        line(Step.ACTIVATION, "a = f(z) = " + f.formula() + " = "
                + Formulas.filled(f.formula(), Map.of("z", n(nt.z()))) + " = " + n(nt.a()));
    }

    private void delta(NeuronId id) {
        NeuronTrace nt = s.neuron(id);
        int l = id.layer();
        if (l == arch.depth()) {
            double y = s.sample().y().get(id.index());
            String raw = arch.loss().rawErrorFormula();
            line(Step.RAW_ERROR, "raw error ∂L/∂a = " + raw + " = "
                    + Formulas.filled(raw, Map.of("a", n(nt.a()), "y", n(y))) + " = " + n(nt.rawError()));
        } else {
            StringJoiner terms = new StringJoiner(" + ");
            int next = arch.size(l + 1);
            for (int k = 0; k < Math.min(next, LISTED_TERMS); k++) {
                terms.add(n(s.before().weight(l, k, id.index())) + "·" + n(s.neuron(l + 1, k).delta()));
            }
            String sum = next <= LISTED_TERMS ? terms.toString() : terms + " + … (" + next + " terms)";
            line(Step.BACKPROP_SUM, "backprop sum Σ w·δ = " + sum + " = " + n(nt.rawError())
                    + "  (the weights before the update)");
        }
        Activation f = arch.activation(l);
        String slope = f.slopeFormula();
        line(Step.SLOPE, "slope f′(z) = " + slope + " = "
                + Formulas.filled(slope, Map.of("a", n(nt.a()), "z", n(nt.z()))) + " = " + n(nt.slope()));
        String cancelled = l == arch.depth() && t.cancellation() ? "  (a − y: the slope cancels)" : "";
        line(Step.DELTA, "δ = raw error × slope = " + n(nt.rawError()) + " × " + n(nt.slope()) + " = "
                + n(nt.delta()) + cancelled);
    }

    private void gradient(Connection c, SampleTrace sample) {
        NeuronTrace to = sample.neuron(c.target());
        NeuronTrace from = sample.neuron(c.source());
        String prefix = q.quantity().ofConnection() && sample != s ? "sample " + (sample.index() + 1) + ": " : "";
        if (sample == s) {
            line(Step.DELTA, "δ of " + Names.neuron(arch, c.target()) + " (the neuron the weight feeds) = "
                    + n(to.delta()));
            line(Step.ACTIVATION, "a of " + Names.neuron(arch, c.source()) + " (the neuron the weight comes from) = "
                    + n(from.a()));
        }
        line(Step.GRADIENT, prefix + "∂L/∂w = δ_j · a_i = " + n(to.delta()) + " × " + n(from.a()) + " = "
                + n(sample.gradient(c)));
    }

    private void batchMean(Connection c) {
        StringJoiner terms = new StringJoiner(" + ");
        int shown = Math.min(t.samples().size(), LISTED_TERMS);
        for (int k = 0; k < shown; k++) {
            SampleTrace sample = t.sample(k);
            line(Step.GRADIENT, "sample " + (k + 1) + ": ∂L/∂w = δ_j · a_i = " + n(sample.neuron(c.target()).delta())
                    + " × " + n(sample.neuron(c.source()).a()) + " = " + n(sample.gradient(c)));
            terms.add(n(sample.gradient(c)));
        }
        int all = t.samples().size();
        String sum = all <= LISTED_TERMS ? terms.toString() : terms + " + … (" + all + " samples)";
        line(Step.BATCH_MEAN, "ḡ = (" + sum + ") / " + all + " = " + n(t.meanGradient(c))
                + "  (the mean, not the sum)");
    }

    private void update(Connection c) {
        boolean batch = t.updateMode() == UpdateMode.BATCH;
        double w = batch ? t.before().weight(c) : s.before().weight(c);
        double g;
        if (batch) {
            batchMean(c);
            g = t.meanGradient(c);
        } else {
            gradient(c, s);
            g = s.gradient(c);
        }
        double after = t.afterSample(q.sample()).weight(c);
        if (!(t.optimizer() instanceof Sgd)) {
            line(Step.UPDATE, "w moves by the optimizer's step, from its velocity or moments: " + n(w) + " → " + n(after));
            return;
        }
        String gradientName = batch ? "ḡ" : "∂L/∂w";
        line(Step.UPDATE, "w ← w − η·" + gradientName + " = " + n(w) + " − " + n(t.learningRate()) + " × " + n(g)
                + " = " + n(after) + "  (against the gradient: downhill)");
    }
}
