package dev.glassbox.swing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.testing.ManualClock;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * Runs to an epoch or below a loss: time-sliced batches (several frames, the speed notwithstanding)
 * that stop exactly at the goal, cancelled by a pause.
 */
class RunToGoalTest {
    /** Each epoch costs 20 µs on the test clock: a 16 ms frame's budget trains some hundreds, not all. */
    private static final long NANOS_PER_EPOCH = 20_000;

    private static GlassboxModel model(ManualClock clock) {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        clock.chargeTraining(session, NANOS_PER_EPOCH);
        return new GlassboxModel(session, clock);
    }

    /** Runs frames until playback stops, and returns how many it took. */
    private static int framesUntilStopped(GlassboxModel model, ManualClock clock) {
        int frames = 0;
        while (model.isPlaying() && frames < 100_000) {
            clock.frame(16);
            frames++;
        }
        return frames;
    }

    @Test
    void runToEpochStopsExactlyThereInManyFramesAtTheSlowestSpeed() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            ManualClock clock = new ManualClock();
            GlassboxModel model = model(clock);
            model.setSpeed(0);
            List<PlaybackEvent.Kind> playback = new ArrayList<>();
            model.addPlaybackListener(e -> playback.add(e.kind()));
            model.runToEpoch(3000);
            assertThat(model.isPlaying()).isTrue();
            assertThat(model.isRunningToGoal()).isTrue();
            assertThat(model.phase()).as("nothing is animated").isEqualTo(Phase.IDLE);
            int frames = framesUntilStopped(model, clock);
            assertThat(model.epoch()).isEqualTo(3000);
            assertThat(frames).as("time-sliced, not one long batch").isGreaterThan(3);
            assertThat(model.isRunningToGoal()).isFalse();
            assertThat(playback).containsExactly(PlaybackEvent.Kind.STARTED, PlaybackEvent.Kind.STOPPED);
            clock.frames(5, 16);
            assertThat(model.epoch()).as("stopped for good").isEqualTo(3000);
            assertThatThrownBy(() -> model.runToEpoch(3000)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("epoch 3000 is not after the epoch shown, 3000");
            model.close();
        });
    }

    @Test
    void runUntilLossStopsAfterTheFirstEpochBelowItAndPauseCancels() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            TrainingSession plain = new TrainingSession(BuiltInScenarios.get("xor"));
            plain.runUntilLossBelow(5000, 0.05);
            int first = plain.epoch();
            assertThat(first).isBetween(2, 4999);

            ManualClock clock = new ManualClock();
            GlassboxModel model = model(clock);
            model.runUntilLossBelow(0.05, 5000);
            framesUntilStopped(model, clock);
            assertThat(model.epoch()).isEqualTo(first);
            assertThat(model.lossHistory().last()).isLessThan(0.05);
            assertThat(model.parameters()).isEqualTo(plain.parameters());

            model.reset();
            model.runUntilLossBelow(1e-12, 4000);
            clock.frames(2, 16);
            model.pause();
            int paused = model.epoch();
            assertThat(paused).isBetween(1, 3999);
            assertThat(model.isRunningToGoal()).isFalse();
            clock.frames(5, 16);
            assertThat(model.epoch()).as("a pause cancels the run").isEqualTo(paused);
            assertThatThrownBy(() -> model.runUntilLossBelow(0, 5000)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("above 0");
            model.close();
        });
    }

    @Test
    void aRunFromAViewedPastEpochContinuesFromThere() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            ManualClock clock = new ManualClock();
            GlassboxModel model = model(clock);
            model.session().run(500);
            model.viewEpoch(100);
            model.runToEpoch(300);
            framesUntilStopped(model, clock);
            assertThat(model.epoch()).isEqualTo(300);
            TrainingSession fresh = new TrainingSession(BuiltInScenarios.get("xor"));
            fresh.run(300);
            assertThat(model.parameters()).isEqualTo(fresh.parameters());
            model.close();
        });
    }
}
