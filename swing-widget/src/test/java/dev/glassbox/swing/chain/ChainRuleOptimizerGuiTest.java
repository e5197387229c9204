package dev.glassbox.swing.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.LinearNeuron;
import javax.swing.JScrollPane;
import org.junit.jupiter.api.Test;

/**
 * The chain rule writes out the update the optimizer actually made, with its numbers, on one linear
 * neuron worked by hand ({@link LinearNeuron}: the batch gradient of w is 6.75, that of b is 1.5).
 */
class ChainRuleOptimizerGuiTest extends GuiTest {
    private static final Connection W = new Connection(0, 0, 0);

    private GlassboxModel model;
    private ChainRulePanel panel;

    private String chainRuleOf(String extraKeys, Object element, int epochsTrained) {
        show(() -> {
            model = new GlassboxModel(LinearNeuron.scenario(extraKeys));
            model.session().run(epochsTrained);
            panel = new ChainRulePanel(model);
            return new JScrollPane(panel);
        }, 520, 700);
        onEdtRun(() -> model.setSelected((dev.glassbox.core.math.NetworkElement) element));
        return onEdt(() -> panel.plainText());
    }

    @Test
    void plainGradientDescentSteps() {
        // w ← 3 − 0.5·6.75 = −0.375
        assertThat(chainRuleOf("", W, 0)).contains("Update with η = 0.5\nw ← w − η·ḡ = 3.000 − 0.5·6.750 = −0.3750");
    }

    @Test
    void momentumShowsTheVelocityItKeepsAndAdds() {
        String text = chainRuleOf(LinearNeuron.MOMENTUM, W, 1);
        // Update 2: v = 0.5·6.75 + (−2.0625) = 1.3125, w = −0.375 − 0.5·1.3125 = −1.03125.
        assertThat(text).contains("Update with η = 0.5,  momentum μ = 0.5\n"
                + "v ← μ·v + ḡ = 0.5·6.750 − 2.063 = 1.313\n"
                + "w ← w − η·v = −0.3750 − 0.5·1.313 = −1.031");
    }

    @Test
    void adamShowsBothMomentsTheirBiasCorrectionAndTheStep() {
        String text = chainRuleOf(LinearNeuron.ADAM, W, 0);
        // Update 1, g = 6.75: m = 0.5·0 + 0.5·6.75 = 3.375; v = 0.75·0 + 0.25·6.75² = 11.390625;
        // m̂ = 3.375/0.5 = 6.75; v̂ = 11.390625/0.25 = 45.5625; step 0.5·6.75/(√45.5625 + 2) = 0.5·6.75/8.75.
        assertThat(text).contains("Update with η = 0.5,  Adam β_1 = 0.5, β_2 = 0.75, ε = 2\n"
                + "m ← β_1·m + (1 − β_1)·ḡ = 0.5·0 + 0.5·6.750 = 3.375\n"
                + "v ← β_2·v + (1 − β_2)·(ḡ)² = 0.75·0 + 0.25·6.750² = 11.39\n"
                + "m̂ = m / (1 − β_1^1) = 6.750\n"
                + "v̂ = v / (1 − β_2^1) = 45.56\n"
                + "w ← w − η·m̂ / (√v̂ + ε) = 3.000 − 0.5·6.750 / (√45.56 + 2) = 2.614");
    }

    @Test
    void anL2PenaltyAddsItsTermToTheWeightsGradientButNotTheBiass() {
        String extra = LinearNeuron.L2;
        // g = 6.75 + 0.5·3 = 8.25, w = 3 − 0.5·8.25 = −1.125
        assertThat(chainRuleOf(extra, W, 0)).contains("g = ḡ + λ·w = 6.750 + 0.5·3.000 = 6.750 + 1.500 = 8.250\n"
                + "w ← w − η·g = 3.000 − 0.5·8.250 = −1.125");
    }

    @Test
    void theBiasIsNeverRegularised() {
        String extra = LinearNeuron.L2;
        // b = 0.5 − 0.5·1.5 = −0.25
        assertThat(chainRuleOf(extra, new NeuronId(1, 0), 0)).contains("b ← b − η·ḡ = 0.5000 − 0.5·1.500 = −0.2500")
                .doesNotContain("λ");
    }
}
