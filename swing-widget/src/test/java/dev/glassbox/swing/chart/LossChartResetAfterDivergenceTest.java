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
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.junit.jupiter.api.Test;

/**
 * A diverging run drives the loss to about 1e306; after a reset the axis is back near 1. JFreeChart
 * searched the new tick unit from the old one, which took about a minute on the event thread. The
 * test counts the steps of that search (the axis's tick-unit lookups), not the time it takes, so a
 * busy machine cannot fail it.
 */
class LossChartResetAfterDivergenceTest extends GuiTest {

    @Test
    void theFirstPaintAfterAResetFollowingADivergenceFindsItsTickUnitInAFewSteps() {
        int lookups = GuiActionRunner.execute(() -> {
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
            NumberAxis axis = (NumberAxis) chart.plot().getRangeAxis();
            CountingTickUnits counting = new CountingTickUnits(axis.getStandardTickUnits());
            axis.setStandardTickUnits(counting);
            model.reset();
            chart.printAll(image.createGraphics());
            assertThat(axis.getRange().getUpperBound()).as("the axis is back near the loss").isLessThan(10);
            frame.dispose();
            model.close();
            return counting.lookups;
        });
        assertThat(lookups).isPositive().isLessThan(100);
    }

    /** The axis's own tick units, counting how often the axis asks them for a unit. */
    private static final class CountingTickUnits implements TickUnitSource {
        private final TickUnitSource units;
        private int lookups;

        CountingTickUnits(TickUnitSource units) {
            this.units = units;
        }

        @Override
        public TickUnit getLargerTickUnit(TickUnit unit) {
            lookups++;
            return units.getLargerTickUnit(unit);
        }

        @Override
        public TickUnit getCeilingTickUnit(TickUnit unit) {
            lookups++;
            return units.getCeilingTickUnit(unit);
        }

        @Override
        public TickUnit getCeilingTickUnit(double size) {
            lookups++;
            return units.getCeilingTickUnit(size);
        }
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
