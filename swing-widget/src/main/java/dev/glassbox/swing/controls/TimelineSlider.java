package dev.glassbox.swing.controls;

import dev.glassbox.swing.internal.text.EpochWording;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import javax.swing.JSlider;

/**
 * The timeline: a slider over every epoch trained so far, 0 to {@link GlassboxModel#epoch()}, at the
 * model's {@linkplain GlassboxModel#viewedEpoch() viewed epoch}. Moving it views that epoch in every
 * view ({@link GlassboxModel#viewEpoch}); at its right end it shows the present and follows training.
 * With the focus on it, its own keys come before the training keys: Left and Right move one epoch,
 * Page Up and Page Down a tenth of the history, Home and End jump to epoch 0 and to the present.
 * Component name {@code timelineSlider}.
 */
public final class TimelineSlider extends JSlider {
    private final transient GlassboxModel model;
    /** Set while the slider copies the model, so that the copy is not taken for the user's move. */
    private boolean syncing;

    /**
     * A timeline of {@code model}'s history, following it while displayable.
     *
     * @param model the model whose epochs the timeline views
     */
    public TimelineSlider(GlassboxModel model) {
        super(0, 0);
        this.model = model;
        setName("timelineSlider");
        putClientProperty(TrainingKeys.OWN_KEYS, Boolean.TRUE);
        getAccessibleContext().setAccessibleName("Timeline");
        addChangeListener(e -> {
            if (!syncing && getValue() != model.viewedEpoch()) {
                model.viewEpoch(getValue());
            }
        });
        sync();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> sync())
                .onAttach(this::sync);
    }

    /** Copies the history's length and the viewed epoch into the slider. */
    private void sync() {
        syncing = true;
        try {
            getModel().setRangeProperties(model.viewedEpoch(), 0, 0, model.epoch(), getValueIsAdjusting());
        } finally {
            syncing = false;
        }
        setToolTipText(EpochWording.viewed(model.viewedEpoch(), model.epoch())
                + ". Drag, or use the arrow, Page and Home/End keys, to view any epoch trained so far.");
    }
}
