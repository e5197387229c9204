package dev.glassbox.swing.controls;

import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.internal.text.EpochWording;
import dev.glassbox.swing.internal.text.LossWording;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.Hashtable;
import java.util.List;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * Play/Pause, Step (one animated epoch), Phase (forward → backward → update, one at a time),
 * Reset, the speed slider and the epoch label, and below them the timeline
 * ({@link TimelineSlider}) with "Continue from here", and the runs to an epoch or below a loss. The buttons run the {@link TrainingActions} they are
 * given, so menus and keys built from the same actions share their names and enabled state; the
 * keys themselves are bound by {@link TrainingActions#installKeys} on the enclosing panel or window. Component
 * names: {@code playButton}, {@code stepButton}, {@code phaseButton}, {@code resetButton},
 * {@code speedSlider}, {@code epochLabel}, {@code timelineSlider}, {@code bookmarkButton}, {@code continueButton}, and
 * those of the runs to a goal: {@code runToField}, {@code runToButton}, {@code untilLossField},
 * {@code runUntilButton}, {@code runMessage}.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class TrainingControls extends JPanel {
    /** Pixels between the buttons, the slider and the label, and around them. */
    private static final int GAP = 2;
    private final GlassboxModel model;
    private final TrainingActions actions;
    private final JSlider speed = new JSlider(0, GlassboxModel.MAX_SPEED);
    private final TimelineSlider timeline;
    private final EpochLabel epoch;

    /**
     * Controls acting on {@code model}, with training actions of their own.
     *
     * @param model the model to train
     */
    public TrainingControls(GlassboxModel model) {
        this(model, null);
    }

    /**
     * Controls acting on {@code model} whose buttons run {@code actions}.
     *
     * @param model   the model to train
     * @param actions the model's training actions, shared with menus and keys; null for actions of
     *                the controls' own
     */
    public TrainingControls(GlassboxModel model, TrainingActions actions) {
        this.model = model;
        this.actions = actions != null ? actions : new TrainingActions(model, this);
        this.timeline = new TimelineSlider(model);
        this.epoch = new EpochLabel(model);
        JButton play = new StableButton(this.actions.playPause(), TrainingActions.PLAY_PAUSE_NAMES);
        JButton step = new JButton(this.actions.step());
        JButton phase = new StableButton(this.actions.nextPhase(), TrainingActions.NEXT_PHASE_NAMES);
        JButton reset = new JButton(this.actions.reset());
        play.setName("playButton");
        step.setName("stepButton");
        phase.setName("phaseButton");
        reset.setName("resetButton");
        speed.setName("speedSlider");
        speed.setToolTipText("Left: slow animation of every phase. Right: bulk training, up to flat out.");
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        labels.put(0, new JLabel("slow"));
        labels.put(GlassboxModel.BULK_SPEED, new JLabel("bulk"));
        labels.put(GlassboxModel.MAX_SPEED, new JLabel("max"));
        speed.setLabelTable(labels);
        speed.setPaintLabels(true);
        speed.setMajorTickSpacing(GlassboxModel.BULK_SPEED);
        speed.setPaintTicks(true);

        speed.addChangeListener(e -> model.setSpeed(speed.getValue()));

        // The buttons wrap as one group; on a narrow panel the epoch label takes a second row.
        Box buttons = Box.createHorizontalBox();
        for (JButton b : List.of(play, step, phase, reset)) {
            if (buttons.getComponentCount() > 0) {
                buttons.add(Box.createHorizontalStrut(GAP));
            }
            buttons.add(b);
        }
        RunControls runs = new RunControls(model);
        this.actions.runFields(runs);
        ToolbarLayout layout = new ToolbarLayout(GAP, speed, runs);
        JPanel toolbar = new JPanel(layout);
        toolbar.setOpaque(false);
        toolbar.setBorder(BorderFactory.createEmptyBorder(GAP, GAP, GAP, GAP));
        toolbar.add(buttons);
        toolbar.add(speed);
        toolbar.add(epoch);
        // Beside the epoch where the row has room (at 1366×768 a row of their own; at 150 % they
        // share the epoch's, folded into two lines, instead of taking a fourth).
        toolbar.add(runs);
        toolbar.addComponentListener(new ComponentAdapter() {
            private int rows;

            @Override
            public void componentResized(ComponentEvent e) {
                // The preferred height follows the number of rows: the parent must lay out again.
                int n = layout.rows(toolbar, toolbar.getWidth() - 2 * GAP).size();
                if (n != rows) {
                    rows = n;
                    toolbar.revalidate();
                }
            }
        });
        setLayout(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = GridBagConstraints.REMAINDER;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(toolbar, c);
        addTimelineRows();
        refresh();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> refresh())
                .onAnimation(e -> refresh())
                .onPlayback(e -> refresh())
                .onAttach(this::refresh);
    }

    /**
     * The timeline over every epoch trained so far, on a row of its own below the toolbar (whose
     * last part are the runs to an epoch or below a loss, {@link RunControls}), with the
     * "Continue from here" button ({@code continueButton}) at its end.
     */
    private void addTimelineRows() {
        JButton continueHere = new JButton(actions.continueFromHere());
        continueHere.setName("continueButton");
        JButton bookmark = new JButton(actions.bookmark());
        bookmark.setName("bookmarkButton");
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 1;
        c.gridx = 0;
        c.insets = new Insets(0, 2, 2, 2);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.gridwidth = 5;
        add(timeline, c);
        JPanel commands = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        commands.setOpaque(false);
        commands.add(bookmark);
        commands.add(continueHere);
        c.gridx = 5;
        c.gridwidth = 1;
        c.weightx = 0;
        add(commands, c);
    }

    /**
     * The timeline: a slider over every epoch trained so far, viewing the one it is moved to.
     *
     * @return the timeline slider ({@code timelineSlider})
     */
    public TimelineSlider timeline() {
        return timeline;
    }

    /**
     * The training actions the buttons run, for menus and keys.
     *
     * @return the actions
     */
    public TrainingActions actions() {
        return actions;
    }

    private void refresh() {
        if (speed.getValue() != model.speed()) {
            speed.setValue(model.speed());
        }
        var history = model.lossHistory();
        int viewed = model.viewedEpoch();
        String loss = viewed == 0 ? ""
                : LossWording.beforeUpdate(viewed, viewed == history.size() ? history.last() : history.get(viewed - 1));
        // While an undo or redo trains a long history again, the label counts the epochs towards its goal.
        epoch.show(model.isRetraining() ? EpochWording.retraining(model.epoch(), model.retrainingGoal())
                : EpochWording.viewed(viewed, model.epoch()), loss);
    }
    /**
     * A button as wide as the widest of the texts it takes, so that a change of text (Play ↔ Pause,
     * the next phase) neither moves the buttons beside it nor cuts the text short.
     */
    private static final class StableButton extends JButton {
        private final List<String> texts;

        StableButton(Action action, List<String> texts) {
            super(action);
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

        @Override
        public Dimension getMaximumSize() {
            return getPreferredSize();
        }
    }
}
