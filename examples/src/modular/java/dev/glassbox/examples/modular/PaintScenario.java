package dev.glassbox.examples.modular;

import com.formdev.flatlaf.FlatLightLaf;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * Loads a scenario from a JSON string, trains it a little and paints the whole widget into an
 * image, with no display: {@code java --module-path … -m dev.glassbox.examples.modular/dev.glassbox.examples.modular.PaintScenario out.png}.
 * Prints the scenario's name, the epoch and the positive-weight color that FlatLaf read from the
 * widget's add-on (none if FlatLaf did not find it).
 */
public final class PaintScenario {
    /** OR on a wider hidden layer, written by hand: the format of docs/scenario-format.md. */
    private static final String OR = """
            {
              "format": "glassbox-scenario/1",
              "name": "OR, from a string",
              "layers": [2, 3, 1],
              "activations": ["tanh", "sigmoid"],
              "loss": "cross-entropy",
              "learningRate": 0.5,
              "update": "online",
              "seed": 3,
              "samples": [
                {"x": [0, 0], "y": [0]},
                {"x": [0, 1], "y": [1]},
                {"x": [1, 0], "y": [1]},
                {"x": [1, 1], "y": [1]}
              ]
            }
            """;

    private PaintScenario() {
    }

    /**
     * Paints the widget into the PNG file named by {@code args[0]}.
     *
     * @param args the file to write
     * @throws IOException               if the image cannot be written
     * @throws InterruptedException      if interrupted while waiting for the event thread
     * @throws InvocationTargetException if painting fails
     */
    public static void main(String[] args) throws IOException, InterruptedException, InvocationTargetException {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            FlatLightLaf.setup();
            Scenario or = ScenarioFiles.parse(OR);
            GlassboxModel model = new GlassboxModel(or);
            model.session().run(500);
            // Views catch up with their model when shown; with no window, build them after training.
            GlassboxPanel glassbox = new GlassboxPanel(model);
            glassbox.setSize(1280, 720);
            layOut(glassbox);
            BufferedImage painted = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = painted.createGraphics();
            glassbox.printAll(g);
            g.dispose();
            image.set(painted);
            System.out.println("scenario: " + glassbox.model().scenario().name());
            System.out.println("epoch: " + glassbox.model().epoch());
            Color positive = UIManager.getColor(GlassboxTheme.POSITIVE);
            System.out.println("positiveWeight: "
                    + (positive == null ? "none" : String.format("#%06X", positive.getRGB() & 0xFFFFFF)));
            glassbox.close();
        });
        ImageIO.write(image.get(), "png", new File(args[0]));
    }

    /** Lays out {@code c} and everything in it: with no window, nothing else does. */
    private static void layOut(Component c) {
        if (c instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }
}
