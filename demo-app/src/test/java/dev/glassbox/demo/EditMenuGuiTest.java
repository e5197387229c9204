package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.swing.table.WeightsTable;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Path;
import org.assertj.swing.data.TableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's Edit menu: Undo and Redo name what they will undo, take back a weight typed in
 * the weights table, a change of the loss and a reset, and a saved scenario holds the edited values.
 */
class EditMenuGuiTest extends AppGuiTest {
    /** Hidden 1 → output, row 6 of the weights table. */
    private static final Connection W_H1_OUT = new Connection(1, 0, 0);

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        showApp();
    }

    private double weight() {
        return onEdt(() -> model().parameter(W_H1_OUT));
    }

    private void typeWeight(String text) {
        window.tabbedPane("tablesTabs").selectTab("Weights");
        window.table("weightsTable").cell(TableCell.row(6).column(0)).requireValue("w hidden 1 → output");
        window.table("weightsTable").cell(TableCell.row(6).column(1)).doubleClick();
        window.textBox(WeightsTable.EDITOR_NAME).selectAll().enterText(text).pressAndReleaseKeys(KeyEvent.VK_ENTER);
    }

    @Test
    void undoAndRedoInTheEditMenuNameAndTakeBackAWeightTypedInTheTable() {
        double before = weight();
        window.menuItemWithPath("Edit", "Undo").requireDisabled();
        typeWeight("-3.25");
        assertThat(weight()).isEqualTo(-3.25);

        window.menuItemWithPath("Edit", "Undo set w hidden 1 → output").requireEnabled().click();
        assertThat(weight()).isEqualTo(before);
        window.menuItemWithPath("Edit", "Redo set w hidden 1 → output").requireEnabled().click();
        assertThat(weight()).isEqualTo(-3.25);

        robot.pressAndReleaseKey(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        robot.waitForIdle();
        assertThat(weight()).as("Ctrl+Z in the window").isEqualTo(before);
        robot.pressAndReleaseKey(KeyEvent.VK_Y, InputEvent.CTRL_MASK);
        robot.waitForIdle();
        assertThat(weight()).as("Ctrl+Y in the window").isEqualTo(-3.25);
    }

    @Test
    void aLossChangeAndAResetAreUndoneToTheEpochAndWeightsTheyLeft() {
        onEdtRun(() -> model().session().run(250));
        typeWeight("2");
        select("lossCombo", "cross-entropy");
        assertThat(onEdt(() -> model().architecture().loss())).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(onEdt(() -> model().epoch())).isZero();
        window.menuItemWithPath("Edit", "Undo change the loss to cross-entropy").click();
        assertThat(onEdt(() -> model().architecture().loss())).isEqualTo(Loss.MSE);
        window.comboBox("lossCombo").requireSelection("mse");
        assertThat(onEdt(() -> model().epoch())).isEqualTo(250);
        assertThat(weight()).isEqualTo(2.0);

        window.button("resetButton").click();
        assertThat(onEdt(() -> model().epoch())).isZero();
        window.menuItemWithPath("Edit", "Undo reset").click();
        assertThat(onEdt(() -> model().epoch())).isEqualTo(250);
        assertThat(weight()).isEqualTo(2.0);
    }

    @Test
    void aSavedScenarioHoldsTheEditedValues() throws IOException {
        onEdtRun(() -> model().session().run(30));
        typeWeight("0.625");
        Path file = dir.resolve("edited.json");
        assertThat(onEdt(() -> app.saveScenario(file))).isTrue();

        Scenario saved = ScenarioFiles.read(file);
        assertThat(saved.initialParameters().weight(W_H1_OUT)).isEqualTo(0.625);
        assertThat(saved.initialParameters()).isEqualTo(onEdt(() -> model().parameters()));
    }
}
