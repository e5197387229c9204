package dev.glassbox.swing.chain;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.GradientCheck;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.OptimizerStep;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Penalty;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GradientShown;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the chain rule of the model's inspected element — a connection's weight {@code w}, or a
 * neuron's bias {@code b} — on the viewed sample, with the trace's numbers: {@code ∂L/∂w = δ_j · a_i},
 * how {@code δ_j} comes about, the mean over the samples, the update, and the finite-difference
 * check beside the backpropagated gradient. The gradient the model shows
 * ({@link GlassboxModel#gradientShown()}) is the chain rule's headline: the viewed sample's own,
 * with the batch mean after the δ for comparison; or the batch mean, its samples' gradients under it
 * (the viewed one highlighted) and the δ of the viewed sample after them.
 */
final class ChainRuleWriter {
    /** At most this many samples are written out one by one. */
    private static final int SHOWN_SAMPLES = 8;
    /** Digits of the two gradients compared in the check. */
    private static final int CHECK_DIGITS = 7;

    private final Derivation d = new Derivation();
    private final GlassboxModel model;
    private final EpochTrace t;
    private final Architecture arch;
    private final int s;
    private final int count;
    /** The inspected connection, or null when a bias is explained. */
    private final Connection c;
    private final NeuronId j;
    private final String symbol;
    private final boolean online;

    private ChainRuleWriter(GlassboxModel model, NetworkElement e) {
        this.model = model;
        this.t = model.trace();
        this.arch = t.architecture();
        this.s = model.viewedSample();
        this.count = t.samples().size();
        this.c = e instanceof Connection connection ? connection : null;
        this.j = c != null ? c.target() : (NeuronId) e;
        this.symbol = c != null ? "w" : "b";
        this.online = t.updateMode() == UpdateMode.ONLINE;
    }

    /** The derivation for what {@code model} inspects now. */
    static Derivation write(GlassboxModel model) {
        NetworkElement e = model.inspected();
        if (model.inspection().concealed() != null) {
            // Any element's chain rule would carry the asked value or the numbers it is made of.
            return new Derivation().paragraph(new MathRow().text(Messages.text("chain.concealed"), Ink.MUTED));
        }
        if (e == null) {
            return new Derivation().paragraph(new MathRow().text(hint(), Ink.MUTED));
        }
        if (e instanceof NeuronId id && id.layer() == 0) {
            return input(model, id);
        }
        return new ChainRuleWriter(model, e).write();
    }

    /** {@return what to point at for a chain rule} */
    private static String hint() {
        return Messages.text("chain.hint");
    }

    private static Derivation input(GlassboxModel model, NeuronId id) {
        double x = model.trace().sample(model.viewedSample()).neuron(id).a();
        return new Derivation()
                .paragraph(new MathRow().strong(Names.neuron(model.trace().architecture(), id), Ink.TEXT))
                .paragraph(new MathRow().sentence(Messages.text("chain.input", MathRow.slot(0)), Ink.TEXT,
                        new MathRow().sym("x").op(" = ").num(x, Ink.FORWARD)))
                .paragraph(new MathRow().text(hint(), Ink.MUTED));
    }

    private Derivation write() {
        title();
        if (model.gradientShown() == GradientShown.PER_SAMPLE) {
            chainRule();
            DeltaWriter.write(d, t, s, j);
            String n = String.valueOf(count);
            d.heading(new MathRow().strong(online ? Messages.text("chain.mean.comparison.online", n)
                    : Messages.text("chain.mean.comparison", n), Ink.MUTED));
            if (online) {
                d.paragraph(new MathRow().text(Messages.text("chain.mean.online", symbol), Ink.MUTED));
            }
            samples();
            mean();
        } else {
            String n = String.valueOf(count);
            d.heading(heading().text(online ? Messages.text("chain.shown.batchMean.online", n)
                    : Messages.text("chain.shown.batchMean", n), Ink.MUTED));
            if (online) {
                d.paragraph(new MathRow().text(Messages.text("chain.batchMean.online"), Ink.MUTED));
            }
            mean();
            samples();
            DeltaWriter.write(d, t, s, j);
        }
        update();
        check();
        return d;
    }

    /** The chain rule's heading, to be followed by which gradient it shows. */
    private static MathRow heading() {
        return new MathRow().strong(Messages.text("chain.heading"), Ink.MUTED).text("  ·  ", Ink.MUTED);
    }

    private void title() {
        String name = c != null ? Messages.text("chain.title.weight", Names.connection(arch, c))
                : Messages.text("chain.title.bias", Names.neuron(arch, j));
        d.paragraph(new MathRow().strong(name, Ink.TEXT)
                .text("  ·  " + Messages.text("chain.title.sample", String.valueOf(s + 1), String.valueOf(count)), Ink.MUTED));
        MathRow legend = new MathRow();
        if (c != null) {
            legend.sym("i", Ink.MUTED).text(" = " + Names.neuron(arch, c.source()) + ", ", Ink.MUTED);
        }
        legend.sym("j", Ink.MUTED).text(" = " + Names.neuron(arch, j) + ";  ", Ink.MUTED)
                .sym("x", Ink.MUTED).op(" = ").op(Numbers.vector(t.sample(s).sample().x()))
                .op(",  ").sym("y", Ink.MUTED).op(" = ").op(Numbers.vector(t.sample(s).sample().y()));
        d.paragraph(legend);
    }

    private void chainRule() {
        d.heading(heading().text(Messages.text("chain.shown.perSample", symbol), Ink.MUTED));
        SampleTrace sample = t.sample(s);
        double g = gradient(sample);
        MathRow lhs = new MathRow().sym("∂L").op("/").sym("∂" + symbol);
        if (c == null) {
            d.equation(lhs, delta(), new MathRow().num(g, Ink.sign(g)));
            return;
        }
        d.equation(lhs,
                delta().op(" · ").sym("a", Ink.FORWARD).sub("i"),
                product(sample),
                new MathRow().num(g, Ink.sign(g)));
    }

    /**
     * {@code δ_j · a_i} of a sample with the digits that make it check by hand: an input written as
     * given ({@code 1}) where four digits do.
     */
    private MathRow product(SampleTrace sample) {
        double delta = sample.neuron(j).delta();
        double a = sample.neuron(c.source()).a();
        int digits = Numbers.digitsToCheck(gradient(sample), v -> v[0] * v[1], delta, a);
        String written = c.layer() == 0 && digits == 4 ? Numbers.compact(a) : Numbers.format(a, digits);
        return new MathRow().factor(Numbers.format(delta, digits), Ink.BACKWARD).op(" · ").factor(written, Ink.FORWARD);
    }

    private static MathRow delta() {
        return new MathRow().sym("δ", Ink.BACKWARD).sub("j");
    }

    /** This sample's own gradient of the weight or bias. */
    private double gradient(SampleTrace sample) {
        return c != null ? sample.gradient(c) : sample.gradient().bias(j.layer() - 1, j.index());
    }

    private double value(Parameters p) {
        return c != null ? p.weight(c) : p.bias(j.layer() - 1, j.index());
    }

    /** Each sample's gradient, a line each, the viewed sample's highlighted. */
    private void samples() {
        for (int r : shownSamples()) {
            SampleTrace sample = t.sample(r);
            double g = gradient(sample);
            MathRow lhs = new MathRow().text(Messages.text("chain.sample", String.valueOf(r + 1)) + " ", Ink.MUTED)
                    .append(delta());
            List<MathRow> steps = new ArrayList<>();
            if (c != null) {
                lhs.op("·").sym("a", Ink.FORWARD).sub("i");
                steps.add(product(sample));
            }
            steps.add(new MathRow().num(g, Ink.sign(g)));
            d.add(new Derivation.Equation(lhs, "=", steps, true, r == s));
        }
        if (count > SHOWN_SAMPLES) {
            d.paragraph(new MathRow().text(Messages.text("chain.moreSamples", count - SHOWN_SAMPLES), Ink.MUTED));
        }
    }

    /** {@code ḡ = (g₁ + … + gₙ) / n} with the samples' gradients. */
    private void mean() {
        double mean = value(t.meanGradient());
        d.equation(new MathRow().sym("ḡ"), sum(), new MathRow().num(mean, Ink.sign(mean)));
    }

    /** The samples written out: all of few, else the first ones and the viewed one. */
    private List<Integer> shownSamples() {
        List<Integer> shown = new ArrayList<>();
        for (int r = 0; r < Math.min(count, SHOWN_SAMPLES); r++) {
            shown.add(r);
        }
        if (s >= SHOWN_SAMPLES) {
            shown.set(SHOWN_SAMPLES - 1, s);
        }
        return shown;
    }

    /** {@code (g₁ + g₂ + … + gₙ) / n}, abridged to {@code (g₁ + g₂ + g₃ + … + gₙ) / n} for many samples. */
    private MathRow sum() {
        double first = gradient(t.sample(0));
        MathRow sum = new MathRow().op("(").num(first, Ink.sign(first));
        boolean abridged = count > SHOWN_SAMPLES;
        for (int r = 1; r < (abridged ? 3 : count); r++) {
            double g = gradient(t.sample(r));
            sum.term(g, Ink.sign(g));
        }
        if (abridged) {
            double last = gradient(t.sample(count - 1));
            sum.op(" + …").term(last, Ink.sign(last));
        }
        return sum.op(") / " + count);
    }

    /**
     * The update the optimizer made, with its numbers: the gradient it followed (the loss gradient
     * plus the penalty term), the velocity or the moments and their bias correction, and the step.
     * In online mode it is the viewed sample's own update.
     */
    private void update() {
        double eta = t.learningRate();
        MathRow heading = new MathRow().strong(Messages.text("chain.update") + " ", Ink.MUTED).sym("η")
                .op(" = " + Numbers.compact(eta));
        Optimizer optimizer = t.optimizer();
        if (optimizer instanceof Momentum m) {
            heading.text(",  " + Messages.text("chain.update.momentum") + " ", Ink.MUTED).sym("μ")
                    .op(" = " + Numbers.compact(m.momentum()));
        } else if (optimizer instanceof Adam a) {
            heading.text(",  Adam ", Ink.MUTED).sym("β").sub("1").op(" = " + Numbers.compact(a.beta1()) + ", ")
                    .sym("β").sub("2").op(" = " + Numbers.compact(a.beta2()) + ", ")
                    .sym("ε").op(" = " + Numbers.compact(a.epsilon()));
        }
        d.heading(heading);
        OptimizerStep step = t.stepAfter(s);
        if (online) {
            d.paragraph(new MathRow().text(Messages.text("chain.update.online", String.valueOf(s + 1),
                    String.valueOf(step.t())), Ink.MUTED));
        }
        String followed = online ? "∂L/∂" + symbol : "ḡ";
        double g = value(step.gradient());
        MathRow gradient = followedGradient(step, followed);
        double before = value(step.parametersBefore());
        double after = value(step.parametersAfter());
        if (optimizer instanceof Momentum m) {
            double vBefore = value(step.before().moment(0));
            double vAfter = value(step.after().moment(0));
            d.add(new Derivation.Equation(new MathRow().sym("v"), "←", List.of(
                    new MathRow().sym("μ").op("·").sym("v").op(" + ").append(gradient),
                    new MathRow().op(Numbers.compact(m.momentum()) + "·").factor(vBefore, Ink.sign(vBefore))
                            .term(g, Ink.sign(g)),
                    new MathRow().num(vAfter, Ink.sign(vAfter))), false, false));
            stepRow(new MathRow().sym("η").op("·").sym("v"), new MathRow().op(Numbers.compact(eta) + "·")
                    .factor(vAfter, Ink.sign(vAfter)), before, after);
        } else if (optimizer instanceof Adam a) {
            double mAfter = value(step.after().moment(0));
            double vAfter = value(step.after().moment(1));
            double mHat = value(step.correctedFirst());
            double vHat = value(step.correctedSecond());
            d.add(new Derivation.Equation(new MathRow().sym("m"), "←", List.of(
                    new MathRow().sym("β").sub("1").op("·").sym("m").op(" + (1 − ").sym("β").sub("1").op(")·")
                            .append(gradient),
                    new MathRow().op(Numbers.compact(a.beta1()) + "·").factor(value(step.before().moment(0)), Ink.MUTED)
                            .op(" + " + Numbers.compact(1 - a.beta1()) + "·").factor(g, Ink.sign(g)),
                    new MathRow().num(mAfter, Ink.sign(mAfter))), false, false));
            d.add(new Derivation.Equation(new MathRow().sym("v"), "←", List.of(
                    new MathRow().sym("β").sub("2").op("·").sym("v").op(" + (1 − ").sym("β").sub("2").op(")·")
                            .op("(").append(gradient).op(")²"),
                    new MathRow().op(Numbers.compact(a.beta2()) + "·").factor(value(step.before().moment(1)), Ink.MUTED)
                            .op(" + " + Numbers.compact(1 - a.beta2()) + "·").factor(g, Ink.sign(g)).op("²"),
                    new MathRow().num(vAfter, Ink.TEXT)), false, false));
            d.equation(new MathRow().sym("m̂").op(" = ").sym("m").op(" / (1 − ").sym("β").sub("1").op("^" + step.t() + ")"),
                    new MathRow().num(mHat, Ink.sign(mHat)));
            d.equation(new MathRow().sym("v̂").op(" = ").sym("v").op(" / (1 − ").sym("β").sub("2").op("^" + step.t() + ")"),
                    new MathRow().num(vHat, Ink.TEXT));
            stepRow(new MathRow().sym("η").op("·").sym("m̂").op(" / (√").sym("v̂").op(" + ").sym("ε").op(")"),
                    new MathRow().op(Numbers.compact(eta) + "·").factor(mHat, Ink.sign(mHat)).op(" / (√")
                            .op(Numbers.format(vHat)).op(" + " + Numbers.compact(a.epsilon()) + ")"), before, after);
        } else {
            int digits = Numbers.digitsToCheck(after, v -> v[0] - eta * v[1], before, g);
            d.add(new Derivation.Equation(new MathRow().sym(symbol), "←", List.of(
                    new MathRow().sym(symbol).op(" − ").sym("η").op("·").append(gradient),
                    new MathRow().num(before, digits, Ink.sign(before)).op(" − " + Numbers.compact(eta) + "·")
                            .factor(Numbers.format(g, digits), Ink.sign(g)),
                    new MathRow().num(after, Ink.sign(after))), false, false));
        }
        if (online) {
            double first = value(t.before());
            double last = value(t.after());
            d.paragraph(new MathRow().text(Messages.text("chain.update.overEpoch") + " ", Ink.MUTED).num(first, Ink.sign(first))
                    .op(" → ").num(last, Ink.sign(last)));
        }
    }

    /**
     * The gradient the optimizer follows, as a symbol: the loss gradient, with the penalty term
     * {@code λ·R′(w)} written out beside it when a weight is regularised ({@code g = ḡ + λ·w = …}).
     */
    private MathRow followedGradient(OptimizerStep step, String followed) {
        Regularization r = t.regularization();
        if (!r.active() || c == null) {
            return new MathRow().sym(followed);
        }
        double loss = value(step.lossGradient());
        double penalty = value(step.penaltyGradient());
        double g = value(step.gradient());
        double w = value(step.parametersBefore());
        d.equation(new MathRow().sym("g").op(" = ").sym(followed).op(" + ").sym("λ").op("·" + r.penalty().slopeFormula()),
                new MathRow().num(loss, Ink.sign(loss)).op(" + " + Numbers.compact(r.lambda()) + "·")
                        .factor(r.penalty() == Penalty.L1 ? Numbers.format(Math.signum(w)) : Numbers.format(w), Ink.sign(w)),
                new MathRow().num(loss, Ink.sign(loss)).term(penalty, Ink.sign(penalty)),
                new MathRow().num(g, Ink.sign(g)));
        return new MathRow().sym("g");
    }

    /** {@code w ← w − step = before − (the step's numbers) = after}. */
    private void stepRow(MathRow stepSymbols, MathRow stepNumbers, double before, double after) {
        d.add(new Derivation.Equation(new MathRow().sym(symbol), "←", List.of(
                new MathRow().sym(symbol).op(" − ").append(stepSymbols),
                new MathRow().num(before, Ink.sign(before)).op(" − ").append(stepNumbers),
                new MathRow().num(after, Ink.sign(after))), false, false));
    }

    private void check() {
        d.heading(new MathRow().strong(Messages.text("chain.check"), Ink.MUTED));
        double mean = value(t.meanGradient());
        double numeric = model.numericGradient(c != null ? c : j);
        d.equation(new MathRow().text(Messages.text("chain.check.backprop") + " ", Ink.TEXT).sym("ḡ"), new MathRow().num(mean, CHECK_DIGITS, Ink.sign(mean)));
        d.equation(new MathRow().op("[").sym("L").op("(").sym(symbol).op(" + ").sym("h").op(") − ")
                        .sym("L").op("(").sym(symbol).op(" − ").sym("h").op(")] / 2").sym("h"),
                new MathRow().num(numeric, CHECK_DIGITS, Ink.sign(numeric)));
        MathRow note = new MathRow().sym("h", Ink.MUTED).op(" = ").op(Numbers.format(GradientCheck.H, 1))
                .text(",", Ink.MUTED).op("  ").sentence(Messages.text("chain.check.loss", MathRow.slot(0), String.valueOf(count)),
                        Ink.MUTED, new MathRow().sym("L", Ink.MUTED));
        note.text(" " + (online ? Messages.text("chain.check.online") : Messages.text("chain.check.batch")), Ink.MUTED);
        d.paragraph(note);
    }
}
