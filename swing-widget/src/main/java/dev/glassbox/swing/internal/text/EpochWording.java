package dev.glassbox.swing.internal.text;

/**
 * The words that say which epoch the views show: the present ("Epoch 5000") or a past epoch of the
 * history ("Epoch 120 of 5000 (past)"), for the toolbar's label and the timeline alike.
 */
public final class EpochWording {
    private EpochWording() {
    }

    /**
     * The epoch the views show, e.g. "Epoch 5000" at the present, "Epoch 120 of 5000 (past)" while
     * a past epoch is viewed.
     *
     * @param viewed  the viewed epoch, from 0
     * @param trained the epochs trained so far (the present)
     * @return the words
     */
    public static String viewed(int viewed, int trained) {
        return viewed == trained ? Messages.text("text.epoch", String.valueOf(trained)) : Messages.text("text.epoch.past", String.valueOf(viewed), String.valueOf(trained));
    }

    /**
     * What a control says after it changed the scenario, which trains it again from epoch 0, so that
     * the reset is never silent: "Update online: training starts again from epoch 0."
     *
     * @param what the change, e.g. "Update online"
     * @return the sentence
     */
    public static String restarted(String what) {
        return Messages.text("text.epoch.restarted", what);
    }

    /**
     * The epoch reached while an undo or redo trains a long history again, e.g. "Epoch 3200000 of
     * 10000000 (training again)".
     *
     * @param epoch the epoch reached so far
     * @param goal  the epoch it trains to
     * @return the words
     */
    public static String retraining(int epoch, int goal) {
        return Messages.text("text.epoch.retraining", String.valueOf(epoch), String.valueOf(goal));
    }
}
