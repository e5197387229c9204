package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.internal.text.Numbers;
import java.awt.BorderLayout;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.beans.PropertyChangeEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JPanel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view in a real (Cacio) window, driven by the AssertJ Swing robot: hover, click, keyboard. */
class NetworkViewGuiTest extends GuiTest {
    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();
    private final AtomicReference<NetworkView> view = new AtomicReference<>();

    @BeforeEach
    void showXor() {
        show(() -> {
            GlassboxModel m = new GlassboxModel(BuiltInScenarios.get("xor"));
            NetworkView v = new NetworkView(m);
            model.set(m);
            view.set(v);
            JButton elsewhere = new JButton("elsewhere");
            elsewhere.setName("elsewhere");
            JPanel p = new JPanel(new BorderLayout());
            p.add(v, BorderLayout.CENTER);
            p.add(elsewhere, BorderLayout.SOUTH);
            return p;
        }, 700, 480);
    }

    private Point at(NetworkElement e) {
        return onEdt(() -> {
            NetworkLayout lay = view.get().networkLayout();
            Point2D p = e instanceof Connection c ? lay.pointAlong(c, 0.5) : lay.center((NeuronId) e);
            return new Point((int) Math.round(p.getX()), (int) Math.round(p.getY()));
        });
    }

    private NetworkElement hovered() {
        return onEdt(() -> model.get().hovered());
    }

    private NetworkElement selected() {
        return onEdt(() -> model.get().selected());
    }

    private String description() {
        return onEdt(() -> view.get().getAccessibleContext().getAccessibleDescription());
    }

    private void press(int key) {
        robot.pressAndReleaseKey(key);
        robot.waitForIdle();
    }

    private String tooltipAt(NetworkElement e) {
        Point p = at(e);
        return onEdt(() -> view.get().getToolTipText(new java.awt.event.MouseEvent(view.get(),
                java.awt.event.MouseEvent.MOUSE_MOVED, 0, 0, p.x, p.y, 0, false)));
    }

    @Test
    void anEmbeddersTooltipGeneratorWritesTheTooltipsAndTheStandardOneComesBack() {
        NeuronId hidden = new NeuronId(1, 0);
        String standard = tooltipAt(hidden);
        assertThat(standard).contains("z").contains("δ");
        onEdtRun(() -> view.get().setTooltipGenerator((trace, sample, element) ->
                element instanceof NeuronId n ? "neuron " + n.index() + " on sample " + sample : null));
        assertThat(tooltipAt(hidden)).isEqualTo("neuron 0 on sample 0");
        assertThat(tooltipAt(new Connection(0, 0, 0))).isNull();
        onEdtRun(() -> view.get().setTooltipGenerator(NetworkTooltipGenerator.standard()));
        assertThat(tooltipAt(hidden)).isEqualTo(standard);
    }

    @Test
    void hoveringAHiddenConnectionSetsTheModelsHoveredElementAndEmptySpaceClearsIt() {
        Connection inputToHidden = new Connection(0, 0, 0);
        robot.moveMouse(view.get(), at(inputToHidden));
        assertThat(hovered()).isEqualTo(inputToHidden);

        robot.moveMouse(view.get(), at(new NeuronId(1, 1)));
        assertThat(hovered()).isEqualTo(new NeuronId(1, 1));

        Connection hiddenToOutput = new Connection(1, 1, 0);
        robot.moveMouse(view.get(), at(hiddenToOutput));
        assertThat(hovered()).isEqualTo(hiddenToOutput);

        robot.moveMouse(view.get(), new Point(4, 4));
        assertThat(hovered()).isNull();

        robot.moveMouse(view.get(), at(inputToHidden));
        assertThat(hovered()).isEqualTo(inputToHidden);
        robot.moveMouse(window.button("elsewhere").target());
        assertThat(hovered()).as("leaving the view clears its hover").isNull();
    }

    @Test
    void clickingSelectsAndTheSelectionSurvivesTraining() {
        Connection c = new Connection(0, 1, 1);
        robot.click(view.get(), at(c));
        assertThat(selected()).isEqualTo(c);

        onEdtRun(() -> {
            model.get().setSpeed(GlassboxModel.MAX_SPEED);
            model.get().stepEpoch();
            model.get().stepEpoch();
        });
        robot.waitForIdle();
        assertThat(onEdt(() -> model.get().session().epoch())).isEqualTo(2);
        assertThat(selected()).isEqualTo(c);
        EpochTrace t = onEdt(() -> model.get().trace());
        assertThat(description()).isEqualTo("weight input 2 → hidden 2, " + Numbers.format(t.before().weight(c))
                + ", gradient " + Numbers.format(t.meanGradient(c)));

        robot.click(view.get(), new Point(4, 4));
        assertThat(selected()).as("a click on empty space clears the selection").isNull();
    }

    @Test
    void theKeyboardMovesAFocusCursorAndEnterSelects() {
        robot.focusAndWaitForFocusGain(view.get());
        assertThat(onEdt(() -> view.get().cursor())).isEqualTo(new NeuronId(0, 0));
        assertThat(description()).isEqualTo("input 1, x = 0");

        press(KeyEvent.VK_RIGHT);
        press(KeyEvent.VK_ENTER);
        Connection first = new Connection(0, 0, 0);
        assertThat(selected()).isEqualTo(first);
        EpochTrace t = onEdt(() -> model.get().trace());
        assertThat(description()).isEqualTo("weight input 1 → hidden 1, " + Numbers.format(t.before().weight(first))
                + ", gradient " + Numbers.format(t.meanGradient(first)));

        press(KeyEvent.VK_TAB);
        assertThat(onEdt(() -> view.get().isFocusOwner())).as("Tab stays inside the view").isTrue();
        assertThat(onEdt(() -> view.get().cursor())).isEqualTo(new Connection(0, 1, 0));
        assertThat(selected()).as("moving the cursor does not select").isEqualTo(first);

        press(KeyEvent.VK_RIGHT);
        press(KeyEvent.VK_DOWN);
        press(KeyEvent.VK_ENTER);
        NeuronId hidden2 = new NeuronId(1, 1);
        assertThat(selected()).isEqualTo(hidden2);
        NeuronTrace n = t.sample(0).neuron(hidden2);
        assertThat(description()).isEqualTo("hidden 2, a = " + Numbers.format(n.a()) + ", δ = " + Numbers.format(n.delta()));

        robot.pressAndReleaseKey(KeyEvent.VK_TAB, KeyEvent.SHIFT_MASK);
        robot.waitForIdle();
        assertThat(onEdt(() -> view.get().cursor())).isEqualTo(new Connection(0, 1, 0));

        press(KeyEvent.VK_ESCAPE);
        assertThat(selected()).isNull();
    }

    @Test
    void theViewStopsListeningToTheModelOnceRemoved() {
        List<PropertyChangeEvent> heard = new CopyOnWriteArrayList<>();
        onEdtRun(() -> view.get().getAccessibleContext().addPropertyChangeListener(heard::add));
        onEdtRun(() -> model.get().setSelected(new Connection(1, 0, 0)));
        assertThat(heard).as("a displayed view follows the selection").isNotEmpty();

        onEdtRun(() -> {
            java.awt.Container parent = view.get().getParent();
            parent.remove(view.get());
            parent.revalidate();
        });
        heard.clear();
        onEdtRun(() -> model.get().setSelected(new Connection(1, 1, 0)));
        assertThat(heard).as("a removed view no longer listens").isEmpty();
    }
}
