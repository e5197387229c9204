package dev.glassbox.swing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.Component;
import java.awt.Container;
import java.awt.image.BufferedImage;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * A diverging run drives the loss to about 1e306; after a reset the axis is back near 1. JFreeChart
 * searched the new tick unit from the old one, which took about a minute on the event thread.
 */
class LossChartResetAfterDivergenceTest extends GuiTest {

    @Test
    void theFirstPaintAfterAResetFollowingADivergenceIsQuick() {
        long millis = GuiActionRunner.execute(() -> {
            GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("xor")
                    .toBuilder().activations(Activation.SIGMOID, Activation.LINEAR).learningRate(50).build());
            LossChartPanel chart = new LossChartPanel(model);
            // Displayable, so that the chart follows the model.
            JFrame frame = new JFrame();
            frame.add(chart);
            frame.pack();
            chart.setSize(500, 260);
            layOut(chart);
            BufferedImage image = new BufferedImage(500, 260, BufferedImage.TYPE_INT_RGB);
            model.session().run(200);
            assertThat(model.session().divergence()).isPresent();
            chart.printAll(image.createGraphics());
            model.reset();
            long start = System.nanoTime();
            chart.printAll(image.createGraphics());
            long took = (System.nanoTime() - start) / 1_000_000;
            frame.dispose();
            model.close();
            return took;
        });
        assertThat(millis).isLessThan(2_000);
    }

    private static void layOut(Container c) {
        c.doLayout();
        for (Component child : c.getComponents()) {
            if (child instanceof Container k) {
                layOut(k);
            }
        }
    }
}
