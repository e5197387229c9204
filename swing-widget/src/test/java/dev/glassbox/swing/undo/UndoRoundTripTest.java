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

    /**
     * Runs {@code action}, then the frames that a long retraining of the history takes (an undo or
     * redo trains a long history again a frame at a time).
     */
    private static void perform(Action action, GlassboxModel model, ManualClock clock) {
        action.actionPerformed(null);
        while (model.isRetraining()) {
            clock.frame(16);
        }
    }

    /** Undoes the last change and checks the state before it; redoes it and checks the state after. */
    private static void roundTrip(UndoActions undo, GlassboxModel model, ManualClock clock, Seen before,
                                  String name) {
        TrainingSession s = model.session();
        Seen after = Seen.of(s);
        assertThat(undo.undo().getValue(Action.NAME)).isEqualTo("Undo " + name);
        perform(undo.undo(), model, clock);
        assertThat(Seen.of(s)).as("undo %s", name).isEqualTo(before);
        assertThat(undo.redo().getValue(Action.NAME)).isEqualTo("Redo " + name);
        perform(undo.redo(), model, clock);
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
            roundTrip(undo, model, clock, before, "step to epoch 1");

            before = Seen.of(s);
            model.setParameter(W_H1_OUT, 1.75);
            assertThat(model.trace().before().weight(W_H1_OUT)).isEqualTo(1.75);
            roundTrip(undo, model, clock, before, "set w hidden 1 → output");

            before = Seen.of(s);
            model.setParameter(new NeuronId(2, 0), -0.5);
            roundTrip(undo, model, clock, before, "set b output");

            before = Seen.of(s);
            model.setLearningRate(0.75);
            model.setLearningRate(1.25);
            roundTrip(undo, model, clock, before, "set η to 1.25");

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
            roundTrip(undo, model, clock, afterRate, "play from epoch " + mid);
            perform(undo.undo(), model, clock);
            roundTrip(undo, model, clock, beforeRate, "set η to 3");
            perform(undo.undo(), model, clock);
            roundTrip(undo, model, clock, before, "play from epoch " + start);
            perform(undo.undo(), model, clock);
            assertThat(Seen.of(s)).as("undoing the whole play returns to where it started").isEqualTo(before);
            for (int k = 0; k < 3; k++) {
                perform(undo.redo(), model, clock);
            }
            assertThat(Seen.of(s)).as("redone, it trains again to the same epoch").isEqualTo(played);

            before = Seen.of(s);
            model.reset();
            roundTrip(undo, model, clock, before, "reset");
            perform(undo.undo(), model, clock);

            before = Seen.of(s);
            model.load(xor.toBuilder().loss(Loss.CROSS_ENTROPY).build());
            roundTrip(undo, model, clock, before, "change the loss to cross-entropy");
            perform(undo.undo(), model, clock);

            before = Seen.of(s);
            model.load(xor.toBuilder().updateMode(UpdateMode.ONLINE).build());
            roundTrip(undo, model, clock, before, "change the update to online");
            perform(undo.undo(), model, clock);

            before = Seen.of(s);
            model.load(BuiltInScenarios.get("dying-relu"));
            roundTrip(undo, model, clock, before, "load " + BuiltInScenarios.get("dying-relu").name());
            model.close();
        });
    }

    @Test
    void continuingFromAPastEpochIsUndoneWithEveryDroppedEpochBack() throws Exception {
        onEdt(() -> {
            TrainingSession s = new TrainingSession(BuiltInScenarios.get("xor"));
            ManualClock clock = new ManualClock();
            GlassboxModel model = new GlassboxModel(s, clock);
            UndoActions undo = new UndoActions(model);
            s.run(300);
            model.viewEpoch(120);
            Seen before = Seen.of(s);
            model.continueFromViewedEpoch();
            assertThat(s.epoch()).isEqualTo(120);
            roundTrip(undo, model, clock, before, "continue from epoch 120");
            assertThat(s.epoch()).isEqualTo(120);
            perform(undo.undo(), model, clock);
            assertThat(s.epoch()).isEqualTo(300);
        });
    }

    /** A model of xor with undo, on a test clock on which each epoch trained costs 1 µs. */
    private record Charged(TrainingSession session, ManualClock clock, GlassboxModel model, UndoActions undo) {
        static Charged xor() {
            TrainingSession s = new TrainingSession(BuiltInScenarios.get("xor"));
            ManualClock clock = new ManualClock();
            // 1 µs an epoch on the test's clock: a frame's budget of 8 ms is 8,000 epochs.
            clock.chargeTraining(s, 1_000);
            GlassboxModel model = new GlassboxModel(s, clock);
            return new Charged(s, clock, model, new UndoActions(model));
        }
    }

    /** Runs frames until the run to a goal under way is over. */
    private static void runTo(GlassboxModel model, ManualClock clock, int epoch) {
        model.runToEpoch(epoch);
        while (model.isRunningToGoal()) {
            clock.frame(16);
        }
    }

    @Test
    void undoingAResetAfterALongHistoryTrainsItAgainAFrameAtATimeToTheSameBits() throws Exception {
        onEdt(() -> {
            Charged c = Charged.xor();
            TrainingSession s = c.session();
            ManualClock clock = c.clock();
            GlassboxModel model = c.model();
            UndoActions undo = c.undo();
            model.setParameter(W_H1_OUT, 1.75);
            runTo(model, clock, 120_000);
            model.setLearningRate(3.0);
            runTo(model, clock, 300_000);
            Seen before = Seen.of(s);
            model.reset();

            List<String> playback = new ArrayList<>();
            model.addPlaybackListener(e -> playback.add(e.kind().name()));
            int[] trainedInFrame = {0};
            int[] restored = {0};
            model.addListener(e -> {
                trainedInFrame[0] += e.epochs();
                if (e.kind() == dev.glassbox.swing.model.GlassboxModelEvent.Kind.RESTORED) {
                    restored[0]++;
                }
            });
            undo.undo().actionPerformed(null);
            assertThat(model.isRetraining()).as("the undo goes on in the frames that follow").isTrue();
            assertThat(model.retrainingGoal()).isEqualTo(300_000);
            assertThat(model.epoch()).as("its first slice").isBetween(1, 16_000);
            assertThat(trainedInFrame[0]).isEqualTo(model.epoch());
            assertThat(undo.undo().isEnabled()).as("undo waits until it is done").isFalse();
            assertThat(undo.redo().isEnabled()).isFalse();
            assertThat(playback).containsExactly("RETRAINING");
            int frames = 0;
            int most = trainedInFrame[0];
            while (model.isRetraining()) {
                trainedInFrame[0] = 0;
                int epochBefore = model.epoch();
                clock.frame(16);
                frames++;
                assertThat(model.epoch()).as("the views are told every epoch trained")
                        .isEqualTo(epochBefore + trainedInFrame[0]);
                most = Math.max(most, trainedInFrame[0]);
            }
            assertThat(most).as("no frame trains much more than its budget").isLessThanOrEqualTo(16_000);
            assertThat(frames).isGreaterThanOrEqualTo(300_000 / 16_000);
            assertThat(Seen.of(s)).as("the history back, bit for bit").isEqualTo(before);
            assertThat(playback).containsExactly("RETRAINING", "RETRAINED");
            assertThat(restored[0]).as("the start and the end").isEqualTo(2);
            assertThat(model.isRetraining()).isFalse();
            assertThat(model.retrainingGoal()).isEqualTo(-1);
            assertThat(undo.redo().isEnabled()).isTrue();
            assertThat(undo.redo().getValue(Action.NAME)).isEqualTo("Redo reset");
            assertThat(undo.undo().getValue(Action.NAME)).isEqualTo("Undo play from epoch 120000");

            perform(undo.undo(), model, clock);
            assertThat(model.epoch()).as("undoing the run seeks").isEqualTo(120_000);
            playback.clear();
            undo.redo().actionPerformed(null);
            assertThat(model.isRetraining()).as("redoing the run trains again, a frame at a time").isTrue();
            assertThat(model.retrainingGoal()).isEqualTo(300_000);
            while (model.isRetraining()) {
                clock.frame(16);
            }
            assertThat(Seen.of(s)).isEqualTo(before);
            assertThat(playback).containsExactly("RETRAINING", "RETRAINED");
            assertThat(undo.undo().getValue(Action.NAME)).as("nothing new was recorded")
                    .isEqualTo("Undo play from epoch 120000");
            model.close();
        });
    }

    @Test
    void aCommandWhileAnUndoTrainsAgainCompletesItFirst() throws Exception {
        onEdt(() -> {
            Charged c = Charged.xor();
            runTo(c.model(), c.clock(), 100_000);
            Seen before = Seen.of(c.session());
            c.model().reset();
            c.undo().undo().actionPerformed(null);
            c.clock().frame(16);
            assertThat(c.model().isRetraining()).isTrue();

            c.model().viewEpoch(500);
            assertThat(c.model().isRetraining()).isFalse();
            assertThat(c.model().epoch()).isEqualTo(100_000);
            assertThat(c.model().viewedEpoch()).isEqualTo(500);
            c.model().showPresent();
            assertThat(Seen.of(c.session())).isEqualTo(before);
            assertThat(c.undo().redo().getValue(Action.NAME)).isEqualTo("Redo reset");
            assertThat(c.undo().redo().isEnabled()).isTrue();
            c.model().close();
        });
    }
}
