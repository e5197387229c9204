package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.testing.LinearNeuron;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * The update phase moves each weight and bias by the step the optimizer actually takes, penalty
 * included, not by {@code −η·ḡ}, and its caption writes that optimizer's update. One linear neuron
 * worked by hand ({@link LinearNeuron}: the first batch gradients ḡ_w = 6.75, ḡ_b = 1.5).
 */
class UpdatePhaseStepTest {
    private static final Connection W = new Connection(0, 0, 0);
    private static final NeuronId OUT = new NeuronId(1, 0);

    private record Frame(String weight, String bias, String caption) {
    }

    /** The update phase at {@code progress} after {@code epochs} epochs: the weight's label, the bias tag, the caption. */
    private static Frame halfway(String keys, int epochs, double progress) {
        return GuiActionRunner.execute(() -> {
            GlassboxModel model = new GlassboxModel(LinearNeuron.scenario(keys));
            model.session().run(epochs);
            NetworkView view = new NetworkView(model);
            view.setSize(1000, 420);
            BufferedImage image = new BufferedImage(1000, 420, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            view.paintSnapshot(g, Phase.UPDATE, progress);
            g.dispose();
            String weight = view.paintedLabels().stream().filter(l -> W.equals(l.element())).findFirst()
                    .orElseThrow().text();
            String bias = view.paintedLabels().stream()
                    .filter(l -> OUT.equals(l.element()) && l.text().startsWith("b = ")).findFirst().orElseThrow().text();
            return new Frame(weight, bias, view.paintedCaption().shownText());
        });
    }

    private static String shown(double v) {
        return TraceReadings.format(v);
    }

    @Test
    void momentumMovesTheWeightByItsVelocity() {
        // Update 2 from w = −0.375, b = −0.25 with v_w = 6.75, v_b = 1.5: the errors are −1 − 1 = −2 and
        // 0.125 − 0 = 0.125, so ḡ_w = ½(−2·2 + 0.125·(−1)) = −2.0625, v_w = 0.5·6.75 − 2.0625 = 1.3125,
        // Δw = −0.5·1.3125 = −0.65625; ḡ_b = ½(−2 + 0.125) = −0.9375, v_b = 0.75 − 0.9375 = −0.1875, Δb = 0.09375.
        Frame f = halfway(LinearNeuron.MOMENTUM, 1, 0.5);
        assertThat(f.weight()).isEqualTo(shown(-0.375 - 0.5 * 0.65625));
        assertThat(f.bias()).isEqualTo("b = " + shown(-0.25 + 0.5 * 0.09375));
        assertThat(f.caption()).endsWith("update: v ← μ·v + ḡ,  w ← w − η·v");
    }

    @Test
    void adamMovesTheWeightByItsCorrectedStep() {
        // Update 1: Δw = −0.5·6.75/(√45.5625 + 2) = −3.375/8.75; Δb = −0.5·1.5/(√2.25 + 2) = −0.75/3.5
        // (plain gradient descent would move w by −3.375 and b by −0.75).
        Frame f = halfway(LinearNeuron.ADAM, 0, 0.5);
        assertThat(f.weight()).isEqualTo(shown(3 - 0.5 * 3.375 / 8.75));
        assertThat(f.bias()).isEqualTo("b = " + shown(0.5 - 0.5 * 0.75 / 3.5));
        assertThat(f.caption()).endsWith("update: w ← w − η·m̂ / (√v̂ + ε)");
        Frame done = halfway(LinearNeuron.ADAM, 0, 1);
        assertThat(done.weight()).isEqualTo(shown(3 - 3.375 / 8.75));
    }

    @Test
    void anL2PenaltyIsPartOfTheStep() {
        // g = 6.75 + 0.5·3 = 8.25, Δw = −0.5·8.25 = −4.125; the bias is not penalised: Δb = −0.75.
        Frame f = halfway(LinearNeuron.L2, 0, 0.5);
        assertThat(f.weight()).isEqualTo(shown(3 - 0.5 * 4.125));
        assertThat(f.bias()).isEqualTo("b = " + shown(0.5 - 0.5 * 0.75));
        assertThat(f.caption()).endsWith("update: w ← w − η·g,  g = ḡ + λ·w");
    }

    @Test
    void plainGradientDescentStepsAlongTheGradient() {
        Frame f = halfway("", 0, 0.5);
        assertThat(f.weight()).isEqualTo(shown(3 - 0.5 * 3.375));
        assertThat(f.caption()).endsWith("update: w ← w − η·ḡ");
    }
}
