package dev.glassbox.swing.controls;

import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.text.Numbers;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Hashtable;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * Play/Pause, Step (one animated epoch), Phase (forward → backward → update, one at a time),
 * Reset, the speed slider and the epoch label. Component names: {@code playButton},
 * {@code stepButton}, {@code phaseButton}, {@code resetButton}, {@code speedSlider},
 * {@code epochLabel}.
 */
public final class TrainingControls extends JPanel {
    private final GlassboxModel model;
    private final JButton play = new StableButton("Play", "Pause");
    private final JButton step = new JButton("Step");
    private final JButton phase = new StableButton("Phase: forward", "Phase: forward…", "Phase: backward",
            "Phase: backward…", "Phase: update", "Phase: update…");
    private final JButton reset = new JButton("Reset");
    private final JSlider speed = new JSlider(0, GlassboxModel.MAX_SPEED);
    private final JLabel epoch = new JLabel() {
        @Override
        public Dimension getPreferredSize() {
            // Room for a long run's epoch and loss, so that the toolbar does not move as they grow.
            Dimension d = super.getPreferredSize();
            d.width = Math.max(d.width, getFontMetrics(getFont()).stringWidth("Epoch 000000 · loss 0.00000"));
            return d;
        }
    };

    /** Controls acting on {@code model}. */
    public TrainingControls(GlassboxModel model) {
        super(new GridBagLayout());
        this.model = model;
        play.setName("playButton");
        step.setName("stepButton");
        phase.setName("phaseButton");
        reset.setName("resetButton");
        speed.setName("speedSlider");
        epoch.setName("epochLabel");
        play.setToolTipText("Play or pause training (Space)");
        step.setToolTipText("Train one epoch, animated: forward, backward, update (Right arrow)");
        phase.setToolTipText("Run the next phase of the epoch and stop: forward, then backward, then update");
        reset.setToolTipText("Back to the scenario's starting weights (R)");
        speed.setToolTipText("Left: slow animation of every phase. Right: bulk training, up to flat out.");
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        labels.put(0, new JLabel("slow"));
        labels.put(GlassboxModel.BULK_SPEED, new JLabel("bulk"));
        labels.put(GlassboxModel.MAX_SPEED, new JLabel("max"));
        speed.setLabelTable(labels);
        speed.setPaintLabels(true);
        speed.setMajorTickSpacing(GlassboxModel.BULK_SPEED);
        speed.setPaintTicks(true);

        play.addActionListener(e -> model.togglePlay());
        step.addActionListener(e -> model.stepEpoch());
        phase.addActionListener(e -> model.stepPhase());
        reset.addActionListener(e -> model.reset());
        speed.addChangeListener(e -> model.setSpeed(speed.getValue()));

        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 2, 2, 2);
        c.fill = GridBagConstraints.HORIZONTAL;
        add(play, c);
        add(step, c);
        add(phase, c);
        add(reset, c);
        c.weightx = 1;
        // Squeezed below its preferred width, the slider's labels would overlap.
        speed.setMinimumSize(speed.getPreferredSize());
        add(speed, c);
        c.weightx = 0;
        c.insets = new Insets(2, 8, 2, 2);
        add(epoch, c);
        refresh();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> refresh())
                .onAnimation(e -> refresh())
                .onPlayback(e -> refresh())
                .onAttach(this::refresh);
    }



    private void refresh() {
        play.setText(model.isPlaying() ? "Pause" : "Play");
        boolean diverged = model.divergence().isPresent();
        play.setEnabled(!diverged);
        step.setEnabled(!diverged);
        phase.setEnabled(!diverged);
        phase.setText("Phase: " + nextPhase());
        if (speed.getValue() != model.speed()) {
            speed.setValue(model.speed());
        }
        var history = model.lossHistory();
        String loss = history.size() == 0 ? "" : " · loss " + Numbers.format(history.last());
        epoch.setText("Epoch " + model.epoch() + loss);
    }

    private String nextPhase() {
        Phase p = model.phase();
        boolean done = model.phaseProgress() >= 1.0;
        return switch (p) {
            case IDLE -> "forward";
            case FORWARD -> done ? "backward" : "forward…";
            case BACKWARD -> done ? "update" : "backward…";
            case UPDATE -> "update…";
        };
    }

    /**
     * A button as wide as the widest of the texts it takes, so that a change of text (Play ↔ Pause,
     * the next phase) neither moves the buttons beside it nor cuts the text short.
     */
    private static final class StableButton extends JButton {
        private final String[] texts;

        StableButton(String... texts) {
            super(texts[0]);
            this.texts = texts;
        }

        @Override
        public Dimension getPreferredSize() {
            Dimension d = super.getPreferredSize();
            if (texts != null && !isPreferredSizeSet()) {
                java.awt.FontMetrics fm = getFontMetrics(getFont());
                int margins = d.width - fm.stringWidth(getText());
                for (String t : texts) {
                    d.width = Math.max(d.width, margins + fm.stringWidth(t));
                }
            }
            return d;
        }

        @Override
        public Dimension getMinimumSize() {
            return getPreferredSize();
        }
    }
}
