package dev.glassbox.swing.controls;

import dev.glassbox.swing.internal.text.EpochWording;
import dev.glassbox.swing.internal.text.LossWording;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import javax.swing.JLabel;
import javax.swing.plaf.basic.BasicGraphicsUtils;

/**
 * The epoch shown and the loss before its update, "Epoch 60 of 200 (past) · loss 0.1583 before
 * update 60": as wide as the longest wording the history's length allows (a past epoch viewed, a
 * retraining counted, a tiny loss), so that viewing a past epoch neither widens it nor rewraps the
 * toolbar — which moved the timeline under the pointer dragging it; it grows only as the epochs
 * gain a digit. Where it does not fit beside the buttons, the toolbar folds it into two lines, the
 * epoch over the loss, rather than give it a row of its own. Its text — what tests, tooltips and
 * screen readers read — is always the one line.
 */
final class EpochLabel extends JLabel implements ToolbarLayout.Foldable {
    /** Between the epoch and the loss. */
    private static final String SEPARATOR = " · ";
    /** A loss as long as any: four digits and a two-digit negative exponent. */
    private static final double LONGEST_LOSS = 1.111e-10;

    private final transient GlassboxModel model;
    private String epoch = "";
    private String loss = "";
    private boolean folded;

    EpochLabel(GlassboxModel model) {
        this.model = model;
        setName("epochLabel");
    }

    /**
     * Shows an epoch and the loss before its update.
     *
     * @param epochWords the epoch's wording
     * @param lossWords  the loss's wording, or "" (epoch 0 has none)
     */
    void show(String epochWords, String lossWords) {
        epoch = epochWords;
        loss = lossWords;
        setText(lossWords.isEmpty() ? epochWords : epochWords + SEPARATOR + lossWords);
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        FontMetrics fm = getFontMetrics(getFont());
        d.width = Math.max(d.width, fm.stringWidth(widestEpoch() + SEPARATOR + widestLoss()) + insetsWidth());
        return d;
    }

    @Override
    public Dimension foldedSize() {
        FontMetrics fm = getFontMetrics(getFont());
        Insets in = getInsets();
        int width = Math.max(Math.max(fm.stringWidth(widestEpoch()), fm.stringWidth(widestLoss())),
                Math.max(fm.stringWidth(epoch), fm.stringWidth(loss)));
        return new Dimension(width + in.left + in.right, 2 * fm.getHeight() + in.top + in.bottom);
    }

    @Override
    public void setFolded(boolean folded) {
        if (folded != this.folded) {
            this.folded = folded;
            repaint();
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (!folded) {
            super.paintComponent(g);
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            FontMetrics fm = getFontMetrics(getFont());
            Insets in = getInsets();
            int top = in.top + (getHeight() - in.top - in.bottom - 2 * fm.getHeight()) / 2;
            g2.setFont(getFont());
            g2.setColor(getForeground());
            BasicGraphicsUtils.drawString(this, g2, epoch, in.left, top + fm.getAscent());
            BasicGraphicsUtils.drawString(this, g2, loss, in.left, top + fm.getHeight() + fm.getAscent());
        } finally {
            g2.dispose();
        }
    }

    private int insetsWidth() {
        Insets in = getInsets();
        return in.left + in.right;
    }

    /** The largest number with as many digits as the history (or a retraining's goal) has epochs. */
    private int last() {
        int epochs = model == null ? 0 : Math.max(model.epoch(), model.isRetraining() ? model.retrainingGoal() : 0);
        int last = 9;
        while (last < epochs && last < Integer.MAX_VALUE / 10) {
            last = last * 10 + 9;
        }
        return last;
    }

    /** The longest epoch wording: a past epoch viewed or a retraining counted. */
    private String widestEpoch() {
        int last = last();
        String past = EpochWording.viewed(last - 1, last);
        String again = EpochWording.retraining(last - 1, last);
        return again.length() > past.length() ? again : past;
    }

    private String widestLoss() {
        return LossWording.beforeUpdate(last(), LONGEST_LOSS);
    }
}
