package dev.glassbox.swing.controls;

import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.FlowLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * The runs to a goal, each a command with its field: "Run to epoch N" ({@code runToField},
 * {@code runToButton}) and "Run until loss &lt; ε" ({@code untilLossField}, {@code runUntilButton}),
 * which stops at epoch N too if the loss is not below ε by then. Enter in a field runs its command;
 * Pause cancels a run. A field that does not hold a fitting number gets a message naming the
 * problem ({@code runMessage}) and nothing runs.
 */
final class RunControls extends JPanel {
    private final GlassboxModel model;
    private final JTextField epochField = new JTextField("5000", 7);
    private final JTextField lossField = new JTextField("0.001", 6);
    private final JLabel message = new JLabel();

    RunControls(GlassboxModel model) {
        super(new FlowLayout(FlowLayout.LEADING, 4, 0));
        this.model = model;
        epochField.setName("runToField");
        lossField.setName("untilLossField");
        message.setName("runMessage");
        JButton runTo = new JButton(Messages.text("controls.run.toEpoch"));
        runTo.setName("runToButton");
        runTo.setToolTipText(Messages.text("controls.run.toEpoch.tip"));
        JButton runUntil = new JButton(Messages.text("controls.run.untilLoss"));
        runUntil.setName("runUntilButton");
        runUntil.setToolTipText(Messages.text("controls.run.untilLoss.tip"));
        epochField.getAccessibleContext().setAccessibleName(Messages.text("controls.run.epochField"));
        lossField.getAccessibleContext().setAccessibleName(Messages.text("controls.run.lossField"));
        runTo.addActionListener(e -> runToEpoch());
        epochField.addActionListener(e -> runToEpoch());
        runUntil.addActionListener(e -> runUntilLoss());
        lossField.addActionListener(e -> runUntilLoss());
        setOpaque(false);
        add(runTo);
        add(epochField);
        add(runUntil);
        add(lossField);
        add(message);
    }

    /** Puts the focus in the epoch's field, its text selected to be typed over ({@link TrainingActions#runToEpoch()}). */
    void typeEpoch() {
        type(epochField);
    }

    /** Puts the focus in the loss's field, its text selected to be typed over ({@link TrainingActions#runUntilLoss()}). */
    void typeLoss() {
        type(lossField);
    }

    private static void type(JTextField field) {
        field.selectAll();
        field.requestFocusInWindow();
    }

    private void runToEpoch() {
        Integer epoch = epoch();
        if (epoch != null) {
            say("");
            model.runToEpoch(epoch);
        }
    }

    private void runUntilLoss() {
        Integer epoch = epoch();
        if (epoch == null) {
            return;
        }
        String text = lossField.getText().strip();
        double epsilon;
        try {
            epsilon = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            epsilon = Double.NaN;
        }
        if (!Double.isFinite(epsilon) || epsilon <= 0) {
            say(Messages.text("controls.run.badLoss", text));
            return;
        }
        say("");
        model.runUntilLossBelow(epsilon, epoch);
    }

    /** The epoch in its field if it is a whole number after the epoch shown, else null with a message. */
    private Integer epoch() {
        String text = epochField.getText().strip();
        int after = model.viewedEpoch();
        if (text.matches("\\+?[0-9]{1,10}")) {
            long n = Long.parseLong(text);
            if (n > after && n <= Integer.MAX_VALUE - 1) {
                return (int) n;
            }
        }
        say(Messages.text("controls.run.badEpoch", String.valueOf(after), text));
        return null;
    }

    private void say(String text) {
        message.setText(text);
        message.setForeground(GlassboxTheme.color(GlassboxTheme.WARNING));
    }
}
