package dev.glassbox.swing.internal.explain;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.OptimizerStep;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.swing.internal.text.Formulas;
import dev.glassbox.swing.internal.text.LossWording;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.swing.model.GradientShown;
import dev.glassbox.swing.model.InspectionModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every number a view shows, explained on one line: what it is, its formula, the formula with the
 * trace's numbers put in, and the value, e.g. {@code "δ hidden 1 = (Σ w·δ) × f′(z) = (0.40·0.0347) ×
 * 0.2374 = 0.00824"}. The formulas are the core's ({@link Activation#formula()},
 * {@link Activation#slopeFormula()}, {@link Loss#rawErrorFormula(Activation)}), written out by
 * {@link Formulas}; every product gets the digits that make it check by hand
 * ({@link Numbers#digitsToCheck}), as in the chain rule. While the quiz conceals a value, the numbers
 * put in are left out (they are what the answer is made of) and a number that would give the
 * value away ({@link Shown}) is written {@link Concealed#MARK}. A weight's and a bias's gradient
 * come first as the inspection shows it ({@link InspectionModel#gradientShown()}): the viewed
 * sample's own, or the batch mean; the other follows for comparison.
 */
public final class Explainer {
    /** At most this many terms of a sum over the samples are written out. */
    private static final int SHOWN_TERMS = 4;

    private final EpochTrace t;
    private final Architecture arch;
    private final int s;
    private final SampleTrace sample;
    private final InspectionModel inspection;
    /** Whether anything is concealed: then no numbers are put into formulas. */
    private final boolean quiet;
    private final GradientShown shown;

    /**
     * Explains the numbers of {@code sample} of {@code trace}.
     *
     * @param trace      the epoch the views show
     * @param sample     the viewed sample, from 0
     * @param inspection what the quiz conceals; null where nothing is
     */
    public Explainer(EpochTrace trace, int sample, InspectionModel inspection) {
        this.t = trace;
        this.arch = trace.architecture();
        this.s = sample;
        this.sample = trace.sample(sample);
        this.inspection = inspection;
        this.quiet = inspection != null && inspection.concealed() != null;
        this.shown = inspection != null ? inspection.gradientShown() : GradientShown.PER_SAMPLE;
    }

    // ---------------------------------------------------------------- neurons

    /**
     * Every number of a neuron, a line each: an input's {@code x}; else its name with its numbers at
     * a glance, then {@code z}, {@code a}, the slope, {@code δ} and the bias explained.
     *
     * @param id the neuron
     * @return the lines, the neuron's name first
     */
    public List<String> neuron(NeuronId id) {
        List<String> lines = new ArrayList<>();
        if (id.layer() == 0) {
            lines.add(input(id));
            return lines;
        }
        NeuronTrace n = sample.neuron(id);
        lines.add(Messages.text("explain.neuron", Names.neuron(arch, id), arch.activation(id.layer()).id(), String.valueOf(s + 1),
                value(Shown.Z, id, n.z()), value(Shown.A, id, n.a()), value(Shown.SLOPE, id, n.slope()),
                value(Shown.DELTA, id, n.delta())));
        lines.add(z(id));
        lines.add(a(id));
        lines.add(slope(id));
        lines.add(delta(id));
        lines.add(bias(id));
        lines.add(Conventions.pointer());
        return lines;
    }

    /** {@code v} written, or {@link Concealed#MARK} while it would give a concealed value away. */
    private String value(Shown what, NetworkElement e, double v) {
        return what.hidden(inspection, e, s) ? Concealed.MARK : Numbers.format(v);
    }

    /**
     * An input's value.
     *
     * @param id an input neuron
     * @return e.g. {@code "x input 1 = 1, the sample's input"}
     */
    public String input(NeuronId id) {
        return Messages.text("explain.input", Names.neuron(arch, id), Numbers.compact(sample.neuron(id).a()));
    }

    /**
     * The weighted input: {@code z = Σ w·a + b = 0.15·0.05 + 0.20·0.10 + 0.35 = 0.3775}.
     *
     * @param id a neuron past the inputs
     * @return the line
     */
    public String z(NeuronId id) {
        NeuronTrace n = sample.neuron(id);
        String lhs = "z " + Names.neuron(arch, id) + " = Σ w·a + b";
        if (Shown.Z.hidden(inspection, id, s)) {
            return lhs + " = " + Concealed.MARK;
        }
        int from = id.layer() - 1;
        int size = arch.size(from);
        Parameters p = sample.before();
        double[] factors = new double[2 * size + 1];
        for (int i = 0; i < size; i++) {
            factors[2 * i] = p.weight(from, id.index(), i);
            factors[2 * i + 1] = sample.neuron(from, i).a();
        }
        factors[2 * size] = p.bias(from, id.index());
        int digits = Numbers.digitsToCheck(n.z(), v -> {
            double z = v[v.length - 1];
            for (int i = 0; i + 1 < v.length; i += 2) {
                z += v[i] * v[i + 1];
            }
            return z;
        }, factors);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < size; i++) {
            b.append(i == 0 ? "" : " + ").append(factor(factors[2 * i], digits)).append('·')
                    .append(factor(factors[2 * i + 1], digits));
        }
        b.append(" + ").append(factor(factors[2 * size], digits));
        return equation(lhs, b.toString(), n.z());
    }

    /**
     * The activation: {@code a = f(z)} with the activation's formula and {@code z} put in.
     *
     * @param id a neuron past the inputs
     * @return the line
     */
    public String a(NeuronId id) {
        NeuronTrace n = sample.neuron(id);
        Activation f = arch.activation(id.layer());
        String lhs = "a " + Names.neuron(arch, id) + " = " + f.formula();
        if (Shown.A.hidden(inspection, id, s)) {
            return lhs + " = " + Concealed.MARK;
        }
        if (f == Activation.SOFTMAX) {
            // A function of the whole layer: its z_k are not one variable to put a number in for.
            return lhs + " = " + Numbers.format(n.a());
        }
        int digits = Numbers.digitsToCheck(n.a(), v -> f.a(v[0]), n.z());
        return equation(lhs, Formulas.filled(f.formula(), Map.of("z", Numbers.format(n.z(), digits))), n.a());
    }

    /**
     * The slope {@code f′(z)} with the activation's slope formula and {@code a} put in.
     *
     * @param id a neuron past the inputs
     * @return the line
     */
    public String slope(NeuronId id) {
        NeuronTrace n = sample.neuron(id);
        Activation f = arch.activation(id.layer());
        String formula = f.slopeFormula();
        String lhs = Messages.text("explain.slope", Names.neuron(arch, id)) + " = " + formula;
        if (Shown.SLOPE.hidden(inspection, id, s)) {
            return lhs + " = " + Concealed.MARK;
        }
        if (!formula.chars().anyMatch(Character::isLetter)) {
            return lhs;
        }
        int digits = Numbers.digitsToCheck(n.slope(), v -> f.slope(n.z(), v[0]), n.a());
        return equation(lhs, Formulas.filled(formula, Map.of("a", Numbers.format(n.a(), digits),
                "z", Numbers.format(n.z()))), n.slope());
    }

    /**
     * The raw error of an output ({@code ∂L/∂a}, the loss's raw error formula with {@code a} and
     * {@code y} put in) or the backprop sum of a hidden neuron ({@code Σ w·δ} term by term).
     *
     * @param id a neuron past the inputs
     * @return the line
     */
    public String rawError(NeuronId id) {
        NeuronTrace n = sample.neuron(id);
        boolean output = id.layer() == arch.depth();
        String lhs = output ? Messages.text("explain.rawError", Names.neuron(arch, id)) + " = " + rawErrorFormula()
                : Messages.text("explain.backpropSum", Names.neuron(arch, id)) + " = Σ w·δ";
        if (Shown.RAW_ERROR.hidden(inspection, id, s)) {
            return lhs + " = " + Concealed.MARK;
        }
        if (output) {
            double y = y(id);
            int digits = Numbers.digitsToCheck(n.rawError(), v -> arch.loss().rawError(v[0], y,
                    arch.activation(id.layer())), n.a());
            return equation(lhs, Formulas.filled(rawErrorFormula(), values(id, digits)), n.rawError());
        }
        double[] factors = backpropFactors(id);
        int digits = Numbers.digitsToCheck(n.rawError(), Explainer::sumOfProducts, factors);
        return equation(lhs, sumOfProducts(factors, digits), n.rawError());
    }

    /**
     * The error signal: {@code δ = raw error × slope} with the numbers (a hidden neuron's raw error
     * is its backprop sum, written term by term), or {@code δ = a − y} where cross-entropy cancels
     * the output's slope.
     *
     * @param id a neuron past the inputs
     * @return the line
     */
    public String delta(NeuronId id) {
        NeuronTrace n = sample.neuron(id);
        Activation f = arch.activation(id.layer());
        boolean output = id.layer() == arch.depth();
        String name = "δ " + Names.neuron(arch, id);
        if (output && t.cancellation()) {
            String lhs = name + " = a − y";
            if (Shown.DELTA.hidden(inspection, id, s)) {
                return lhs + " = " + Concealed.MARK;
            }
            double y = y(id);
            int digits = Numbers.digitsToCheck(n.delta(), v -> v[0] - y, n.a());
            return equation(lhs + " " + Messages.text("explain.cancels", Names.loss(arch.loss()), f.id()),
                    Formulas.filled("a − y", values(id, digits)), n.delta());
        }
        String lhs = name + " = " + (output ? "(" + rawErrorFormula() + ")" : "(Σ w·δ)") + " × " + slopeSymbol(f);
        if (Shown.DELTA.hidden(inspection, id, s)) {
            return lhs + " = " + Concealed.MARK;
        }
        if (output) {
            double y = y(id);
            int digits = Numbers.digitsToCheck(n.delta(), v -> arch.loss().rawError(v[0], y, f) * v[1], n.a(), n.slope());
            return equation(lhs, "(" + Formulas.filled(rawErrorFormula(), values(id, digits)) + ") × "
                    + factor(n.slope(), digits), n.delta());
        }
        double[] sum = backpropFactors(id);
        double[] factors = Arrays.copyOf(sum, sum.length + 1);
        factors[sum.length] = n.slope();
        int digits = Numbers.digitsToCheck(n.delta(),
                v -> sumOfProducts(Arrays.copyOf(v, v.length - 1)) * v[v.length - 1], factors);
        return equation(lhs, "(" + sumOfProducts(sum, digits) + ") × " + factor(n.slope(), digits), n.delta());
    }

    /** The slope as a symbol, or its formula where it is a constant or short enough to read. */
    private static String slopeSymbol(Activation f) {
        return f == Activation.SIGMOID || f == Activation.TANH ? f.slopeFormula() : "f′(z)";
    }

    /**
     * A bias: its value before the update, its gradient on the sample ({@code ∂L/∂b = δ}) and its
     * batch mean, the one shown first.
     *
     * @param id the neuron the bias is of
     * @return the line
     */
    public String bias(NeuronId id) {
        int l = id.layer() - 1;
        String grad = Shown.BIAS_GRADIENT.hidden(inspection, id, s) ? Concealed.MARK
                : Numbers.format(sample.gradient().bias(l, id.index()));
        String mean = quiet ? Concealed.MARK : Numbers.format(t.meanGradient().bias(l, id.index()));
        String name = Names.neuron(arch, id);
        String before = Numbers.format(sample.before().bias(l, id.index()));
        return shown == GradientShown.PER_SAMPLE ? Messages.text("explain.bias.perSample", name, before, grad, mean)
                : Messages.text("explain.bias.batchMean", name, before, mean, grad);
    }

    // ---------------------------------------------------------------- weights

    /**
     * Every number of a weight, a line each: its value, which gradient is shown, its gradient on
     * the sample and the batch mean (the one shown first), and the update.
     *
     * @param c the connection
     * @return the lines
     */
    public List<String> connection(Connection c) {
        return shown == GradientShown.PER_SAMPLE
                ? List.of(weight(c), gradientShown(), gradient(c), meanGradient(c), update(c), Conventions.pointer())
                : List.of(weight(c), gradientShown(), meanGradient(c), gradient(c), update(c), Conventions.pointer());
    }

    /**
     * Which gradient the views show, and the other for comparison: the viewed sample's {@code ∂L/∂w},
     * or the batch mean {@code ḡ} (online, the mean of the samples' gradients each at its own parameters).
     *
     * @return the line
     */
    public String gradientShown() {
        int n = t.samples().size();
        if (shown == GradientShown.PER_SAMPLE) {
            return Messages.text("explain.shown.perSample", String.valueOf(s + 1), String.valueOf(n));
        }
        return t.updateMode() == UpdateMode.ONLINE ? Messages.text("explain.shown.batchMeanOnline", String.valueOf(n), String.valueOf(s + 1))
                : Messages.text("explain.shown.batchMean", String.valueOf(n), String.valueOf(s + 1));
    }

    /**
     * The weight before the update.
     *
     * @param c the connection
     * @return e.g. {@code "w hidden 1 → output = 0.4000, before this epoch's update (the backward pass uses it)"}
     */
    public String weight(Connection c) {
        return Messages.text("explain.weight", Names.connection(arch, c), Numbers.format(sample.before().weight(c)));
    }

    /**
     * The sample's gradient {@code ∂L/∂w = δ_j · a_i} with the numbers.
     *
     * @param c the connection
     * @return the line
     */
    public String gradient(Connection c) {
        String lhs = Messages.text("explain.gradient", String.valueOf(s + 1), Names.neuron(arch, c.target()), Names.neuron(arch, c.source()));
        if (Shown.GRADIENT.hidden(inspection, c, s)) {
            return lhs + " = " + Concealed.MARK;
        }
        double delta = sample.neuron(c.target()).delta();
        double a = sample.neuron(c.source()).a();
        double g = sample.gradient(c);
        int digits = Numbers.digitsToCheck(g, v -> v[0] * v[1], delta, a);
        // An input written as given ("1") where four digits do, as the chain rule writes it.
        String written = c.layer() == 0 && digits == 4 ? Numbers.compact(a) : factor(a, digits);
        return equation(lhs, factor(delta, digits) + " · " + written, g);
    }

    /**
     * The batch mean of the samples' gradients, {@code ḡ = (g₁ + … + gₙ) / n}.
     *
     * @param c the connection
     * @return the line
     */
    public String meanGradient(Connection c) {
        int n = t.samples().size();
        String lhs = Messages.text("explain.meanGradient", subscript(n), String.valueOf(n));
        if (Shown.BATCH_GRADIENT.hidden(inspection, c, s)) {
            return lhs + " = " + Concealed.MARK;
        }
        return equation(lhs, meanOf(r -> t.sample(r).gradient(c), n), t.meanGradient(c));
    }

    /** {@code (v₁ + v₂ + … + vₙ) / n}, abridged to the first terms and the last for many. */
    private static String meanOf(java.util.function.IntToDoubleFunction term, int n) {
        StringBuilder b = new StringBuilder("(");
        boolean abridged = n > SHOWN_TERMS;
        for (int r = 0; r < (abridged ? SHOWN_TERMS - 1 : n); r++) {
            plus(b, term.applyAsDouble(r), r == 0);
        }
        if (abridged) {
            b.append(" + …");
            plus(b, term.applyAsDouble(n - 1), false);
        }
        return b.append(") / ").append(n).toString();
    }

    private static void plus(StringBuilder b, double v, boolean first) {
        if (first) {
            b.append(Numbers.format(v));
        } else {
            b.append(v < 0 ? " − " : " + ").append(Numbers.format(Math.abs(v)));
        }
    }

    /**
     * The update of the weight: {@code w ← w − η·ḡ} with the numbers (online: the sample's own
     * {@code ∂L/∂w}; with a penalty, the gradient {@code g} it adds to; with momentum or Adam, the
     * step the chain-rule panel writes out).
     *
     * @param c the connection
     * @return the line
     */
    public String update(Connection c) {
        OptimizerStep step = t.stepAfter(s);
        boolean online = t.updateMode() == UpdateMode.ONLINE;
        String followed = t.regularization().active() ? "g" : online ? "∂L/∂w" : "ḡ";
        double before = step.parametersBefore().weight(c);
        double after = step.parametersAfter().weight(c);
        double g = step.gradient().weight(c);
        double eta = t.learningRate();
        boolean plain = !(t.optimizer() instanceof Momentum) && !(t.optimizer() instanceof Adam);
        String lhs = "w ← " + (plain ? "w − η·" + followed : Messages.text("explain.optimizerStep", t.optimizer().id()));
        if (Shown.UPDATED_WEIGHT.hidden(inspection, c, s)) {
            return lhs + " = " + Concealed.MARK;
        }
        if (!plain) {
            return equation(lhs, Numbers.format(before) + " − " + Numbers.format(before - after), after);
        }
        int digits = Numbers.digitsToCheck(after, v -> v[0] - eta * v[1], before, g);
        return equation(lhs, factor(before, digits) + " − " + Numbers.compact(eta) + "·" + factor(g, digits), after);
    }

    /**
     * The change the last update made to a weight or bias.
     *
     * @param arch   the network
     * @param e      a connection (its weight) or a neuron (its bias)
     * @param change the change
     * @return e.g. {@code "Δw hidden 1 → output = the last update's −η·ḡ = −0.05930"}
     */
    public static String lastChange(Architecture arch, NetworkElement e, double change) {
        return Messages.text("explain.lastChange", Names.parameter(arch, e), Numbers.format(change));
    }

    // ---------------------------------------------------------------- losses

    /**
     * A sample's loss: the loss formula summed over the outputs, with the numbers put in.
     *
     * @param r the sample, from 0
     * @return e.g. {@code "L sample 1 = ½(a − y)² = ½(0.7311 − 0)² = 0.2672"}
     */
    public String sampleLoss(int r) {
        SampleTrace st = t.sample(r);
        int outputs = arch.size(arch.depth());
        Activation f = arch.activation(arch.depth());
        Loss loss = arch.loss();
        String formula = loss.formula(f);
        String lhs = outputs > 1 ? Messages.text("explain.sampleLoss.outputs", String.valueOf(r + 1), formula)
                : Messages.text("explain.sampleLoss", String.valueOf(r + 1), formula);
        if (outputLossHidden(r)) {
            return lhs + " = " + Concealed.MARK;
        }
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < outputs; j++) {
            double a = st.output(j).a();
            double y = st.sample().y().get(j);
            int digits = Numbers.digitsToCheck(loss.loss(a, y, f), v -> loss.loss(v[0], y, f), a);
            terms.add(Formulas.filled(f == Activation.SOFTMAX ? loss.formula(f) : Formulas.loss(loss, y),
                    Map.of("a", Numbers.format(a, digits), "y", Numbers.compact(y))));
        }
        return equation(lhs, String.join(" + ", terms), st.loss());
    }

    /**
     * Whether sample {@code r}'s loss, or an output's {@code a} on it, would give a concealed
     * activation away.
     *
     * @param r the sample, from 0
     * @return true while an output's {@code a} on that sample is concealed
     */
    public boolean outputLossHidden(int r) {
        for (int j = 0; j < arch.size(arch.depth()); j++) {
            if (Shown.A.hidden(inspection, new NeuronId(arch.depth(), j), r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dataset loss: the mean of the samples' losses.
     *
     * @return e.g. {@code "mean loss L = (L₁ + … + L₄) / 4 = (0.2672 + …) / 4 = 0.1503"}
     */
    public String meanLoss() {
        int n = t.samples().size();
        String lhs = Messages.text("explain.meanLoss", subscript(n), String.valueOf(n));
        for (int r = 0; r < n; r++) {
            if (outputLossHidden(r)) {
                return lhs + " = " + Concealed.MARK;
            }
        }
        return equation(lhs, meanOf(r -> t.sample(r).loss(), n), t.dataLoss());
    }

    /**
     * A point of the loss chart's mean line: the dataset loss of an epoch as the history holds it,
     * measured in the epoch's forward pass, before its update.
     *
     * @param epoch   the epoch, from 1
     * @param loss    its mean loss
     * @param samples the number of samples
     * @param arch    the network (its loss and output activation)
     * @return the lines of the point's tooltip
     */
    public static List<String> meanLossPoint(int epoch, double loss, int samples, Architecture arch) {
        String formula = arch.loss().formula(arch.activation(arch.depth()));
        return List.of(Messages.text("explain.meanLossPoint", String.valueOf(epoch), subscript(samples), String.valueOf(samples),
                        Numbers.format(loss)),
                arch.size(arch.depth()) > 1 ? Messages.text("explain.eachSampleLoss.outputs", formula)
                        : Messages.text("explain.eachSampleLoss", formula),
                LossWording.beforeUpdate(epoch, loss), Conventions.pointer());
    }

    /**
     * A point of a sample's own loss line.
     *
     * @param epoch  the epoch, from 1
     * @param loss   the sample's loss in that epoch
     * @param sample the sample, from 0
     * @param arch   the network (its loss and output activation)
     * @return the lines of the point's tooltip
     */
    public static List<String> sampleLossPoint(int epoch, double loss, int sample, Architecture arch) {
        return List.of(Messages.text("explain.sampleLossPoint", String.valueOf(epoch), String.valueOf(sample + 1), subscript(sample + 1),
                arch.loss().formula(arch.activation(arch.depth())), Numbers.format(loss)), Conventions.pointer());
    }

    // ---------------------------------------------------------------- writing

    /** {@code lhs = filled = value}, the filled formula left out while anything is concealed. */
    private String equation(String lhs, String filled, double value) {
        return lhs + (quiet ? "" : " = " + filled) + " = " + Numbers.format(value);
    }

    private String rawErrorFormula() {
        return arch.loss().rawErrorFormula(arch.activation(arch.depth()));
    }

    private double y(NeuronId id) {
        return sample.sample().y().get(id.index());
    }

    private Map<String, String> values(NeuronId id, int digits) {
        NeuronTrace n = sample.neuron(id);
        return Map.of("a", Numbers.format(n.a(), digits), "y", Numbers.compact(y(id)));
    }

    /** A hidden neuron's backprop terms as factors: {@code w_jk, δ_k} for each next neuron k. */
    private double[] backpropFactors(NeuronId id) {
        int next = id.layer() + 1;
        double[] v = new double[2 * arch.size(next)];
        for (int k = 0; k < arch.size(next); k++) {
            v[2 * k] = sample.before().weight(id.layer(), k, id.index());
            v[2 * k + 1] = sample.neuron(next, k).delta();
        }
        return v;
    }

    private static double sumOfProducts(double[] v) {
        double sum = 0;
        for (int i = 0; i + 1 < v.length; i += 2) {
            sum += v[i] * v[i + 1];
        }
        return sum;
    }

    /** {@code w·δ + w·δ …} with {@code digits}. */
    private static String sumOfProducts(double[] v, int digits) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < v.length; i += 2) {
            b.append(i == 0 ? "" : " + ").append(factor(v[i], digits)).append('·').append(factor(v[i + 1], digits));
        }
        return b.toString();
    }

    /** A factor with {@code digits}, parenthesised when negative. */
    private static String factor(double v, int digits) {
        String s = Numbers.format(v, digits);
        return v < 0 ? "(" + s + ")" : s;
    }

    private static String subscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char ch : String.valueOf(n).toCharArray()) {
            b.append((char) ('₀' + (ch - '0')));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- rendering

    /**
     * The lines as a tooltip: HTML, a line each.
     *
     * @param lines the lines, e.g. {@link #neuron(NeuronId)}
     * @return the tooltip text
     */
    public static String html(List<String> lines) {
        StringBuilder b = new StringBuilder("<html>");
        for (int i = 0; i < lines.size(); i++) {
            b.append(i == 0 ? "" : "<br>").append(escape(lines.get(i)));
        }
        return b.append("</html>").toString();
    }

    /**
     * The lines as screen readers get them: the tooltip's text, a line each.
     *
     * @param lines the lines
     * @return the lines joined by line breaks
     */
    public static String plain(List<String> lines) {
        return String.join("\n", lines);
    }

    /**
     * An element's lines.
     *
     * @param e a neuron or connection
     * @return {@link #neuron} or {@link #connection}
     */
    public List<String> element(NetworkElement e) {
        return e instanceof Connection c ? connection(c) : neuron((NeuronId) e);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * A single number's explanation: its line and the pointer to the conventions.
     *
     * @param line the line, e.g. {@link #delta(NeuronId)}
     * @return the lines of its tooltip
     */
    public static List<String> of(String line) {
        return List.of(line, Conventions.pointer());
    }
}
