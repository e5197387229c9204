package dev.glassbox.swing.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** Selection and viewed sample through steps, resets and scenario loads. */
class GlassboxModelTest {

    @Test
    void selectionSurvivesStepsResetsAndLoadsWhereTheElementStillExists() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("xor"));
            Connection hiddenToOutput = new Connection(1, 1, 0);
            model.setSelected(hiddenToOutput);
            model.setHovered(new NeuronId(1, 0));
            model.session().run(25);
            model.reset();
            assertThat(model.selected()).isEqualTo(hiddenToOutput);
            model.load(BuiltInScenarios.get("dying-relu"));
            assertThat(model.selected()).isEqualTo(hiddenToOutput);
            assertThat(model.hovered()).isEqualTo(new NeuronId(1, 0));

            model.load(BuiltInScenarios.get("vanishing-gradient"));
            Connection deep = new Connection(5, 2, 0);
            model.setSelected(deep);
            model.setViewedSample(3);
            model.load(BuiltInScenarios.get("xor"));
            assertThat(model.selected()).as("the deep connection is gone from 2-2-1").isNull();
            assertThat(model.viewedSample()).isEqualTo(3);
            model.close();
        });
    }
}
