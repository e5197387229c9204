package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * The network view shows that softmax outputs compete: the outputs grouped and a bar of their
 * shares that sum to 1, each share the output's activation on the viewed sample; nothing of it
 * for a sigmoid output.
 */
class SoftmaxCompetitionTest {
    private static final int W = 760;
    private static final int H = 430;

    private record Frame(SoftmaxPainter softmax, BufferedImage image) {
    }

    private static Frame paint(GlassboxModel model, Phase phase, double progress) {
        return GuiActionRunner.execute(() -> {
            NetworkView view = new NetworkView(model);
            view.setSize(W, H);
            BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            view.paintSnapshot(g, phase, progress);
            g.dispose();
            return new Frame(view.paintedSoftmax(), image);
        });
    }

    @Test
    void theSharesAreTheOutputsActivationsAndSumToOne() {
        GlassboxModel model = GuiActionRunner.execute(() -> {
            GlassboxModel m = new GlassboxModel(BuiltInScenarios.get("three-classes"));
            m.session().run(30);
            m.setViewedSample(4);
            return m;
        });
        Frame f = paint(model, Phase.IDLE, 0);
        double[] a = GuiActionRunner.execute(() -> {
            double[] out = new double[3];
            for (int k = 0; k < 3; k++) {
                out[k] = model.trace().sample(4).neuron(2, k).a();
            }
            return out;
        });
        assertThat(f.softmax().shownOutline()).isTrue();
        assertThat(f.softmax().shownShares()).containsExactly(a);
        assertThat(Arrays.stream(f.softmax().shownShares()).sum()).isCloseTo(1, within(1e-12));
        // Sample 5 is of the second class, which 30 epochs have learnt: its share is the largest.
        assertThat(a[1]).isGreaterThan(Math.max(a[0], a[2]));
        // The bar is drawn at the right edge in the forward packets' color.
        assertThat(hasColorNear(f.image(), W - 30, W, GlassboxTheme.color(GlassboxTheme.FORWARD)))
                .isTrue();
    }

    @Test
    void theSharesWaitForTheForwardPassToReachTheOutputs() {
        GlassboxModel model = GuiActionRunner.execute(() -> new GlassboxModel(BuiltInScenarios.get("three-classes")));
        assertThat(paint(model, Phase.FORWARD, 0.1).softmax().shownShares()).isNull();
        assertThat(paint(model, Phase.BACKWARD, 0.5).softmax().shownShares()).hasSize(3);
    }

    @Test
    void aSigmoidOutputDoesNotCompete() {
        GlassboxModel model = GuiActionRunner.execute(() -> new GlassboxModel(BuiltInScenarios.get("xor")));
        Frame f = paint(model, Phase.IDLE, 0);
        assertThat(f.softmax().shownOutline()).isFalse();
        assertThat(f.softmax().shownShares()).isNull();
    }

    private static boolean hasColorNear(BufferedImage image, int fromX, int toX, Color color) {
        for (int x = fromX; x < toX; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
                        + Math.abs(c.getBlue() - color.getBlue()) < 12) {
                    return true;
                }
            }
        }
        return false;
    }
}
