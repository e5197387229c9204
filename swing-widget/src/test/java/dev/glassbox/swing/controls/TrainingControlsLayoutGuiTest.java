package dev.glassbox.swing.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The toolbar in a narrow panel (two widgets side by side, a small dialog) wraps the epoch label
 * onto a second row instead of squeezing the speed slider away and cutting "Play" to "…"; in a wide
 * panel it is one row. Either way every button, the slider and the label get their preferred width
 * and none covers another.
 */
class TrainingControlsLayoutGuiTest extends GuiTest {
    private static final String[] NAMES = {"playButton", "stepButton", "phaseButton", "resetButton", "speedSlider",
        "epochLabel"};

    private final AtomicReference<TrainingControls> controls = new AtomicReference<>();

    private void showControls(int width) {
        showControls(width, 0);
    }

    private void showControls(int width, int epochs) {
        show(() -> {
            GlassboxModel m = new GlassboxModel(BuiltInScenarios.get("xor"));
            m.session().run(epochs);
            TrainingControls c = new TrainingControls(m);
            controls.set(c);
            JPanel p = new JPanel(new BorderLayout());
            p.add(c, BorderLayout.NORTH);
            p.add(new JPanel(), BorderLayout.CENTER);
            return p;
        }, width, 300);
    }

    /** Each named part's bounds in the controls' coordinates, checked for full width and no overlap. */
    private List<Rectangle> partsAtFullWidthAndApart() {
        return onEdt(() -> {
            List<Rectangle> bounds = new ArrayList<>();
            for (String name : NAMES) {
                Component c = find(controls.get(), name);
                Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), controls.get());
                // the epoch label may be folded into two lines where it shares a row: then as wide as its lines
                int least = c instanceof ToolbarLayout.Foldable f ? Math.min(f.foldedSize().width, c.getPreferredSize().width)
                        : c.getPreferredSize().width;
                assertThat(r.width).as(name + " width").isGreaterThanOrEqualTo(least);
                if (r.width < c.getPreferredSize().width) {
                    assertThat(r.height).as(name + " height, folded").isGreaterThanOrEqualTo(((ToolbarLayout.Foldable) c).foldedSize().height);
                }
                assertThat(r.x + r.width).as(name + " right edge").isLessThanOrEqualTo(controls.get().getWidth());
                assertThat(r.y + r.height).as(name + " bottom edge").isLessThanOrEqualTo(controls.get().getHeight());
                for (int k = 0; k < bounds.size(); k++) {
                    assertThat(r.intersects(bounds.get(k))).as(name + " overlaps " + NAMES[k]).isFalse();
                }
                bounds.add(r);
            }
            return bounds;
        });
    }

    private static Component find(java.awt.Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container k) {
                Component found = find(k, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void inANarrowPanelTheEpochLabelTakesASecondRowAndNothingIsCut() {
        showControls(520);
        List<Rectangle> b = partsAtFullWidthAndApart();
        Rectangle play = b.get(0);
        Rectangle label = b.get(5);
        assertThat(label.y).as("label below the buttons").isGreaterThanOrEqualTo(play.y + play.height);
        window.button("playButton").requireText("Play");
    }

    @Test
    void inAWidePanelEverythingIsOneRow() {
        showControls(1150);
        List<Rectangle> b = partsAtFullWidthAndApart();
        for (Rectangle r : b) {
            assertThat(r.y).as("one row").isLessThan(b.get(0).y + b.get(0).height);
        }
    }

    @Test
    void narrowingTheWindowWrapsAndTheControlsGrowTallEnoughForBothRows() {
        showControls(1150);
        int oneRow = onEdt(() -> controls.get().getHeight());
        onEdtRun(() -> {
            window.target().setSize(new Dimension(520, 300));
            window.target().validate();
        });
        robot.waitForIdle();
        assertThat(onEdt(() -> controls.get().getHeight())).isGreaterThan(oneRow);
        partsAtFullWidthAndApart();
    }

    /**
     * Viewing a past epoch writes a longer epoch label ("Epoch 1234 of 5000 (past) · …"); the label keeps
     * its width and the timeline stays where it is, at every width: before, the longer wording wrapped
     * the runs onto a row of their own and moved the timeline under the pointer dragging it.
     */
    @ParameterizedTest
    @ValueSource(ints = {520, 700, 900, 1150, 1600})
    void viewingAPastEpochMovesNothing(int width) {
        showControls(width, 5000);
        TrainingControls c = controls.get();
        Rectangle timeline = onEdt(() -> find(c, "timelineSlider").getBounds());
        Rectangle label = onEdt(() -> find(c, "epochLabel").getBounds());
        int height = onEdt(c::getHeight);
        onEdtRun(() -> c.timeline().getModel().setValue(1234));
        robot.waitForIdle();
        window.label("epochLabel").requireText(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote("Epoch 1234 of 5000 (past)") + ".*"));
        assertThat(onEdt(() -> find(c, "epochLabel").getBounds())).as("label").isEqualTo(label);
        assertThat(onEdt(() -> find(c, "timelineSlider").getBounds())).as("timeline").isEqualTo(timeline);
        assertThat(onEdt(c::getHeight)).as("controls' height").isEqualTo(height);
    }
}
