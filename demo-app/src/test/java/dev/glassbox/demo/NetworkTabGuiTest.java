package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.demo.cli.Cli;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Component;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import org.assertj.swing.core.GenericTypeMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Network tab of the main window: a 2-4-4-1 network built there and started from He with seed
 * 7 is saved with its layers, initialiser and seed, and trains to the very same weights in the GUI
 * (Step) and on the command line ({@code train FILE}, {@code train FILE --seed 7 --init he}).
 */
class NetworkTabGuiTest extends AppGuiTest {
    private static final int EPOCHS = 5;

    @TempDir
    Path dir;

    /** Scrolls the named component of the Network tab into view (the tab scrolls at 1366×768). */
    private void reveal(String name) {
        Component c = robot.finder().find(app, new GenericTypeMatcher<>(Component.class) {
            @Override
            protected boolean isMatching(Component component) {
                return name.equals(component.getName()) && component.isShowing();
            }
        });
        onEdtRun(() -> ((JComponent) c).scrollRectToVisible(new Rectangle(c.getWidth(), c.getHeight())));
        robot.waitForIdle();
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aNetworkBuiltInTheTabIsSavedAndTrainsToTheCommandLinesWeights() throws Exception {
        showApp();
        // At 1366×768 the tab is beyond the strip's end (reached through its list of tabs), where the robot cannot click it.
        JTabbedPane tabs = window.tabbedPane("tablesTabs").target();
        onEdtRun(() -> tabs.setSelectedIndex(tabs.indexOfTab("Network")));
        robot.waitForIdle();
        reveal("layerSize1");
        window.spinner("layerSize1").enterTextAndCommit("4");
        robot.waitForIdle();
        reveal("addLayerAfter1");
        window.button("addLayerAfter1").click();
        reveal("initCombo");
        select("initCombo", "He");
        reveal("seedField");
        window.textBox("seedField").selectAll().enterText("7").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        robot.waitForIdle();
        assertThat(onEdt(() -> model().architecture().sizes())).containsExactly(2, 4, 4, 1);

        Path file = dir.resolve("built.json");
        assertThat(onEdt(() -> app.saveScenario(file))).isTrue();
        Scenario saved = ScenarioFiles.read(file);
        assertThat(saved.architecture().sizes()).containsExactly(2, 4, 4, 1);
        assertThat(saved.initializer()).isEqualTo(Initializer.HE);
        assertThat(saved.seed()).isEqualTo(7);
        assertThat(saved.initialParameters()).isEqualTo(Initializer.HE.parameters(new int[] {2, 4, 4, 1}, 7));
        assertThat(Files.readString(file)).contains("\"init\": \"he\"").contains("\"seed\": 7");

        String epochs = Integer.toString(EPOCHS);
        String fromFile = cli("train", file.toString(), "--epochs", epochs);
        assertThat(cli("train", file.toString(), "--epochs", epochs, "--init", "he")).isEqualTo(fromFile);
        assertThat(cli("train", file.toString(), "--epochs", epochs, "--seed", "7", "--init", "he")).isEqualTo(fromFile);

        onEdtRun(() -> model().setSpeed(GlassboxModel.MAX_SPEED));
        for (int k = 0; k < EPOCHS; k++) {
            window.button("stepButton").click();
            robot.waitForIdle();
        }
        assertThat(onEdt(model()::epoch)).isEqualTo(EPOCHS);
        JsonObject result = new Gson().fromJson(fromFile, JsonObject.class);
        double[][][] weights = new Gson().fromJson(result.get("weights"), double[][][].class);
        double[][] biases = new Gson().fromJson(result.get("biases"), double[][].class);
        assertThat(onEdt(() -> model().parameters().weights())).as("the GUI's weights after " + EPOCHS + " steps")
                .isEqualTo(weights);
        assertThat(onEdt(() -> model().parameters().biases())).isEqualTo(biases);
        assertThat(onEdt(() -> model().session().datasetLoss())).isEqualTo(result.get("loss").getAsDouble());

        assertThat(onEdt(() -> app.openScenario(file))).isTrue();
        window.label("networkShape").requireText("2-4-4-1 network");
        window.comboBox("initCombo").requireSelection("Scenario's weights");
        window.textBox("seedField").requireText("7");
    }
}
