package dev.glassbox.core.scenario;

import dev.glassbox.core.internal.text.CoreMessages;

/**
 * A teacher's mark on an epoch of the training history, with a label ("plateau ends here"), kept
 * in the scenario file's optional {@code "bookmarks"} key. The rules on both are checked where a
 * scenario is built ({@link Scenario}), naming the field.
 *
 * @param epoch the epoch marked: the state after it, as the timeline shows it
 * @param label what happens there, in a few words
 */
public record Bookmark(int epoch, String label) {
    /** The latest epoch a bookmark may mark: the most epochs a session counts. */
    public static final int MAX_EPOCH = Integer.MAX_VALUE - 1;
    /** At most this many characters in a label. */
    public static final int MAX_LABEL_LENGTH = 200;

    /** The epoch a bookmark marks. */
    static final WholeRange EPOCHS = new WholeRange(0, MAX_EPOCH);

    /** The rules on one bookmark, naming {@code field} (e.g. {@code bookmarks[2]}) and its part. */
    void check(String field) {
        if (!EPOCHS.contains(epoch)) {
            throw EPOCHS.outside(field + ".epoch", epoch);
        }
        if (label == null || label.isBlank()) {
            throw new ScenarioException(field + ".label", CoreMessages.text("scenario.empty"));
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            throw new ScenarioException(field + ".label", CoreMessages.text("scenario.labelLength", MAX_LABEL_LENGTH, label.length()));
        }
    }
}
