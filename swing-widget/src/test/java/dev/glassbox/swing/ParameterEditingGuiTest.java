package dev.glassbox.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.Checkpoint;
import dev.glassbox.swing.internal.edit.ParameterField;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.table.WeightsTable;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.Action;
import javax.swing.JTextField;
import javax.swing.border.CompoundBorder;
import javax.swing.border.LineBorder;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user sets weights in the assembled panel — typing in the weights table, clicking a weight's
 * label in the network and typing, dragging along a connection with a modifier, from the keyboard
 * alone — sees bad input refused in place with nothing changed, and takes it all back with
 * Ctrl+Z and Ctrl+Y, the actions naming what they undo.
 */
class ParameterEditingGuiTest extends GuiTest {
    /** Hidden 1 → output: in the weights table's row 6 (after two hidden neurons' weights and biases). */
    private static final Connection W_H1_OUT = new Connection(1, 0, 0);
    private static final int W_H1_OUT_ROW = 6;
    private final AtomicReference<GlassboxPanel> panel = new AtomicReference<>();

    @BeforeEach
    void showXor() {
        show(() -> {
            GlassboxPanel p = new GlassboxPanel(BuiltInScenarios.get("xor"));
            panel.set(p);
            return p;
        }, 1366, 768);
    }

    private GlassboxModel model() {
        return panel.get().model();
    }

    private double weight(Connection c) {
        return onEdt(() -> model().parameter(c));
    }

    private String undoName() {
        return onEdt(() -> (String) panel.get().undoActions().undo().getValue(Action.NAME));
    }

    private String redoName() {
        return onEdt(() -> (String) panel.get().undoActions().redo().getValue(Action.NAME));
    }

    private void pressWithMenuKey(int key, int more) {
        int menu = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == InputEvent.META_DOWN_MASK
                ? InputEvent.META_MASK : InputEvent.CTRL_MASK;
        robot.pressAndReleaseKey(key, menu | more);
        robot.waitForIdle();
    }

    private void showWeightsTab() {
        window.tabbedPane("detailTabs").selectTab("Weights w");
        robot.waitForIdle();
    }

    private JTextComponentFixture tableEditor() {
        return window.textBox(WeightsTable.EDITOR_NAME);
    }

    @Test
    void aWeightTypedInTheTableIsThePendingEpochsAndCtrlZTakesItBack() {
        showWeightsTab();
        double before = weight(W_H1_OUT);
        window.table("weightsTable").cell(TableCell.row(W_H1_OUT_ROW).column(0)).requireValue("w hidden 1 → output");
        window.table("weightsTable").cell(TableCell.row(W_H1_OUT_ROW).column(1)).doubleClick();
        assertThat(Double.parseDouble(tableEditor().text())).as("the value in full").isEqualTo(before);
        tableEditor().selectAll().enterText("0.75").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        assertThat(weight(W_H1_OUT)).isEqualTo(0.75);
        assertThat(onEdt(() -> model().trace().before().weight(W_H1_OUT))).isEqualTo(0.75);
        assertThat(onEdt(() -> panel.get().weightsTable().getValueAt(W_H1_OUT_ROW, 1))).isEqualTo(0.75);
        assertThat(onEdt(() -> model().trace().sample(0).neuron(2, 0).z())).as("the forward pass uses it")
                .isCloseTo(onEdt(() -> 0.75 * model().trace().sample(0).neuron(1, 0).a()
                        + model().parameter(new Connection(1, 1, 0)) * model().trace().sample(0).neuron(1, 1).a()
                        + model().parameter(new NeuronId(2, 0))), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(undoName()).isEqualTo("Undo set w hidden 1 → output");

        pressWithMenuKey(KeyEvent.VK_Z, 0);
        assertThat(weight(W_H1_OUT)).isEqualTo(before);
        assertThat(onEdt(() -> panel.get().weightsTable().getValueAt(W_H1_OUT_ROW, 1))).isEqualTo(before);
        assertThat(redoName()).isEqualTo("Redo set w hidden 1 → output");

        pressWithMenuKey(KeyEvent.VK_Y, 0);
        assertThat(weight(W_H1_OUT)).isEqualTo(0.75);
        pressWithMenuKey(KeyEvent.VK_Z, 0);
        pressWithMenuKey(KeyEvent.VK_Z, InputEvent.SHIFT_MASK);
        assertThat(weight(W_H1_OUT)).as("Ctrl+Shift+Z redoes too").isEqualTo(0.75);
    }

    @Test
    void typingIntoAValueReplacesIt() {
        showWeightsTab();
        window.table("weightsTable").cell(TableCell.row(W_H1_OUT_ROW).column(1)).click();
        robot.pressAndReleaseKey(KeyEvent.VK_MINUS);
        robot.pressAndReleaseKey(KeyEvent.VK_2);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.waitForIdle();
        assertThat(weight(W_H1_OUT)).isEqualTo(-2.0);
    }

    @Test
    void badValuesAreNamedInPlaceAndChangeNothing() {
        showWeightsTab();
        onEdtRun(() -> {
            model().setSpeed(GlassboxModel.MAX_SPEED);
            model().stepEpoch();
        });
        Checkpoint before = onEdt(() -> model().session().checkpoint());
        String[][] bad = {
            {"abc", "w hidden 1 → output: “abc” is not a number"},
            {"NaN", "w hidden 1 → output must be a finite number from −1000000 to 1000000, got NaN"},
            {"-inf", "w hidden 1 → output must be a finite number from −1000000 to 1000000, got -Infinity"},
            {"2e6", "w hidden 1 → output must be a finite number from −1000000 to 1000000, got 2000000.0"},
        };
        window.table("weightsTable").cell(TableCell.row(W_H1_OUT_ROW).column(1)).doubleClick();
        for (String[] b : bad) {
            tableEditor().selectAll().enterText(b[0]).pressAndReleaseKeys(KeyEvent.VK_ENTER);
            JTextField field = (JTextField) tableEditor().target();
            String problem = onEdt(() -> ((ParameterField) field).problem());
            assertThat(problem).isEqualTo(b[1]);
            String tooltip = onEdt(field::getToolTipText);
            assertThat(tooltip).isEqualTo(b[1]);
            boolean warned = onEdt(() -> field.getBorder() instanceof CompoundBorder cb
                    && cb.getOutsideBorder() instanceof LineBorder line
                    && line.getLineColor().equals(GlassboxTheme.color(GlassboxTheme.WARNING)));
            assertThat(warned).as("a border in the warning color").isTrue();
            window.label(ParameterField.PROBLEM_NAME).requireVisible().requireText(b[1]);
            assertThat(onEdt(() -> panel.get().weightsTable().isEditing())).as("still editing").isTrue();
            assertThat(onEdt(() -> model().session().checkpoint())).isEqualTo(before);
        }
        tableEditor().pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        assertThat(onEdt(() -> panel.get().weightsTable().isEditing())).isFalse();
        assertThat(onEdt(() -> model().session().checkpoint())).isEqualTo(before);
        assertThat(undoName()).isEqualTo("Undo step to epoch 1");
    }

    private Point labelOf(Connection c) {
        return onEdt(() -> {
            Point2D p = panel.get().networkView().pointOf(c);
            return new Point((int) Math.round(p.getX()), (int) Math.round(p.getY()));
        });
    }

    @Test
    void clickingAWeightsLabelInTheNetworkOpensAFieldWhereTypingSetsIt() {
        Connection c = new Connection(0, 1, 0);
        assertThat(onEdt(() -> panel.get().networkView().labelsEveryWeight())).isTrue();
        robot.click(panel.get().networkView(), labelOf(c));
        JTextComponentFixture field = window.textBox("weightField");
        field.requireFocused();
        assertThat(Double.parseDouble(field.text())).isEqualTo(weight(c));
        field.selectAll().enterText("1e6x").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.label(ParameterField.PROBLEM_NAME).requireText("w input 2 → hidden 1: “1e6x” is not a number");
        field.selectAll().enterText("−1.5").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        assertThat(weight(c)).isEqualTo(-1.5);
        assertThat(onEdt(() -> panel.get().networkView().isFocusOwner())).isTrue();
        assertThat(onEdt(() -> panel.get().networkView().getComponentCount())).as("the field is gone").isZero();

        robot.click(panel.get().networkView(), labelOf(c));
        window.textBox("weightField").enterText("9").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        assertThat(weight(c)).as("Escape keeps the value").isEqualTo(-1.5);
        assertThat(undoName()).isEqualTo("Undo set w input 2 → hidden 1");
    }

    @Test
    void doubleClickingANeuronEditsItsBias() {
        NeuronId out = new NeuronId(2, 0);
        Point at = onEdt(() -> {
            Point2D p = panel.get().networkView().pointOf(out);
            return new Point((int) Math.round(p.getX()), (int) Math.round(p.getY()));
        });
        robot.click(panel.get().networkView(), at, MouseButton.LEFT_BUTTON, 2);
        window.textBox("weightField").selectAll().enterText("0.125").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(onEdt(() -> model().parameter(out))).isEqualTo(0.125);
        assertThat(undoName()).isEqualTo("Undo set b output");
    }

    @Test
    void theKeyboardAloneOpensTheFieldOnTheFocusedConnection() {
        var view = panel.get().networkView();
        robot.focusAndWaitForFocusGain(view);
        // Tab moves the focus cursor (the arrows are the training keys in the panel) onto a connection.
        for (int k = 0; k < 10 && !onEdt(() -> view.getAccessibleContext().getAccessibleDescription())
                .startsWith("weight "); k++) {
            robot.pressAndReleaseKey(KeyEvent.VK_TAB);
            robot.waitForIdle();
        }
        assertThat(onEdt(() -> model().selected())).isNull();
        robot.pressAndReleaseKey(KeyEvent.VK_F2);
        robot.waitForIdle();
        assertThat(onEdt(() -> model().selected())).isInstanceOf(Connection.class);
        Connection first = (Connection) onEdt(() -> model().selected());
        window.textBox("weightField").selectAll().enterText("0.5").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(weight(first)).isEqualTo(0.5);

        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.waitForIdle();
        window.textBox("weightField").requireFocused().selectAll().enterText("0.25")
                .pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(weight(first)).as("Enter on the selected connection edits it").isEqualTo(0.25);
    }

    @Test
    void draggingAlongAConnectionWithCtrlChangesItsWeightLiveAsOneUndoableEdit() {
        Connection c = new Connection(1, 1, 0);
        double before = weight(c);
        Point2D from = onEdt(() -> panel.get().networkView().pointOf(c.source()));
        Point2D to = onEdt(() -> panel.get().networkView().pointOf(c.target()));
        double length = from.distance(to);
        double ux = (to.getX() - from.getX()) / length;
        double uy = (to.getY() - from.getY()) / length;
        Point start = labelOf(c);
        var view = panel.get().networkView();
        robot.moveMouse(view, start);
        robot.pressModifiers(InputEvent.CTRL_MASK);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        Point mid = new Point((int) Math.round(start.x + 20 * ux), (int) Math.round(start.y + 20 * uy));
        robot.moveMouse(view, mid);
        double live = weight(c);
        Point end = new Point((int) Math.round(start.x + 40 * ux), (int) Math.round(start.y + 40 * uy));
        robot.moveMouse(view, end);
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.releaseModifiers(InputEvent.CTRL_MASK);
        robot.waitForIdle();

        double along = (end.x - start.x) * ux + (end.y - start.y) * uy;
        assertThat(live).as("the weight follows the mouse").isNotEqualTo(before);
        assertThat(weight(c)).isEqualTo(Math.round((before + along * 0.01) * 100) / 100.0);
        assertThat(undoName()).isEqualTo("Undo set w hidden 2 → output");
        pressWithMenuKey(KeyEvent.VK_Z, 0);
        assertThat(weight(c)).as("the whole drag is one edit").isEqualTo(before);
    }
}
