package dev.glassbox.swing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.testing.ManualClock;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * The viewed epoch: a past epoch's state shown without touching the session, exactly as a fresh
 * session trained that far has it; training from there continues from there.
 */
class GlassboxModelTimeTravelTest {
    private static final Scenario XOR = BuiltInScenarios.get("xor");

    /** A fresh session trained {@code epochs} epochs: what {@code train --epochs N} prints. */
    private static TrainingSession trainedTo(int epochs) {
        TrainingSession s = new TrainingSession(XOR);
        s.run(epochs);
        return s;
    }

    @Test
    void viewingEpochEShowsTheParametersAndTraceOfASessionTrainedEEpochs() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            GlassboxModel model = new GlassboxModel(new TrainingSession(XOR), new ManualClock());
            model.session().run(300);
            for (int e : new int[] {0, 1, 120, 299}) {
                model.viewEpoch(e);
                TrainingSession fresh = trainedTo(e);
                EpochTrace shown = model.trace();
                EpochTrace expected = fresh.trace();
                assertThat(model.viewedEpoch()).isEqualTo(e);
                assertThat(model.isViewingPast()).isTrue();
                assertThat(shown.epoch()).isEqualTo(e + 1);
                assertThat(shown.before()).as("the parameters before epoch %d", e + 1).isEqualTo(fresh.parameters());
                assertThat(shown.after()).isEqualTo(expected.after());
                assertThat(shown.loss()).isEqualTo(expected.loss());
                assertThat(shown.meanGradient()).isEqualTo(expected.meanGradient());
                assertThat(model.lastChange()).isEqualTo(fresh.lastChange());
                Connection c = new Connection(1, 1, 0);
                assertThat(model.numericGradient(c)).isEqualTo(fresh.gradientCheck().numeric(c));
            }
            assertThat(model.epoch()).as("viewing changes nothing in the session").isEqualTo(300);
            assertThat(model.session().parameters()).isEqualTo(trainedTo(300).parameters());
            model.close();
        });
    }

    @Test
    void theViewedEpochIsToldOncePerChangeAndTheSessionsOwnEpochIsThePresent() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            GlassboxModel model = new GlassboxModel(new TrainingSession(XOR), new ManualClock());
            model.session().run(50);
            List<String> events = new ArrayList<>();
            model.addListener(e -> events.add(e.kind() + " " + e.firstEpoch()));
            model.viewEpoch(20);
            model.viewEpoch(20);
            model.viewEpoch(50);
            model.viewEpoch(7);
            model.showPresent();
            model.showPresent();
            assertThat(events).containsExactly("VIEWED 20", "VIEWED 50", "VIEWED 7", "VIEWED 50");
            assertThat(model.isViewingPast()).isFalse();
            assertThat(model.trace()).isSameAs(model.session().trace());
            assertThatThrownBy(() -> model.viewEpoch(51)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("epoch 51 is not between 0 and 50");
            assertThatThrownBy(() -> model.viewEpoch(-1)).isInstanceOf(IllegalArgumentException.class);
            model.close();
        });
    }

    @Test
    void aChangeOfTheSessionReturnsToThePresentAndThePresentFollowsTraining() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            GlassboxModel model = new GlassboxModel(new TrainingSession(XOR), new ManualClock());
            model.session().run(40);
            model.viewEpoch(10);
            model.session().run(5);
            assertThat(model.isViewingPast()).isFalse();
            assertThat(model.viewedEpoch()).isEqualTo(45);
            assertThat(model.trace().before()).isEqualTo(trainedTo(45).parameters());
            model.viewEpoch(3);
            model.reset();
            assertThat(model.isViewingPast()).isFalse();
            assertThat(model.viewedEpoch()).isZero();
            model.close();
        });
    }

    @Test
    void stepAndPlayFromAPastEpochContinueFromThereDroppingTheLaterHistory() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            ManualClock clock = new ManualClock();
            GlassboxModel model = new GlassboxModel(new TrainingSession(XOR), clock);
            model.setSpeed(GlassboxModel.MAX_SPEED);
            model.session().run(200);
            model.viewEpoch(60);
            model.stepEpoch();
            assertThat(model.epoch()).isEqualTo(61);
            assertThat(model.lossHistory().size()).isEqualTo(61);
            assertThat(model.parameters()).isEqualTo(trainedTo(61).parameters());

            model.viewEpoch(30);
            model.play();
            assertThat(model.isPlaying()).isTrue();
            assertThat(model.epoch()).as("play seeks before it trains").isEqualTo(30);
            model.pause();
            assertThat(model.parameters()).isEqualTo(trainedTo(30).parameters());
            model.close();
        });
    }

    @Test
    void continueFromTheViewedEpochMakesItThePresent() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            GlassboxModel model = new GlassboxModel(new TrainingSession(XOR), new ManualClock());
            model.session().run(80);
            List<GlassboxModelEvent.Kind> kinds = new ArrayList<>();
            model.addListener(e -> kinds.add(e.kind()));
            model.continueFromViewedEpoch();
            assertThat(model.epoch()).as("at the present it does nothing").isEqualTo(80);
            model.viewEpoch(25);
            model.continueFromViewedEpoch();
            assertThat(model.epoch()).isEqualTo(25);
            assertThat(model.isViewingPast()).isFalse();
            assertThat(model.parameters()).isEqualTo(trainedTo(25).parameters());
            assertThat(kinds).containsExactly(GlassboxModelEvent.Kind.VIEWED, GlassboxModelEvent.Kind.REWOUND);
            model.close();
        });
    }
}
