package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.swing.internal.text.Numbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the toolbar, the loss panel and the status line say, and that they say it whole. */
class StatusWordingGuiTest extends AppGuiTest {
    @TempDir
    Path folder;

    @Test
    void theToolbarsLossAndThePanelsMeanNameTheUpdateTheyAreMeasuredAround() {
        useDesktopFont();
        showApp();
        JTextArea mean = (JTextArea) robot.finder().findByName(app, "lossMean", false);
        assertThat(onEdt(() -> mean.getText())).startsWith("mean before any update = ");
        onEdtRun(() -> model().session().run(12));
        robot.waitForIdle();
        double trained = onEdt(() -> model().lossHistory().last());
        double now = onEdt(() -> model().trace().loss());
        window.label("epochLabel").requireText("Epoch 12 · loss " + Numbers.format(trained) + " before update 12");
        assertThat(onEdt(() -> mean.getText())).startsWith("mean after update 12 = " + Numbers.format(now) + "\n");
        assertThat(trained).isNotEqualTo(now);
    }

    @Test
    void anOpenedFilesMessageGoesWhenAnotherScenarioIsChosen() throws IOException {
        useDesktopFont();
        showApp();
        Path file = folder.resolve("xor1000.json");
        ScenarioFiles.write(BuiltInScenarios.get("xor"), file);
        assertThat(onEdt(() -> app.openScenario(file))).isTrue();
        window.label("statusMessage").requireText("Opened xor1000.json");
        select("scenarioCombo", ".*\\(and\\)");
        window.label("statusMessage").requireText(" ");
    }

    @Test
    void switchingBatchAndOnlineSaysThatTrainingStartsAgain() {
        useDesktopFont();
        showApp();
        onEdtRun(() -> model().session().run(5));
        select("updateModeCombo", "online");
        assertThat(onEdt(() -> model().epoch())).isZero();
        window.label("parameterMessage").requireText("Update online: training starts again from epoch 0.");
        select("updateModeCombo", "batch");
        window.label("parameterMessage").requireText("Update batch: training starts again from epoch 0.");
    }

    @Test
    void theStatusAndThePhaseButtonAreNeverCut() {
        for (int zoom : new int[] {100, 150}) {
            useDesktopFont();
            showApp(1366, 768, zoom);
            onEdtRun(() -> app.compareWithOtherLoss());
            requireWhole((JLabel) robot.finder().findByName(app, "statusMessage", false), zoom);
            for (int k = 0; k < 3; k++) {
                requireWhole(window.button("phaseButton").target(), zoom);
                window.button("phaseButton").click();
            }
            window.cleanUp();
            window = null;
            onEdtRun(() -> dev.glassbox.demo.theme.Zoom.install(100));
        }
    }

    private static void requireWhole(javax.swing.JComponent c, int zoom) {
        onEdtRun(() -> assertThat(c.getWidth()).as(c.getName() + " at " + zoom + " %: "
                + (c instanceof JLabel l ? l.getText() : ((javax.swing.AbstractButton) c).getText()))
                .isGreaterThanOrEqualTo(c.getPreferredSize().width));
    }
}
