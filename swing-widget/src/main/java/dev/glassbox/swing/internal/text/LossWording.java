package dev.glassbox.swing.internal.text;

/**
 * The words that tie a loss to an update, for every view that shows one: the toolbar's loss of the
 * last trained epoch was measured before that epoch's update, the loss table's mean is measured
 * with the weights after it. Both name the same update, so that "loss 0.1583 before update 12"
 * beside "mean after update 12 = … = 0.1503" reads as one moment, not as two numbers that disagree.
 */
public final class LossWording {
    private LossWording() {
    }

    /**
     * The loss of trained epoch {@code epoch}, e.g. "loss 0.1583 before update 12".
     *
     * @param epoch the trained epoch, from 1
     * @param loss  its loss, measured in its forward pass
     * @return the words
     */
    public static String beforeUpdate(int epoch, double loss) {
        return Messages.text("text.loss.beforeUpdate", Numbers.format(loss), String.valueOf(epoch));
    }

    /**
     * The name of the loss of the weights after {@code epochs} updates: "mean after update 12", or
     * "mean before any update" at the start.
     *
     * @param epochs the number of epochs trained
     * @return the words, to be followed by the mean's formula
     */
    public static String meanAfter(int epochs) {
        return epochs == 0 ? Messages.text("text.loss.meanBeforeAny") : Messages.text("text.loss.meanAfter", String.valueOf(epochs));
    }
}
