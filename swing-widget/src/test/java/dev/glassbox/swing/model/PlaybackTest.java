package dev.glassbox.swing.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.SessionEvent;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.testing.ManualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Playback on a clock advanced by hand: animated epochs and bulk training in milliseconds of test time. */
class PlaybackTest {
    private final TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
    private final ManualClock clock = new ManualClock();
    private final List<String> told = new ArrayList<>();
    private final Playback playback = new Playback(session, clock, new Playback.Listener() {
        @Override
        public void animationChanged() {
            told.add(playback().phase() + " " + playback().phaseProgress());
        }

        @Override
        public void playbackChanged(PlaybackEvent.Kind kind) {
            told.add(playback().isPlaying() ? "playing" : "paused");
        }

        @Override
        public void sampleStarted(int s) {
            told.add("sample " + s);
        }
    });
    /** Epochs trained by each call of the session's run, in order. */
    private final List<Integer> batches = new ArrayList<>();

    private Playback playback() {
        return playback;
    }

    /** What training an epoch costs on the test clock, in nanoseconds. */
    private long cost;

    /** Training costs {@code nanos} per epoch on the test clock. */
    private void trainingCosts(long nanos) {
        cost = nanos;
        session.addListener(e -> {
            if (e.kind() == SessionEvent.Kind.TRAINED) {
                batches.add(e.epochs());
                clock.spend(cost * e.epochs());
            }
        });
    }

    @Test
    void phaseDurationsFollowTheSpeed() {
        playback.setSpeed(0);
        assertThat(playback.phaseSeconds()).isEqualTo(2.0);
        playback.setSpeed(GlassboxModel.BULK_SPEED - 1);
        assertThat(playback.phaseSeconds()).isEqualTo(0.1);
        playback.setSpeed(GlassboxModel.MAX_SPEED);
        assertThat(playback.phaseSeconds()).as("bulk speeds animate no slower than just below bulk").isEqualTo(0.1);
    }

    @Test
    void anAnimatedEpochTakesThreePhasesOfTestTimeThenCommits() {
        playback.setSpeed(0);
        told.clear();
        playback.stepEpoch();
        assertThat(playback.phase()).isEqualTo(Phase.FORWARD);
        assertThat(clock.isRunning()).isTrue();
        clock.frame(500);
        assertThat(playback.phaseProgress()).isEqualTo(0.25);
        clock.frame(1500);
        assertThat(playback.phase()).as("the forward phase ended after 2 s").isEqualTo(Phase.BACKWARD);
        assertThat(playback.phaseProgress()).isZero();
        clock.frames(2, 1000);
        assertThat(playback.phase()).isEqualTo(Phase.UPDATE);
        clock.frame(1999);
        assertThat(session.epoch()).isZero();
        clock.frame(1);
        assertThat(session.epoch()).as("committed when the update phase ends").isEqualTo(1);
        assertThat(playback.phase()).isEqualTo(Phase.IDLE);
        assertThat(clock.isRunning()).as("nothing moves: the clock stops").isFalse();
        assertThat(told).containsExactly("FORWARD 0.0", "FORWARD 0.25", "FORWARD 1.0", "BACKWARD 0.0",
                "BACKWARD 0.5", "BACKWARD 1.0", "UPDATE 0.0", "UPDATE 0.9995", "UPDATE 1.0", "IDLE 0.0");
    }

    @Test
    void phaseStepsHoldAtTheEndOfEachPhaseWithTheClockStopped() {
        playback.setSpeed(0);
        playback.stepPhase();
        clock.frames(3, 1000);
        assertThat(playback.phase()).isEqualTo(Phase.FORWARD);
        assertThat(playback.phaseProgress()).isEqualTo(1.0);
        assertThat(clock.isRunning()).isFalse();
        playback.stepPhase();
        assertThat(playback.phase()).isEqualTo(Phase.BACKWARD);
        clock.frame(2000);
        assertThat(playback.phase()).isEqualTo(Phase.BACKWARD);
        playback.stepPhase();
        assertThat(playback.phase()).isEqualTo(Phase.UPDATE);
        clock.frame(1999);
        assertThat(session.epoch()).isZero();
        clock.frame(1);
        assertThat(session.epoch()).as("the update phase never holds: its end is the commit").isEqualTo(1);
        assertThat(playback.phase()).isEqualTo(Phase.IDLE);
    }

    @Test
    void anAnimatedOnlineEpochWalksTheSamplesInOrderThenCommitsOnce() {
        TrainingSession online = new TrainingSession(session.scenario().toBuilder()
                .updateMode(dev.glassbox.core.math.UpdateMode.ONLINE).build());
        List<String> samples = new ArrayList<>();
        Playback p = new Playback(online, clock, new Playback.Listener() {
            @Override
            public void animationChanged() {
            }

            @Override
            public void playbackChanged(PlaybackEvent.Kind kind) {
            }

            @Override
            public void sampleStarted(int s) {
                samples.add(s + " at epoch " + online.epoch());
            }
        });
        p.setSpeed(0);
        p.stepEpoch();
        clock.frames(3 * 4 - 1, 2000);
        assertThat(online.epoch()).as("eleven phases of twelve").isZero();
        assertThat(p.phase()).isEqualTo(Phase.UPDATE);
        clock.frame(2000);
        assertThat(online.epoch()).isEqualTo(1);
        assertThat(p.phase()).isEqualTo(Phase.IDLE);
        assertThat(samples).containsExactly("0 at epoch 0", "1 at epoch 0", "2 at epoch 0", "3 at epoch 0");
    }

    @Test
    void atBulkSpeedEachFrameTrainsTheEpochsItsTimeIsWorth() {
        trainingCosts(0);
        playback.setSpeed(GlassboxModel.BULK_SPEED);
        assertThat(playback.bulkEpochsPerSecond()).isEqualTo(10.0);
        playback.play();
        clock.frame(100);
        clock.frame(250);
        clock.frame(50);
        clock.frame(15);
        clock.frame(85);
        assertThat(batches).as("1 epoch per 100 ms, fractions carried to the next frame").containsExactly(1, 2, 1, 1);
        assertThat(session.epoch()).isEqualTo(5);

        playback.setSpeed(GlassboxModel.BULK_SPEED + 10);
        assertThat(playback.bulkEpochsPerSecond()).isEqualTo(10.0 * Math.pow(10, 5 * 10 / 49.0));
        playback.setSpeed(GlassboxModel.MAX_SPEED - 1);
        assertThat(playback.bulkEpochsPerSecond()).isEqualTo(1e6);
        playback.setSpeed(GlassboxModel.MAX_SPEED);
        assertThat(playback.bulkEpochsPerSecond()).isInfinite();
    }

    @Test
    void bulkBatchesAdaptToTheMeasuredThroughputWithinTheFrameBudget() {
        trainingCosts(1000);
        playback.setSpeed(GlassboxModel.MAX_SPEED);
        playback.play();
        clock.frame(15);
        assertThat(batches).as("the first batch trusts 10⁻⁵ epochs per ns: 80 epochs in 8 ms").containsExactly(80);
        clock.frames(40, 15);
        int last = batches.get(batches.size() - 1);
        assertThat(last).as("at 1 µs an epoch, 8 ms of training a frame").isBetween(7999, 8000);

        cost = 2000;
        clock.frames(40, 15);
        last = batches.get(batches.size() - 1);
        assertThat(last).as("a machine half as fast gets half the epochs a frame").isBetween(3999, 4000);
        assertThat(playback.isPlaying()).isTrue();
    }
}
