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
import dev.glassbox.swing.internal.text.Messages;
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
        String sum = inputs <= LISTED_TERMS ? terms.toString() : terms + " " + Messages.text("quiz.worked.terms", inputs);
        line(Step.WEIGHTED_SUM, Messages.text("quiz.worked.z", Names.neuron(arch, id)) + " = Σ w·a + b = " + sum + " + "
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
            line(Step.RAW_ERROR, Messages.text("quiz.worked.rawError") + " = " + raw + " = "
                    + Formulas.filled(raw, Map.of("a", n(nt.a()), "y", n(y))) + " = " + n(nt.rawError()));
        } else {
            StringJoiner terms = new StringJoiner(" + ");
            int next = arch.size(l + 1);
            for (int k = 0; k < Math.min(next, LISTED_TERMS); k++) {
                terms.add(n(s.before().weight(l, k, id.index())) + "·" + n(s.neuron(l + 1, k).delta()));
            }
            String sum = next <= LISTED_TERMS ? terms.toString() : terms + " " + Messages.text("quiz.worked.terms", next);
            line(Step.BACKPROP_SUM, Messages.text("quiz.worked.backpropSum") + " = " + sum + " = " + n(nt.rawError())
                    + "  " + Messages.text("quiz.worked.weightsBefore"));
        }
        Activation f = arch.activation(l);
        String slope = f.slopeFormula();
        line(Step.SLOPE, Messages.text("quiz.worked.slope") + " = " + slope + " = "
                + Formulas.filled(slope, Map.of("a", n(nt.a()), "z", n(nt.z()))) + " = " + n(nt.slope()));
        String cancelled = l == arch.depth() && t.cancellation() ? "  " + Messages.text("quiz.worked.cancels") : "";
        line(Step.DELTA, Messages.text("quiz.worked.delta") + " = " + n(nt.rawError()) + " × " + n(nt.slope()) + " = "
                + n(nt.delta()) + cancelled);
    }

    private void gradient(Connection c, SampleTrace sample) {
        NeuronTrace to = sample.neuron(c.target());
        NeuronTrace from = sample.neuron(c.source());
        String prefix = q.quantity().ofConnection() && sample != s
                ? Messages.text("quiz.worked.sample", String.valueOf(sample.index() + 1)) + " " : "";
        if (sample == s) {
            line(Step.DELTA, Messages.text("quiz.worked.targetDelta", Names.neuron(arch, c.target())) + " = " + n(to.delta()));
            line(Step.ACTIVATION, Messages.text("quiz.worked.sourceA", Names.neuron(arch, c.source())) + " = " + n(from.a()));
        }
        line(Step.GRADIENT, prefix + "∂L/∂w = δ_j · a_i = " + n(to.delta()) + " × " + n(from.a()) + " = "
                + n(sample.gradient(c)));
    }

    private void batchMean(Connection c) {
        StringJoiner terms = new StringJoiner(" + ");
        int shown = Math.min(t.samples().size(), LISTED_TERMS);
        for (int k = 0; k < shown; k++) {
            SampleTrace sample = t.sample(k);
            line(Step.GRADIENT, Messages.text("quiz.worked.sample", String.valueOf(k + 1)) + " ∂L/∂w = δ_j · a_i = " + n(sample.neuron(c.target()).delta())
                    + " × " + n(sample.neuron(c.source()).a()) + " = " + n(sample.gradient(c)));
            terms.add(n(sample.gradient(c)));
        }
        int all = t.samples().size();
        String sum = all <= LISTED_TERMS ? terms.toString() : terms + " " + Messages.text("quiz.worked.samples", all);
        line(Step.BATCH_MEAN, "ḡ = (" + sum + ") / " + all + " = " + n(t.meanGradient(c))
                + "  " + Messages.text("quiz.worked.meanNotSum"));
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
            line(Step.UPDATE, Messages.text("quiz.worked.optimizerStep", n(w), n(after)));
            return;
        }
        String gradientName = batch ? "ḡ" : "∂L/∂w";
        line(Step.UPDATE, "w ← w − η·" + gradientName + " = " + n(w) + " − " + n(t.learningRate()) + " × " + n(g)
                + " = " + n(after) + "  " + Messages.text("quiz.worked.downhill"));
    }
}
