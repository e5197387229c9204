package dev.glassbox.swing.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.data.TwoInputProblem;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.internal.edit.ParameterField;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.undo.UndoActions;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JPanel;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student edits XOR's four samples in the dataset panel: types a cell (a decimal comma refused in
 * place), adds, removes and reorders rows, pastes rows as a spreadsheet copies them (a bad paste
 * refused whole), generates a spiral, and takes each change back with Ctrl+Z; the table and the
 * session's samples are read back after each step.
 */
class DatasetTableGuiTest extends GuiTest {
    private final AtomicReference<DatasetPanel> panel = new AtomicReference<>();
    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();
    private final AtomicReference<UndoActions> undo = new AtomicReference<>();
    private JTableFixture table;

    @BeforeEach
    void showXor() {
        show(() -> {
            GlassboxModel m = new GlassboxModel(BuiltInScenarios.get("xor"));
            model.set(m);
            DatasetPanel p = new DatasetPanel(m);
            panel.set(p);
            JPanel root = new JPanel(new java.awt.BorderLayout());
            root.add(p);
            UndoActions u = new UndoActions(m);
            u.installKeys(root);
            undo.set(u);
            return root;
        }, 600, 700);
        table = window.table("datasetTable");
    }

    private List<Sample> samples() {
        return onEdt(() -> model.get().samples());
    }

    private static Sample sample(double x1, double x2, double y) {
        return Sample.of(new double[] {x1, x2}, new double[] {y});
    }

    private static final List<Sample> XOR = List.of(sample(0, 0, 0), sample(0, 1, 1), sample(1, 0, 1), sample(1, 1, 0));

    /**
     * Types a number into a spinner and commits it, as a user would. On a loaded machine the robot
     * now and then loses a keystroke (10000 arrives as 1000); the typing is then repeated, at most
     * three times, until the spinner holds the number.
     */
    private void enterNumber(String spinner, String text, Number expected) {
        for (int attempt = 0; attempt < 3; attempt++) {
            window.spinner(spinner).enterTextAndCommit(text);
            robot.waitForIdle();
            if (onEdt(() -> ((Number) window.spinner(spinner).target().getValue()).doubleValue())
                    == expected.doubleValue()) {
                return;
            }
        }
        window.spinner(spinner).requireValue(expected);
    }

    private String undoName() {
        return onEdt(() -> (String) undo.get().undo().getValue(javax.swing.Action.NAME));
    }

    private String message() {
        return window.textBox("datasetMessage").text();
    }

    private void pressWithMenuKey(int key) {
        int menu = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == InputEvent.META_DOWN_MASK
                ? InputEvent.META_MASK : InputEvent.CTRL_MASK;
        robot.pressAndReleaseKey(key, menu);
        robot.waitForIdle();
    }

    private void setClipboard(String text) {
        onEdtRun(() -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text), null));
    }

    @Test
    void typingACellSetsThatValueAndTrainsAgainFromEpochZeroUndoneWithCtrlZ() {
        onEdtRun(() -> model.get().runToEpoch(20));
        assertThat(table.target().getColumnName(2)).isEqualTo("x2");
        table.cell(TableCell.row(0).column(2)).click();
        robot.enterText("0.5");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.waitForIdle();

        assertThat(samples().get(0)).isEqualTo(sample(0, 0.5, 0));
        assertThat(table.valueAt(TableCell.row(0).column(2))).isEqualTo("0.5");
        assertThat(onEdt(() -> model.get().epoch())).isZero();
        assertThat(message()).isEqualTo("Set sample 1, x2 to 0.5: training starts again from epoch 0.");
        assertThat(undoName()).isEqualTo("Undo edit sample 1");

        pressWithMenuKey(KeyEvent.VK_Z);
        assertThat(samples()).isEqualTo(XOR);
        assertThat(table.valueAt(TableCell.row(0).column(2))).isEqualTo("0");
        assertThat(onEdt(() -> model.get().epoch())).isEqualTo(20);
    }

    @Test
    void aDecimalCommaIsMarkedAndExplainedInPlaceAndNothingChanges() {
        table.cell(TableCell.row(1).column(1)).click();
        robot.enterText("0,5");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.waitForIdle();

        assertThat(onEdt(() -> table.target().isEditing())).isTrue();
        assertThat(window.label(ParameterField.PROBLEM_NAME).text())
                .isEqualTo("sample 2, x1: “0,5” has a decimal comma: write 0.5");
        assertThat(samples()).isEqualTo(XOR);

        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(onEdt(() -> table.target().isEditing())).isFalse();
        assertThat(samples()).isEqualTo(XOR);
    }

    @Test
    void aTargetTheLossRefusesIsExplainedInPlace() {
        onEdtRun(() -> model.get().load(BuiltInScenarios.get("xor-saturated-ce")));
        List<Sample> before = samples();
        table.cell(TableCell.row(0).column(3)).click();
        robot.enterText("1.5");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.waitForIdle();

        assertThat(window.label(ParameterField.PROBLEM_NAME).text())
                .isEqualTo("sample 1, y: cross-entropy needs targets in [0, 1], got 1.5");
        assertThat(samples()).isEqualTo(before);
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
    }

    @Test
    void rowsAreAddedRemovedAndReorderedWithButtonsAndKeys() {
        table.selectRows(1);
        window.button("datasetAddButton").click();
        assertThat(samples()).containsExactly(XOR.get(0), XOR.get(1), XOR.get(1), XOR.get(2), XOR.get(3));
        assertThat(table.target().getSelectedRows()).containsExactly(2);
        assertThat(table.rowCount()).isEqualTo(5);

        table.selectRows(0);
        robot.pressAndReleaseKey(KeyEvent.VK_DELETE);
        robot.waitForIdle();
        assertThat(samples()).containsExactly(XOR.get(1), XOR.get(1), XOR.get(2), XOR.get(3));
        assertThat(message()).isEqualTo("Removed sample 1: training starts again from epoch 0.");

        table.selectRows(3);
        window.button("datasetUpButton").click();
        assertThat(samples()).containsExactly(XOR.get(1), XOR.get(1), XOR.get(3), XOR.get(2));
        assertThat(undoName()).isEqualTo("Undo reorder the samples");
        assertThat(table.target().getSelectedRows()).containsExactly(2);
        assertThat(table.valueAt(TableCell.row(2).column(3))).isEqualTo("0");

        // Cacio's robot drops Alt from the key that follows it: Alt+Down is posted as the keyboard sends it.
        onEdtRun(() -> java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue().postEvent(new KeyEvent(table.target(),
                KeyEvent.KEY_PRESSED, System.currentTimeMillis(), InputEvent.ALT_DOWN_MASK, KeyEvent.VK_DOWN,
                KeyEvent.CHAR_UNDEFINED)));
        robot.waitForIdle();
        assertThat(samples()).containsExactly(XOR.get(1), XOR.get(1), XOR.get(2), XOR.get(3));

        table.selectRows(0, 1, 2, 3);
        window.button("datasetRemoveButton").click();
        assertThat(message()).isEqualTo("A scenario needs at least one sample: add another before removing this one.");
        assertThat(samples()).hasSize(4);

        for (int undo = 0; undo < 4; undo++) {
            pressWithMenuKey(KeyEvent.VK_Z);
        }
        assertThat(samples()).isEqualTo(XOR);
        assertThat(table.rowCount()).isEqualTo(4);
    }

    @Test
    void spreadsheetRowsPastedFromTheClipboardAreAddedOrReplaceTheSelection() throws Exception {
        setClipboard("x1\tx2\ty\r\n0.1\t0.2\t1\r\n0.3\t0.4\t0\r\n");
        table.target().requestFocusInWindow();
        onEdtRun(() -> table.target().clearSelection());
        table.focus();
        pressWithMenuKey(KeyEvent.VK_V);
        assertThat(samples()).containsExactly(XOR.get(0), XOR.get(1), XOR.get(2), XOR.get(3), sample(0.1, 0.2, 1),
                sample(0.3, 0.4, 0));
        assertThat(message()).isEqualTo("Pasted 2 samples at the end: training starts again from epoch 0.");
        assertThat(undoName()).isEqualTo("Undo add 2 samples");
        assertThat(table.valueAt(TableCell.row(5).column(1))).isEqualTo("0.3");

        setClipboard("0.9\t0.8\t0\n");
        table.selectRows(1);
        pressWithMenuKey(KeyEvent.VK_V);
        assertThat(samples().get(1)).isEqualTo(sample(0.9, 0.8, 0));
        assertThat(undoName()).isEqualTo("Undo edit sample 2");
        assertThat(samples()).hasSize(6);

        table.selectRows(1, 2);
        pressWithMenuKey(KeyEvent.VK_C);
        String copied = onEdt(() -> {
            try {
                return (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(copied).isEqualTo("0.9\t0.8\t0\n1\t0\t1\n");

        pressWithMenuKey(KeyEvent.VK_Z);
        pressWithMenuKey(KeyEvent.VK_Z);
        assertThat(samples()).isEqualTo(XOR);
    }

    @Test
    void aBadPasteIsRefusedWholeNamingTheRowAndColumnAndNothingIsLost() {
        setClipboard("0.1\t0.2\t1\n0,3\t0.4\t0\n");
        table.selectRows(0);
        pressWithMenuKey(KeyEvent.VK_V);
        assertThat(message()).isEqualTo("Not pasted: row 2, column 1: “0,3” has a decimal comma: write 0.3. Nothing changed.");
        assertThat(samples()).isEqualTo(XOR);

        setClipboard("0.1\t0.2\n");
        pressWithMenuKey(KeyEvent.VK_V);
        assertThat(message()).isEqualTo("Not pasted: the network takes 2 inputs and gives 1 output (x1, x2, y), but row 1"
                + " has 2 columns. Nothing changed.");
        assertThat(samples()).isEqualTo(XOR);
    }

    @Test
    void aSpiralIsGeneratedFromItsSeedAndNoiseAndTheLimitIsRefusedWithAMessage() {
        window.toggleButton("datasetGenerateToggle").click();
        enterNumber("generatorCountSpinner", "100", 100);
        enterNumber("generatorNoiseSpinner", "0.1", 0.1);
        enterNumber("generatorSeedSpinner", "7", 7L);
        window.comboBox("generatorProblemCombo").requireSelection("Spiral");
        window.button("generatorGenerateButton").click();
        robot.waitForIdle();

        assertThat(samples()).isEqualTo(TwoInputProblem.SPIRAL.samples(100, 0.1, 7));
        assertThat(table.rowCount()).isEqualTo(100);
        assertThat(message()).isEqualTo("Generated 100 samples of the spiral (noise 0.1, seed 7): training starts again"
                + " from epoch 0.");
        assertThat(window.label("datasetSummary").text()).isEqualTo("100 samples (at most 10000)");
        assertThat(undoName()).isEqualTo("Undo add 96 samples");

        enterNumber("generatorCountSpinner", "10000", 10_000);
        window.button("generatorGenerateButton").click();
        robot.waitForIdle();
        assertThat(samples()).hasSize(10_000);
        table.selectRows(0);
        window.button("datasetAddButton").click();
        assertThat(message()).isEqualTo("Not changed: at most 10000 samples, got 10001");
        assertThat(samples()).hasSize(10_000);

        pressWithMenuKey(KeyEvent.VK_Z);
        pressWithMenuKey(KeyEvent.VK_Z);
        assertThat(samples()).isEqualTo(XOR);
    }

    @Test
    void theGeneratorsAreOfferedOnlyToTwoInputNetworksSayingWhy() {
        onEdtRun(() -> model.get().load(BuiltInScenarios.get("three-classes")));
        window.toggleButton("datasetGenerateToggle").click();
        window.button("generatorGenerateButton").requireDisabled();
        assertThat(window.textBox("generatorUnavailable").text()).startsWith(
                "The generators draw problems with two inputs and one target (1 or 0); this network has");
    }

    @Test
    void aCsvFileExportedAndImportedGivesTheSamplesBackAndABadOneChangesNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("xor.csv");
        onEdtRun(() -> {
            try {
                panel.get().table().exportCsv(file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(Files.readString(file)).isEqualTo("x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");

        Files.writeString(file, "\uFEFFx1,x2,y\n0.5,\"0.25\",1\n", StandardCharsets.UTF_8);
        onEdtRun(() -> {
            try {
                panel.get().table().importCsv(file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(samples()).containsExactly(sample(0.5, 0.25, 1));
        assertThat(table.rowCount()).isEqualTo(1);

        Files.writeString(file, "x1,x2,y\n0.5,\"0,25\",1\n", StandardCharsets.UTF_8);
        String refused = onEdt(() -> {
            try {
                panel.get().table().importCsv(file);
                return "imported";
            } catch (IllegalArgumentException | IOException e) {
                return e.getMessage();
            }
        });
        assertThat(refused).isEqualTo("xor.csv: row 2, x2: “0,25” has a decimal comma: write 0.25");
        assertThat(samples()).containsExactly(sample(0.5, 0.25, 1));
    }

    @Test
    void aFailedExportLeavesWhatWasThereAndNoStrayFile(@TempDir Path dir) throws IOException {
        Path taken = Files.createDirectory(dir.resolve("data.csv"));
        Files.writeString(taken.resolve("keep.txt"), "mine");
        String refused = onEdt(() -> {
            try {
                panel.get().table().exportCsv(taken);
                return "written";
            } catch (IOException e) {
                return "refused";
            }
        });
        assertThat(refused).isEqualTo("refused");
        assertThat(Files.readString(taken.resolve("keep.txt"))).isEqualTo("mine");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("data.csv");
        }
    }

    @Test
    void undoWhileACellIsTypedInLeavesTheCellAndUndoes() {
        table.selectRows(0);
        window.button("datasetAddButton").click();
        table.cell(TableCell.row(1).column(1)).click();
        robot.enterText("0.25");
        assertThat(onEdt(() -> table.target().isEditing())).isTrue();
        onEdtRun(() -> undo.get().undo().actionPerformed(null));
        robot.waitForIdle();
        assertThat(onEdt(() -> table.target().isEditing())).isFalse();
        assertThat(samples()).isEqualTo(XOR);
    }
}
