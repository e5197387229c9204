package dev.glassbox.swing.model;

/**
 * The animation of one epoch, forward → backward → update, as a pure object: it knows nothing of
 * clocks, timers or sessions and moves only when told how much time has passed. Whoever advances
 * it commits the epoch to the session when {@link #nextPhase()} reports that the last update phase
 * ended.
 *
 * <p>An epoch is one pass of the three phases in batch mode, where the one update follows every
 * sample; in online mode it is a pass per sample, each sample's update ending its pass, so that the
 * samples are seen one at a time in training order.
 *
 * <p>A hold makes it stop at the end of the running phase instead of going on into the next
 * (manual phase-by-phase stepping, or a pause during an animated epoch); the last update phase
 * never holds, since its end is the commit.
 */
final class EpochAnimation {
    private Phase phase = Phase.IDLE;
    private double progress;
    private boolean holdAtPhaseEnd;
    /** The running pass (the sample, in online mode) and how many the epoch has. */
    private int pass;
    private int passes = 1;

    /** The running phase, {@link Phase#IDLE} between epochs. */
    Phase phase() {
        return phase;
    }

    /** How far the running phase has got, from 0 to 1. */
    double progress() {
        return progress;
    }

    /** The running pass: in online mode the index of the sample being trained, else 0. */
    int pass() {
        return pass;
    }

    /** Whether an epoch is being animated. */
    boolean isRunning() {
        return phase != Phase.IDLE;
    }

    /** Whether time would move it: an epoch is animated and not held at the end of its phase. */
    boolean isMoving() {
        return isRunning() && !(holdAtPhaseEnd && progress >= 1.0);
    }

    /** Stops at the end of the running phase ({@code true}) or runs on through the epoch. */
    void holdAtPhaseEnd(boolean hold) {
        holdAtPhaseEnd = hold;
    }

    /** Whether the running phase has run its full time. */
    boolean isPhaseDone() {
        return progress >= 1.0;
    }

    /**
     * Whether a finished phase moves on by itself: when it is not held, when it is the epoch's
     * last update phase (whose end is the commit), or when {@code throughHolds} (playback went on to
     * bulk speed). Moving on through a held phase end lifts the hold, except at the last update phase.
     */
    boolean movesOn(boolean throughHolds) {
        if (!isRunning() || !isPhaseDone() || (holdAtPhaseEnd && !commits() && !throughHolds)) {
            return false;
        }
        holdAtPhaseEnd = holdAtPhaseEnd && !commits();
        return true;
    }

    /** Whether the running phase is the epoch's last update, whose end commits the epoch. */
    private boolean commits() {
        return phase == Phase.UPDATE && pass == passes - 1;
    }

    /**
     * Starts the forward phase of a new epoch.
     *
     * @param passes the passes of forward → backward → update it has: 1 in batch mode, the number
     *               of samples in online mode
     */
    void start(int passes) {
        phase = Phase.FORWARD;
        progress = 0.0;
        pass = 0;
        this.passes = passes;
    }

    /** Back to idle without finishing the epoch; returns whether an epoch was under way. */
    boolean cancel() {
        if (phase == Phase.IDLE) {
            return false;
        }
        phase = Phase.IDLE;
        progress = 0.0;
        holdAtPhaseEnd = false;
        pass = 0;
        return true;
    }

    /**
     * Moves on from the running phase: forward → backward → update, then the next pass's forward
     * phase, or idle after the last pass.
     *
     * @return whether this ended the last update phase, so that the epoch is to be committed
     */
    boolean nextPhase() {
        switch (phase) {
            case FORWARD -> phase = Phase.BACKWARD;
            case BACKWARD -> phase = Phase.UPDATE;
            case UPDATE -> {
                boolean last = commits();
                phase = last ? Phase.IDLE : Phase.FORWARD;
                pass = last ? 0 : pass + 1;
            }
            case IDLE -> {
                return false;
            }
        }
        progress = 0.0;
        return phase == Phase.IDLE;
    }

    /**
     * Lets {@code nanos} pass: the running phase progresses at one phase per {@code phaseSeconds},
     * up to its end. Time left over at a phase's end is not carried into the next one: every phase
     * is seen from its start.
     *
     * @return whether the progress moved
     */
    boolean elapse(long nanos, double phaseSeconds) {
        if (phase == Phase.IDLE || progress >= 1.0) {
            return false;
        }
        progress = Math.min(1.0, progress + nanos / (phaseSeconds * 1e9));
        return true;
    }
}
