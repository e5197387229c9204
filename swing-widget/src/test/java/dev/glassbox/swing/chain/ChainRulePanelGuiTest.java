package dev.glassbox.swing.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.internal.text.Numbers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JScrollPane;
import org.junit.jupiter.api.Test;

class ChainRulePanelGuiTest extends GuiTest {
    private static final Connection HIDDEN = new Connection(0, 1, 0);
    private static final Connection OUTPUT = new Connection(1, 0, 0);

    private GlassboxModel model;
    private ChainRulePanel panel;

    private void show(String scenario) {
        show(() -> {
            model = new GlassboxModel(BuiltInScenarios.get(scenario));
            panel = new ChainRulePanel(model);
            return new JScrollPane(panel);
        }, 420, 520);
    }

    private String text() {
        return onEdt(() -> panel.plainText());
    }

    private EpochTrace trace() {
        return onEdt(() -> model.trace());
    }

    private static String f(double v) {
        return Numbers.format(v);
    }

    /** {@code v} with more digits, as a factor gets them where four would not check by hand. */
    private static String f(double v, int digits) {
        return Numbers.format(v, digits);
    }

    @Test
    void hiddenConnectionShowsTheBackpropSumWithTheTraceNumbers() {
        show("xor");
        onEdtRun(() -> {
            model.setViewedSample(1);
            model.setHovered(HIDDEN);
        });
        EpochTrace t = trace();
        SampleTrace s = t.sample(1);
        NeuronTrace hidden = s.neuron(HIDDEN.target());
        String text = text();
        assertThat(text)
                .contains("Weight input 2 → hidden 1")
                .contains("Backprop Sum (Σ w·δ) = " + f(hidden.rawError()))
                .doesNotContain("Raw Error")
                .contains("∂L/∂w = δ_j · a_i = " + f(hidden.delta()).replace("−", "(−") + ") · 1 = " + f(s.gradient(HIDDEN)))
                .contains("k = output: w_jk·δ_k = " + f(s.before().weight(1, 0, 0)) + " · ("
                        + f(s.output(0).delta()) + ") = " + f(hidden.backpropTerms().get(0)))
                .contains("slope f′(z_j) = a(1 − a) = " + f(hidden.a()) + "·(1 − " + f(hidden.a()) + ") = "
                        + f(hidden.slope()) + "   not saturated")
                .contains("δ_j = backprop sum × slope = " + f(hidden.rawError(), 5) + " × " + f(hidden.slope(), 5)
                        + " = " + f(hidden.delta()))
                .contains("= " + f(t.meanGradient(HIDDEN)))
                .contains("w ← w − η·ḡ = " + f(t.before().weight(HIDDEN)) + " − 2·" + f(t.meanGradient(HIDDEN))
                        + " = " + f(t.after().weight(HIDDEN)));
        for (SampleTrace other : t.samples()) {
            assertThat(text).contains("sample " + (other.index() + 1) + ": δ_j·a_i = ")
                    .contains("= " + f(other.gradient(HIDDEN)));
        }
    }

    @Test
    void outputConnectionShowsTheRawError() {
        show("xor");
        onEdtRun(() -> model.setHovered(HIDDEN));
        onEdtRun(() -> model.setHovered(OUTPUT));
        SampleTrace s = trace().sample(0);
        NeuronTrace out = s.output(0);
        assertThat(text())
                .contains("Weight hidden 1 → output")
                .contains("Raw Error (a − y) = " + f(out.a()) + " − 0 = " + f(out.rawError()))
                .doesNotContain("Backprop Sum")
                .contains("∂L/∂w = δ_j · a_i = " + f(out.delta(), 5) + " · " + f(s.neuron(1, 0).a(), 5)
                        + " = " + f(s.gradient(OUTPUT)))
                .contains("δ_j = raw error × slope = " + f(out.rawError()) + " × " + f(out.slope()) + " = " + f(out.delta()));
    }

    @Test
    void selectionFollowsTrainingAndHoverWins() {
        show("xor");
        onEdtRun(() -> model.setSelected(OUTPUT));
        String before = text();
        onEdtRun(() -> {
            model.setSpeed(GlassboxModel.MAX_SPEED);
            model.stepEpoch();
        });
        EpochTrace t = trace();
        assertThat(t.epoch()).isEqualTo(2);
        String after = text();
        assertThat(after).isNotEqualTo(before)
                .contains("Weight hidden 1 → output")
                .contains("= " + f(t.sample(0).gradient(OUTPUT)))
                .contains("w ← w − η·ḡ = " + f(t.before().weight(OUTPUT)) + " − 2·" + f(t.meanGradient(OUTPUT))
                        + " = " + f(t.after().weight(OUTPUT)));
        onEdtRun(() -> model.setHovered(HIDDEN));
        assertThat(text()).contains("Weight input 2 → hidden 1");
        onEdtRun(() -> model.setHovered(null));
        assertThat(text()).contains("Weight hidden 1 → output");
    }

    @Test
    void viewedSampleChangesTheNumbers() {
        show("xor");
        onEdtRun(() -> {
            model.setSelected(OUTPUT);
            model.setViewedSample(3);
        });
        SampleTrace s = trace().sample(3);
        assertThat(text()).contains("sample 4 of 4")
                .contains("∂L/∂w = δ_j · a_i = " + f(s.output(0).delta(), 5) + " · " + f(s.neuron(1, 0).a(), 5))
                .contains("= " + f(s.gradient(OUTPUT)) + "  (viewed sample)");
    }

    @Test
    void crossEntropyCancellationIsWrittenOut() {
        show("xor-saturated-ce");
        onEdtRun(() -> model.setHovered(OUTPUT));
        NeuronTrace out = trace().sample(0).output(0);
        String text = text();
        assertThat(text)
                .contains("Raw Error ((a − y) / (a(1 − a))) = (" + f(out.a(), 7) + " − 0) / (" + f(out.a(), 7) + "·(1 − "
                        + f(out.a(), 7) + ")) = " + f(out.rawError()))
                .contains("δ_j = raw error × slope = " + f(out.rawError(), 5) + " × " + f(out.slope(), 5)
                        + " = [(a − y) / (a(1 − a))] × a(1 − a) = a − y = " + f(out.a()) + " − 0 = " + f(out.delta()))
                .contains("cancels")
                .contains(f(out.slope()) + "   saturated");
        onEdtRun(() -> model.setHovered(HIDDEN));
        assertThat(text()).doesNotContain("cancels");
    }

    @Test
    void softmaxCancellationSumsTheRawErrorsThroughTheSoftmaxToAMinusY() {
        show("three-classes");
        NeuronId first = new NeuronId(2, 0);
        onEdtRun(() -> model.setHovered(first));
        NeuronTrace out = trace().sample(0).neuron(first);
        double y = trace().sample(0).sample().y().get(0);
        String text = text();
        // The raw error of categorical cross-entropy is −y/a, and δ is not raw error × slope.
        assertThat(out.rawError()).isEqualTo(-y / out.a());
        assertThat(text)
                .contains("Raw Error (−y / a) = ")
                .contains(" = " + f(out.rawError()) + "\n")
                .contains("δ_j = Σ_k (−y_k / a_k)·a_k(1_k=j − a_j) = a_j·Σ_k y_k − y_j = a − y = ")
                .contains(" = " + f(out.delta()) + "\n")
                .contains("The outputs compete: their activations sum to 1")
                .doesNotContain("raw error × slope");
        assertThat(out.delta()).isEqualTo(out.a() - y);
    }

    @Test
    void saturatedOutputReadsSaturatedWithTheSlopeTable() {
        show("xor-saturated-mse");
        onEdtRun(() -> model.setHovered(OUTPUT));
        NeuronTrace out = trace().sample(0).output(0);
        assertThat(out.saturated()).isTrue();
        assertThat(text())
                .contains(f(out.slope()) + "   saturated")
                .contains("0.50  0.25  not saturated\n")
                .contains("0.90 or 0.10  0.09  not saturated\n")
                .contains("0.99 or 0.01  0.0099  saturated  (nearest)")
                .contains("so almost no error gets through")
                // One word for one idea, as the network's padlock legend and the activations table say it.
                .doesNotContain("Locked").doesNotContain("Listening");
    }

    @Test
    void finiteDifferenceAgreesWithBackpropagation() {
        show("xor");
        onEdtRun(() -> model.setSelected(HIDDEN));
        double analytic = trace().meanGradient(HIDDEN);
        double numeric = onEdt(() -> model.numericGradient(HIDDEN));
        assertThat(numeric).isCloseTo(analytic, within(1e-6));
        assertThat(text())
                .contains("backprop ḡ = " + Numbers.format(analytic, 7))
                .contains("[L(w + h) − L(w − h)] / 2h = " + Numbers.format(numeric, 7));
    }

    @Test
    void biasOfASelectedNeuron() {
        show("xor");
        NeuronId hidden = new NeuronId(1, 1);
        onEdtRun(() -> model.setSelected(hidden));
        EpochTrace t = trace();
        double g = t.meanGradient().bias(0, 1);
        assertThat(text())
                .contains("Bias of hidden 2")
                .contains("∂L/∂b = δ_j = " + f(t.sample(0).neuron(hidden).delta()))
                .contains("Backprop Sum (Σ w·δ)")
                .contains("b ← b − η·ḡ = " + f(t.before().bias(0, 1)) + " − 2·" + f(g) + " = " + f(t.after().bias(0, 1)));
        assertThat(onEdt(() -> model.numericGradient(hidden))).isCloseTo(g, within(1e-6));
    }

    @Test
    void hintWhenNothingIsInspectedAndTheSameTextForScreenReaders() {
        show("xor");
        assertThat(text()).isEqualTo("Hover or click a connection to see its chain rule, with the numbers of the viewed sample.");
        onEdtRun(() -> model.setHovered(OUTPUT));
        assertThat(onEdt(() -> panel.getAccessibleContext().getAccessibleDescription())).isEqualTo(text());
        onEdtRun(() -> model.setHovered(new NeuronId(0, 1)));
        assertThat(text()).contains("input 2").contains("x = 0").contains("no δ");
    }

    @Test
    void fitsItsAreaAndScrollsWhenTaller() {
        show("xor");
        onEdtRun(() -> model.setHovered(HIDDEN));
        robot.waitForIdle();
        JScrollPane scroll = onEdt(() -> (JScrollPane) panel.getParent().getParent());
        assertThat(onEdt(() -> panel.getPreferredSize().width)).isLessThanOrEqualTo(scroll.getViewport().getWidth());
        assertThat(onEdt(() -> scroll.getHorizontalScrollBar().isVisible())).isFalse();
        assertThat(onEdt(() -> scroll.getVerticalScrollBar().isVisible())).isTrue();
    }

    /** xor's hidden weight explained in a scroll pane of {@code width × height}. */
    private void showHiddenWeightIn(int width, int height) {
        show(() -> {
            model = new GlassboxModel(BuiltInScenarios.get("xor"));
            panel = new ChainRulePanel(model);
            return new JScrollPane(panel);
        }, width, height);
        onEdtRun(() -> model.setHovered(HIDDEN));
        robot.waitForIdle();
    }

    @Test
    void inAShortAreaTheStepsOfAnEquationShareALine() {
        showHiddenWeightIn(420, 240);
        // The same derivation outside a scroll pane: a step per line.
        ChainRulePanel stacked = onEdt(() -> new ChainRulePanel(model));
        int compact = onEdt(() -> panel.getPreferredSize().height);
        assertThat(compact).isLessThan(onEdt(() -> stacked.getPreferredSize().height) * 9 / 10);
        assertThat(text()).isEqualTo(onEdt(stacked::plainText));
        JScrollPane scroll = onEdt(() -> (JScrollPane) panel.getParent().getParent());
        assertThat(onEdt(() -> panel.getPreferredSize().width)).isLessThanOrEqualTo(onEdt(() -> scroll.getViewport().getWidth()));
    }

    @Test
    void wrapsToTheWidthOfANarrowAreaWithoutScrollingSideways() {
        showHiddenWeightIn(330, 400);
        JScrollPane scroll = onEdt(() -> (JScrollPane) panel.getParent().getParent());
        assertThat(onEdt(() -> panel.getPreferredSize().width)).isLessThanOrEqualTo(onEdt(() -> scroll.getViewport().getWidth()));
        assertThat(onEdt(() -> scroll.getHorizontalScrollBar().isVisible())).isFalse();
        assertThat(text()).contains("Backprop Sum");
    }

    @Test
    void deadReluReadsDead() {
        show("dying-relu");
        onEdtRun(() -> {
            model.session().run(50);
            model.setHovered(new Connection(0, 0, 1));
        });
        assertThat(trace().dead(new NeuronId(1, 1))).isTrue();
        assertThat(text()).contains("slope f′(z_j) = 1 if z > 0 else 0 = 1 if (")
                .contains("Dead: z ≤ 0 on every sample")
                .doesNotContain("not saturated");
    }

    @Test
    void theSlopeTableMarksTheRowNearestInSlope() {
        show("xor");
        onEdtRun(() -> model.setSelected(OUTPUT));
        // xor's output on sample 1: a = 0.7500, slope 0.1875 — nearer 0.25 than 0.09.
        assertThat(f(onEdt(() -> model.trace().sample(0).neuron(OUTPUT.target()).a()))).isEqualTo("0.7500");
        assertThat(text()).contains("0.50  0.25  not saturated  (nearest)").doesNotContain("0.09  not saturated  (nearest)");
    }

    @Test
    void aNewSelectionStartsAtTheTop() {
        showHiddenWeightIn(420, 240);
        JScrollPane scroll = onEdt(() -> (JScrollPane) panel.getParent().getParent());
        onEdtRun(() -> scroll.getVerticalScrollBar().setValue(scroll.getVerticalScrollBar().getMaximum()));
        robot.waitForIdle();
        assertThat(onEdt(() -> scroll.getViewport().getViewPosition().y)).isPositive();
        onEdtRun(() -> model.setSelected(OUTPUT));
        onEdtRun(() -> model.setHovered(null));
        robot.waitForIdle();
        assertThat(onEdt(() -> scroll.getViewport().getViewPosition().y)).isZero();
    }

    /** A number as the panel writes it, maybe in brackets: {@code 0.7500}, {@code (−1.2e−5)}. */
    private static final String NUMBER = "\\(?(−?[0-9]+(?:\\.[0-9]+)?(?:e−?[0-9]+)?)\\)?";
    private static final Pattern SLOPE = Pattern.compile(NUMBER + "·\\(1 − " + NUMBER + "\\) = " + NUMBER);
    private static final Pattern PRODUCT = Pattern.compile(NUMBER + " [×·] " + NUMBER + " = " + NUMBER);
    private static final Pattern UPDATE = Pattern.compile(NUMBER + " − ([0-9.]+)·" + NUMBER + " = " + NUMBER);

    private static double read(String written) {
        return Double.parseDouble(written.replace('−', '-'));
    }

    /**
     * Checks by hand every calculation written with numbers in the text: the slope {@code a·(1 − a)},
     * the products {@code x × y} and {@code x · y}, the update {@code w − η·g}; returns the longest factor
     * written.
     */
    private static int checkByHand(String text) {
        int longest = 0;
        int checked = 0;
        for (Matcher m = SLOPE.matcher(text); m.find(); checked++) {
            assertThat(m.group(1)).isEqualTo(m.group(2));
            double a = read(m.group(1));
            assertThat(Numbers.format(a * (1 - a))).as(m.group()).isEqualTo(m.group(3));
            longest = Math.max(longest, m.group(1).length());
        }
        for (Matcher m = PRODUCT.matcher(text); m.find(); checked++) {
            assertThat(Numbers.format(read(m.group(1)) * read(m.group(2)))).as(m.group()).isEqualTo(m.group(3));
            longest = Math.max(longest, Math.max(m.group(1).length(), m.group(2).length()));
        }
        for (Matcher m = UPDATE.matcher(text); m.find(); checked++) {
            assertThat(Numbers.format(read(m.group(1)) - read(m.group(2)) * read(m.group(3)))).as(m.group())
                    .isEqualTo(m.group(4));
        }
        assertThat(checked).as("calculations found in\n" + text).isGreaterThanOrEqualTo(8);
        return longest;
    }

    @Test
    void everyWrittenProductChecksByHand() {
        show("xor-saturated-mse");
        onEdtRun(() -> model.setHovered(OUTPUT));
        // a = 0.99865…: four digits would write 0.9987·(1 − 0.9987) = 0.001346, which does not check.
        assertThat(checkByHand(text())).isGreaterThan("0.9987".length());
        onEdtRun(() -> model.setHovered(HIDDEN));
        checkByHand(text());
    }

    @Test
    void everyWrittenProductChecksByHandWhileTraining() {
        show("xor");
        for (Connection c : new Connection[] {HIDDEN, OUTPUT}) {
            onEdtRun(() -> {
                model.session().run(400);
                model.setHovered(c);
            });
            checkByHand(text());
        }
    }
}
