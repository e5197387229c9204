package dev.glassbox.swing.undo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.Checkpoint;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.ManualClock;
import java.util.ArrayList;
import java.util.List;
import javax.swing.Action;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * Every change of the session made through the model is undone and redone exactly: after each
 * undo the session is, field for field, as it was before the change (its checkpoint, loss history,
 * warnings, neuron events and pending trace), and after each redo as it was after it.
 */
class UndoRoundTripTest {
    private static final Connection W_H1_OUT = new Connection(1, 0, 0);

    /** Everything a user can see of a session, compared bit for bit. */
    private record Seen(Checkpoint checkpoint, List<Double> losses, Object warnings, Object neuronEvents,
                        Object trace, double learningRate) {
        static Seen of(TrainingSession s) {
            List<Double> losses = new ArrayList<>();
            for (int i = 0; i < s.lossHistory().size(); i++) {
                losses.add(s.lossHistory().get(i));
            }
            return new Seen(s.checkpoint(), losses, s.warnings(), s.neuronEvents(), s.trace().after(),
                    s.learningRate());
        }
    }

    private static void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    /** Undoes the last change and checks the state before it; redoes it and checks the state after. */
    private static void roundTrip(UndoActions undo, TrainingSession s, Seen before, String name) {
        Seen after = Seen.of(s);
        assertThat(undo.undo().getValue(Action.NAME)).isEqualTo("Undo " + name);
        undo.undo().actionPerformed(null);
        assertThat(Seen.of(s)).as("undo %s", name).isEqualTo(before);
        assertThat(undo.redo().getValue(Action.NAME)).isEqualTo("Redo " + name);
        undo.redo().actionPerformed(null);
        assertThat(Seen.of(s)).as("redo %s", name).isEqualTo(after);
    }

    @Test
    void everyKindOfChangeRoundTrips() throws Exception {
        onEdt(() -> {
            Scenario xor = BuiltInScenarios.get("xor").toBuilder().optimizer(new Momentum(0.9)).build();
            TrainingSession s = new TrainingSession(xor);
            ManualClock clock = new ManualClock();
            clock.chargeTraining(s, 1_000);
            GlassboxModel model = new GlassboxModel(s, clock);
            UndoActions undo = new UndoActions(model);
            assertThat(undo.undo().isEnabled()).isFalse();
            assertThat(undo.undo().getValue(Action.NAME)).isEqualTo("Undo");

            model.setSpeed(GlassboxModel.MAX_SPEED);
            Seen before = Seen.of(s);
            model.stepEpoch();
            roundTrip(undo, s, before, "step to epoch 1");

            before = Seen.of(s);
            model.setParameter(W_H1_OUT, 1.75);
            assertThat(model.trace().before().weight(W_H1_OUT)).isEqualTo(1.75);
            roundTrip(undo, s, before, "set w hidden 1 → output");

            before = Seen.of(s);
            model.setParameter(new NeuronId(2, 0), -0.5);
            roundTrip(undo, s, before, "set b output");

            before = Seen.of(s);
            model.setLearningRate(0.75);
            model.setLearningRate(1.25);
            roundTrip(undo, s, before, "set η to 1.25");

            before = Seen.of(s);
            int start = model.epoch();
            model.play();
            clock.frames(20, 16);
            int mid = model.epoch();
            Seen beforeRate = Seen.of(s);
            model.setLearningRate(3.0);
            Seen afterRate = Seen.of(s);
            clock.frames(5, 16);
            model.pause();
            int end = model.epoch();
            assertThat(mid).isGreaterThan(start + 1000);
            assertThat(end).isGreaterThan(mid + 1000);
            Seen played = Seen.of(s);
            roundTrip(undo, s, afterRate, "play from epoch " + mid);
            undo.undo().actionPerformed(null);
            roundTrip(undo, s, beforeRate, "set η to 3");
            undo.undo().actionPerformed(null);
            roundTrip(undo, s, before, "play from epoch " + start);
            undo.undo().actionPerformed(null);
            assertThat(Seen.of(s)).as("undoing the whole play returns to where it started").isEqualTo(before);
            for (int k = 0; k < 3; k++) {
                undo.redo().actionPerformed(null);
            }
            assertThat(Seen.of(s)).as("redone, it trains again to the same epoch").isEqualTo(played);

            before = Seen.of(s);
            model.reset();
            roundTrip(undo, s, before, "reset");
            undo.undo().actionPerformed(null);

            before = Seen.of(s);
            model.load(xor.toBuilder().loss(Loss.CROSS_ENTROPY).build());
            roundTrip(undo, s, before, "change the loss to cross-entropy");
            undo.undo().actionPerformed(null);

            before = Seen.of(s);
            model.load(xor.toBuilder().updateMode(UpdateMode.ONLINE).build());
            roundTrip(undo, s, before, "change the update to online");
            undo.undo().actionPerformed(null);

            before = Seen.of(s);
            model.load(BuiltInScenarios.get("dying-relu"));
            roundTrip(undo, s, before, "load " + BuiltInScenarios.get("dying-relu").name());
            model.close();
        });
    }

    @Test
    void continuingFromAPastEpochIsUndoneWithEveryDroppedEpochBack() throws Exception {
        onEdt(() -> {
            TrainingSession s = new TrainingSession(BuiltInScenarios.get("xor"));
            GlassboxModel model = new GlassboxModel(s, new ManualClock());
            UndoActions undo = new UndoActions(model);
            s.run(300);
            model.viewEpoch(120);
            Seen before = Seen.of(s);
            model.continueFromViewedEpoch();
            assertThat(s.epoch()).isEqualTo(120);
            roundTrip(undo, s, before, "continue from epoch 120");
            assertThat(s.epoch()).isEqualTo(120);
            undo.undo().actionPerformed(null);
            assertThat(s.epoch()).isEqualTo(300);
        });
    }
}
