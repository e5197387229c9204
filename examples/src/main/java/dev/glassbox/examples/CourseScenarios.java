package dev.glassbox.examples;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.GlassboxPanelOptions;
import dev.glassbox.swing.GlassboxPanelOptions.View;
import dev.glassbox.swing.controls.ScenarioEntry;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * A course's own scenarios in place of the built-in ones: one written as JSON (the format of
 * docs/scenario-format.md), one a built-in renamed with the scenario builder; each shows under its
 * own name. The state tables are left out.
 */
public final class CourseScenarios {
    /** NAND, as a course would keep it in a file. */
    static final String NAND_JSON = """
            {
              "format": "glassbox-scenario/1",
              "name": "Week 2: NAND",
              "lesson": "NAND is AND turned upside down: watch the output bias turn positive.",
              "layers": [2, 2, 1],
              "activations": ["sigmoid", "sigmoid"],
              "loss": "mse",
              "learningRate": 2.0,
              "update": "batch",
              "seed": 7,
              "samples": [
                {"x": [0, 0], "y": [1]},
                {"x": [0, 1], "y": [1]},
                {"x": [1, 0], "y": [1]},
                {"x": [1, 1], "y": [0]}
              ]
            }
            """;

    private CourseScenarios() {
    }

    /**
     * Opens the window.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> frame().setVisible(true));
    }

    /**
     * The window, sized to fit a 1366×768 screen, not yet shown.
     *
     * @return the window
     */
    static JFrame frame() {
        Scenario nand = ScenarioFiles.parse(NAND_JSON);         // a ScenarioException names any mistake
        Scenario xor = BuiltInScenarios.get("xor").toBuilder().name("Week 3: XOR").build();
        GlassboxPanelOptions options = GlassboxPanelOptions.all()
                .withScenarios(List.of(ScenarioEntry.of(nand), ScenarioEntry.of(xor)))
                .without(View.STATE_TABLES);
        GlassboxPanel glassbox = new GlassboxPanel(new GlassboxModel(nand), options);

        JFrame frame = new JFrame("My course");
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        frame.add(glassbox);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                glassbox.close();
            }
        });
        frame.setSize(1280, 720);
        frame.setLocationRelativeTo(null);
        return frame;
    }
}
