package dev.glassbox.swing.chain;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.GradientCheck;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Sgd;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the chain rule of the model's inspected element — a connection's weight {@code w}, or a
 * neuron's bias {@code b} — on the viewed sample, with the trace's numbers: {@code ∂L/∂w = δ_j · a_i},
 * how {@code δ_j} comes about, the mean over the samples, the update, and the finite-difference
 * check beside the backpropagated gradient.
 */
final class ChainRuleWriter {
    /** Shown when nothing is hovered or selected. */
    static final String CONCEALED = "The chain rule is hidden while a quiz question is open: "
            + "the quiz's Hint shows the worked solution a step at a time.";
    static final String HINT = "Hover or click a connection to see its chain rule, with the numbers of the viewed sample.";
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

    private ChainRuleWriter(GlassboxModel model, NetworkElement e) {
        this.model = model;
        this.t = model.trace();
        this.arch = t.architecture();
        this.s = model.viewedSample();
        this.count = t.samples().size();
        this.c = e instanceof Connection connection ? connection : null;
        this.j = c != null ? c.target() : (NeuronId) e;
        this.symbol = c != null ? "w" : "b";
    }

    /** The derivation for what {@code model} inspects now. */
    static Derivation write(GlassboxModel model) {
        NetworkElement e = model.inspected();
        if (model.inspection().concealed() != null) {
            // Any element's chain rule would carry the asked value or the numbers it is made of.
            return new Derivation().paragraph(new MathRow().text(CONCEALED, Ink.MUTED));
        }
        if (e == null) {
            return new Derivation().paragraph(new MathRow().text(HINT, Ink.MUTED));
        }
        if (e instanceof NeuronId id && id.layer() == 0) {
            return input(model, id);
        }
        return new ChainRuleWriter(model, e).write();
    }

    private static Derivation input(GlassboxModel model, NeuronId id) {
        double x = model.trace().sample(model.viewedSample()).neuron(id).a();
        return new Derivation()
                .paragraph(new MathRow().strong(Names.neuron(model.trace().architecture(), id), Ink.TEXT))
                .paragraph(new MathRow().text("An input neuron holds the sample's value", Ink.TEXT)
                        .op(" ").sym("x").op(" = ").num(x, Ink.FORWARD)
                        .text(" and has no δ and no bias.", Ink.TEXT))
                .paragraph(new MathRow().text(HINT, Ink.MUTED));
    }

    private Derivation write() {
        title();
        chainRule();
        DeltaWriter.write(d, t, s, j);
        mean();
        update();
        check();
        return d;
    }

    private void title() {
        String name = c != null ? "Weight " + Names.connection(arch, c) : "Bias of " + Names.neuron(arch, j);
        d.paragraph(new MathRow().strong(name, Ink.TEXT).text("  ·  sample " + (s + 1) + " of " + count, Ink.MUTED));
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
        d.heading(new MathRow().strong("Chain rule", Ink.MUTED));
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

    private void mean() {
        boolean online = t.updateMode() == UpdateMode.ONLINE;
        d.heading(new MathRow().strong((online ? "Mean" : "Batch mean") + " over " + count + " samples", Ink.MUTED));
        if (online) {
            d.paragraph(new MathRow().text("Online: each sample updates " + symbol + " by itself; the mean is for comparison.",
                    Ink.MUTED));
        }
        for (int r : shownSamples()) {
            SampleTrace sample = t.sample(r);
            double g = gradient(sample);
            MathRow lhs = new MathRow().text("sample " + (r + 1) + ": ", Ink.MUTED).append(delta());
            List<MathRow> steps = new ArrayList<>();
            if (c != null) {
                lhs.op("·").sym("a", Ink.FORWARD).sub("i");
                steps.add(product(sample));
            }
            steps.add(new MathRow().num(g, Ink.sign(g)));
            d.add(new Derivation.Equation(lhs, "=", steps, true, r == s));
        }
        if (count > SHOWN_SAMPLES) {
            d.paragraph(new MathRow().text("… and " + (count - SHOWN_SAMPLES) + " more samples", Ink.MUTED));
        }
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

    private void update() {
        double eta = t.learningRate();
        d.heading(new MathRow().strong("Update with ", Ink.MUTED).sym("η").op(" = " + Numbers.compact(eta)));
        double before = value(t.before());
        double after = value(t.after());
        if (t.updateMode() == UpdateMode.ONLINE) {
            onlineUpdate(eta);
            d.paragraph(new MathRow().text("over the epoch: ", Ink.MUTED).num(before, Ink.sign(before))
                    .op(" → ").num(after, Ink.sign(after)));
            return;
        }
        double mean = value(t.meanGradient());
        int digits = Numbers.digitsToCheck(after, v -> v[0] - eta * v[1], before, mean);
        d.add(new Derivation.Equation(new MathRow().sym(symbol), "←", List.of(
                new MathRow().sym(symbol).op(" − ").sym("η").op("·").sym("ḡ"),
                new MathRow().num(before, digits, Ink.sign(before)).op(" − " + Numbers.compact(eta) + "·")
                        .factor(Numbers.format(mean, digits), Ink.sign(mean)),
                new MathRow().num(after, Ink.sign(after))), false, false));
    }

    /**
     * The viewed sample's own update, from the parameters the samples before it left: with SGD in
     * numbers that check by hand ({@code g} with its penalty term), else as the rule.
     */
    private void onlineUpdate(double eta) {
        MathRow rule = new MathRow().sym(symbol).op(" − ").sym("η").op("·").sym("g");
        if (!(t.optimizer() instanceof Sgd)) {
            d.add(new Derivation.Equation(new MathRow().sym(symbol), "←",
                    List.of(rule.text(" after each sample", Ink.MUTED)), false, false));
            return;
        }
        double from = value(t.sample(s).before());
        double to = value(t.afterSample(s));
        double g = value(t.stepAfter(s).gradient());
        int digits = Numbers.digitsToCheck(to, v -> v[0] - eta * v[1], from, g);
        d.add(new Derivation.Equation(new MathRow().sym(symbol), "←", List.of(
                rule.text(" after sample " + (s + 1), Ink.MUTED),
                new MathRow().num(from, digits, Ink.sign(from)).op(" − " + Numbers.compact(eta) + "·")
                        .factor(Numbers.format(g, digits), Ink.sign(g)),
                new MathRow().num(to, Ink.sign(to))), false, false));
    }

    private void check() {
        d.heading(new MathRow().strong("Check by finite differences", Ink.MUTED));
        double mean = value(t.meanGradient());
        double numeric = model.numericGradient(c != null ? c : j);
        d.equation(new MathRow().text("backprop ", Ink.TEXT).sym("ḡ"), new MathRow().num(mean, CHECK_DIGITS, Ink.sign(mean)));
        d.equation(new MathRow().op("[").sym("L").op("(").sym(symbol).op(" + ").sym("h").op(") − ")
                        .sym("L").op("(").sym(symbol).op(" − ").sym("h").op(")] / 2").sym("h"),
                new MathRow().num(numeric, CHECK_DIGITS, Ink.sign(numeric)));
        MathRow note = new MathRow().sym("h", Ink.MUTED).op(" = ").op(Numbers.format(GradientCheck.H, 1))
                .text(",", Ink.MUTED).op("  ").sym("L", Ink.MUTED).text(" = the mean loss over the " + count + " samples.", Ink.MUTED);
        note.text(t.updateMode() == UpdateMode.ONLINE
                ? " Online, each sample's gradient is taken at its own parameters, so the two need not agree."
                : " Backpropagation is right when the two agree.", Ink.MUTED);
        d.paragraph(note);
    }
}
