package dev.glassbox.swing.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The epoch animation advanced by elapsed time alone. */
class EpochAnimationTest {
    private static final long MS = 1_000_000L;

    @Test
    void aPhaseProgressesInProportionToElapsedTimeAndStopsAtItsEnd() {
        EpochAnimation a = new EpochAnimation();
        a.start(1);
        assertThat(a.phase()).isEqualTo(Phase.FORWARD);
        assertThat(a.elapse(500 * MS, 2.0)).isTrue();
        assertThat(a.progress()).isEqualTo(0.25);
        a.elapse(1000 * MS, 2.0);
        assertThat(a.progress()).isEqualTo(0.75);
        a.elapse(900 * MS, 2.0);
        assertThat(a.progress()).as("the surplus is not carried over").isEqualTo(1.0);
        assertThat(a.elapse(100 * MS, 2.0)).as("a finished phase does not move").isFalse();
    }

    @Test
    void phasesRunForwardBackwardUpdateAndTheEndOfUpdateCommits() {
        EpochAnimation a = new EpochAnimation();
        a.start(1);
        a.elapse(100 * MS, 0.1);
        assertThat(a.movesOn(false)).isTrue();
        assertThat(a.nextPhase()).isFalse();
        assertThat(a.phase()).isEqualTo(Phase.BACKWARD);
        assertThat(a.progress()).isZero();
        assertThat(a.nextPhase()).isFalse();
        assertThat(a.phase()).isEqualTo(Phase.UPDATE);
        assertThat(a.nextPhase()).as("the end of the update phase commits").isTrue();
        assertThat(a.phase()).isEqualTo(Phase.IDLE);
        assertThat(a.isRunning()).isFalse();
    }

    @Test
    void aHeldPhaseStopsAtItsEndExceptTheUpdatePhase() {
        EpochAnimation a = new EpochAnimation();
        a.start(1);
        a.holdAtPhaseEnd(true);
        a.elapse(50 * MS, 0.1);
        assertThat(a.isMoving()).isTrue();
        assertThat(a.movesOn(false)).isFalse();
        a.elapse(50 * MS, 0.1);
        assertThat(a.isMoving()).as("held at the end of the forward phase").isFalse();
        assertThat(a.movesOn(false)).isFalse();
        assertThat(a.movesOn(true)).as("bulk speed passes a hold").isTrue();
        a.nextPhase();
        a.nextPhase();
        a.holdAtPhaseEnd(true);
        a.elapse(100 * MS, 0.1);
        assertThat(a.movesOn(false)).as("the update phase never holds").isTrue();
    }

    @Test
    void cancellingReturnsToIdleAndSaysWhetherAnEpochWasUnderWay() {
        EpochAnimation a = new EpochAnimation();
        assertThat(a.cancel()).isFalse();
        a.start(1);
        a.elapse(30 * MS, 0.1);
        assertThat(a.cancel()).isTrue();
        assertThat(a.phase()).isEqualTo(Phase.IDLE);
        assertThat(a.progress()).isZero();
        assertThat(a.elapse(30 * MS, 0.1)).isFalse();
    }

    @Test
    void anOnlineEpochIsAPassPerSampleAndOnlyTheLastUpdateCommitsOrNeverHolds() {
        EpochAnimation a = new EpochAnimation();
        a.start(3);
        a.holdAtPhaseEnd(true);
        for (int pass = 0; pass < 3; pass++) {
            for (Phase p : new Phase[] {Phase.FORWARD, Phase.BACKWARD, Phase.UPDATE}) {
                assertThat(a.phase()).isEqualTo(p);
                assertThat(a.pass()).isEqualTo(pass);
                a.elapse(100 * MS, 0.1);
                boolean last = pass == 2 && p == Phase.UPDATE;
                assertThat(a.movesOn(false)).as("pass " + pass + ", " + p + " held unless it commits").isEqualTo(last);
                assertThat(a.nextPhase()).as("pass " + pass + ", " + p + " commits").isEqualTo(last);
            }
        }
        assertThat(a.phase()).isEqualTo(Phase.IDLE);
        assertThat(a.pass()).isZero();
    }
}
