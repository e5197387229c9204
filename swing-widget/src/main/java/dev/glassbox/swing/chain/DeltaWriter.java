package dev.glassbox.swing.chain;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.NeuronHealth;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Writes how {@code δ_j} of one neuron comes about on one sample, from the trace: the raw error
 * (output) or the backprop sum with every term (hidden), the slope with whether it is saturated
 * and the sigmoid slope table, the product, and the cross-entropy × sigmoid cancellation where it
 * applies. Every calculation written out checks by hand: its factors get the digits that takes.
 */
final class DeltaWriter {
    /** What the cross-entropy raw error times the sigmoid slope comes to. */
    private static final String CANCELLED = "a − y";

    /**
     * A row of the seed's sigmoid slope table: the activations as written (one, or two of the same
     * slope), and their slope (as written and as a number).
     */
    private record SlopeRow(String a, String mirrored, String slope, double slopeValue) {
        /** The activations in words: {@code "0.90 or 0.10"}. */
        String activations() {
            return mirrored == null ? a : Messages.text("chain.slopeTable.or", a, mirrored);
        }
    }

    private static final List<SlopeRow> SIGMOID_SLOPES = List.of(
            new SlopeRow("0.50", null, "0.25", 0.25),
            new SlopeRow("0.90", "0.10", "0.09", 0.09),
            new SlopeRow("0.99", "0.01", "0.0099", 0.0099));

    private final Derivation d;
    private final Architecture arch;
    private final SampleTrace sample;
    private final NeuronId j;
    private final NeuronTrace n;
    private final Activation f;
    private final boolean output;
    private final boolean dead;

    private DeltaWriter(Derivation d, EpochTrace t, int s, NeuronId j) {
        this.d = d;
        this.arch = t.architecture();
        this.sample = t.sample(s);
        this.j = j;
        this.n = sample.neuron(j);
        this.f = arch.activation(j.layer());
        this.output = j.layer() == arch.depth();
        this.dead = t.dead(j);
    }

    /** Appends the δ section of neuron {@code j} (not an input) on sample {@code s}. */
    static void write(Derivation d, EpochTrace t, int s, NeuronId j) {
        new DeltaWriter(d, t, s, j).write(t.cancellation() && j.layer() == t.architecture().depth());
    }

    private void write(boolean cancellation) {
        d.heading(new MathRow().strongSentence(Messages.text("chain.errorSignal", MathRow.slot(0), Names.neuron(arch, j)),
                Ink.MUTED, new MathRow().sym("δ", Ink.BACKWARD).sub("j")));
        if (output) {
            rawError();
        } else {
            backpropSum();
        }
        slope();
        if (cancellation && f == Activation.SOFTMAX) {
            softmaxCancellation();
        } else if (cancellation) {
            cancellation();
        } else {
            d.equation(delta(),
                    new MathRow().text(output ? Messages.text("chain.rawErrorTimesSlope")
                            : Messages.text("chain.backpropSumTimesSlope"), Ink.TEXT),
                    product(),
                    new MathRow().num(n.delta(), Ink.BACKWARD));
        }
        if (f == Activation.SIGMOID) {
            slopeTable(cancellation);
        }
    }

    /** {@code raw error × slope} with the numbers. */
    private MathRow product() {
        int digits = Numbers.digitsToCheck(n.delta(), v -> v[0] * v[1], n.rawError(), n.slope());
        return new MathRow().num(n.rawError(), digits, Ink.sign(n.rawError())).op(" × ")
                .factor(Numbers.format(n.slope(), digits), Ink.TEXT);
    }

    private MathRow delta() {
        return new MathRow().sym("δ", Ink.BACKWARD).sub("j");
    }

    private double y() {
        return output ? sample.sample().y().get(j.index()) : Double.NaN;
    }

    /** The values put into a formula: {@code a} with the digits that make {@code result} check. */
    private Map<String, String> values(double result, DoubleUnaryOperator ofA) {
        int digits = Numbers.digitsToCheck(result, v -> ofA.applyAsDouble(v[0]), n.a());
        return Map.of("a", Numbers.format(n.a(), digits), "y", Numbers.compact(y()), "z", Numbers.format(n.z()));
    }

    private void rawError() {
        String formula = arch.loss().rawErrorFormula(f);
        double y = y();
        d.equation(new MathRow().text(Messages.text("chain.rawError") + " ", Ink.TEXT).op("(").formula(formula).op(")"),
                new MathRow().formula(formula, values(n.rawError(), a -> arch.loss().rawError(a, y, f))),
                new MathRow().num(n.rawError(), Ink.sign(n.rawError())));
    }

    private void backpropSum() {
        int next = j.layer() + 1;
        List<Double> terms = n.backpropTerms();
        for (int k = 0; k < terms.size(); k++) {
            double w = sample.before().weight(j.layer(), k, j.index());
            double deltaK = sample.neuron(next, k).delta();
            int digits = Numbers.digitsToCheck(terms.get(k), v -> v[0] * v[1], w, deltaK);
            d.inline(new MathRow().text("k = " + Names.neuron(arch, new NeuronId(next, k)) + ": ", Ink.MUTED)
                            .sym("w").sub("jk").op("·").sym("δ", Ink.BACKWARD).sub("k"),
                    new MathRow().num(w, digits, Ink.sign(w)).op(" · ").factor(Numbers.format(deltaK, digits), Ink.BACKWARD),
                    new MathRow().num(terms.get(k), Ink.sign(terms.get(k))));
        }
        MathRow label = new MathRow().text(Messages.text("chain.backpropSum") + " ", Ink.TEXT).op("(Σ ").sym("w").op("·").sym("δ", Ink.BACKWARD).op(")");
        List<MathRow> steps = new ArrayList<>();
        if (terms.size() > 1) {
            MathRow sum = new MathRow().num(terms.get(0), Ink.sign(terms.get(0)));
            for (double term : terms.subList(1, terms.size())) {
                sum.term(term, Ink.sign(term));
            }
            steps.add(sum);
        }
        steps.add(new MathRow().num(n.rawError(), Ink.sign(n.rawError())));
        d.add(new Derivation.Equation(label, "=", steps, false, false));
    }

    private void slope() {
        String formula = f.slopeFormula();
        MathRow lhs = new MathRow().text(Messages.text("chain.slope") + " ", Ink.TEXT).sym("f′").op("(").sym("z").sub("j").op(")");
        MathRow value = new MathRow().num(n.slope(), Ink.TEXT);
        if (f.saturating()) {
            value.op("   ");
            if (n.saturated()) {
                value.strong(Names.saturated(), Ink.LOCK);
            } else {
                value.text(Names.notSaturated(), Ink.FORWARD);
            }
        } else if (dead) {
            value.op("   ").strong(Messages.text("chain.dead"), Ink.DEAD).text(": ", Ink.MUTED)
                    .sentence(Messages.text("chain.dead.why", MathRow.slot(0)), Ink.MUTED, new MathRow().sym("z", Ink.MUTED));
        }
        boolean symbolic = formula.chars().anyMatch(Character::isLetter);
        if (symbolic) {
            d.equation(lhs, new MathRow().formula(formula),
                    new MathRow().formula(formula, values(n.slope(), a -> f.slope(n.z(), a))), value);
        } else {
            d.equation(lhs, value);
        }
    }

    private void slopeTable(boolean cancellation) {
        List<List<MathRow>> rows = new ArrayList<>();
        rows.add(List.of(new MathRow().sym("a", Ink.MUTED), new MathRow().text(Messages.text("chain.slope"), Ink.MUTED),
                new MathRow()));
        // Nearest by slope, the quantity the table is about: a = 0.75 (slope 0.19) is nearer the
        // 0.50 row (0.25) than the 0.90 row (0.09), although 0.75 is nearer 0.90 than 0.50.
        int nearest = 0;
        for (int r = 0; r < SIGMOID_SLOPES.size(); r++) {
            SlopeRow row = SIGMOID_SLOPES.get(r);
            boolean saturated = NeuronHealth.saturated(f, row.slopeValue());
            rows.add(List.of(new MathRow().op(row.activations()), new MathRow().op(row.slope()), saturated
                    ? new MathRow().strong(Names.saturated(), Ink.LOCK) : new MathRow().text(Names.notSaturated(), Ink.FORWARD)));
            if (Math.abs(n.slope() - row.slopeValue()) < Math.abs(n.slope() - SIGMOID_SLOPES.get(nearest).slopeValue())) {
                nearest = r;
            }
        }
        d.add(new Derivation.Grid(rows, nearest + 1, Messages.text("chain.slopeTable.nearest")));
        String saturation = Names.saturation(f);
        d.paragraph(new MathRow().text(cancellation ? Messages.text("chain.saturation.cancelled", saturation)
                : Messages.text("chain.saturation.blocked", saturation), Ink.MUTED));
    }

    /**
     * Cross-entropy × softmax: every output's {@code a_k} depends on {@code z_j}, so δ sums the raw
     * errors through the softmax's Jacobian {@code ∂a_k/∂z_j = a_k(1[k = j] − a_j)}; with targets
     * that sum to 1 the sum is {@code a_j − y_j}. The product raw error × slope alone would not give δ.
     */
    private void softmaxCancellation() {
        d.equation(delta(),
                new MathRow().op("Σ").sub("k").op(" (−").sym("y").sub("k").op(" / ").sym("a").sub("k").op(")·")
                        .sym("a").sub("k").op("(1").sub("k=j").op(" − ").sym("a").sub("j").op(")"),
                new MathRow().sym("a").sub("j").op("·Σ").sub("k").op(" ").sym("y").sub("k").op(" − ").sym("y").sub("j"),
                new MathRow().formula(CANCELLED),
                new MathRow().formula(CANCELLED, values(n.delta(), a -> a - y())),
                new MathRow().num(n.delta(), Ink.BACKWARD));
        d.paragraph(new MathRow().sentence(Messages.text("chain.softmax", Names.loss(Loss.CROSS_ENTROPY), f.id(),
                MathRow.slot(0)), Ink.MUTED, new MathRow().sym("z", Ink.MUTED).sub("j")));
    }

    private void cancellation() {
        String raw = arch.loss().rawErrorFormula();
        String slope = f.slopeFormula();
        d.equation(delta(),
                new MathRow().text(Messages.text("chain.rawErrorTimesSlope"), Ink.TEXT),
                product(),
                new MathRow().op("[").formula(raw).op("] × ").formula(slope),
                new MathRow().formula(CANCELLED),
                new MathRow().formula(CANCELLED, values(n.delta(), a -> a - y())),
                new MathRow().num(n.delta(), Ink.BACKWARD));
        d.paragraph(new MathRow().sentence(Messages.text("chain.cancellation", Names.loss(Loss.CROSS_ENTROPY), f.id(),
                MathRow.slot(0), Names.saturated()), Ink.MUTED, new MathRow().formula(slope)));
    }
}
