package dev.glassbox.swing.controls;

import dev.glassbox.core.scenario.Bookmark;
import dev.glassbox.swing.internal.layout.SliderPositions;
import dev.glassbox.swing.internal.text.EpochWording;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.OptionalInt;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;

/**
 * The timeline: a slider over every epoch trained so far, 0 to {@link GlassboxModel#epoch()}, at the
 * model's {@linkplain GlassboxModel#viewedEpoch() viewed epoch}. Moving it views that epoch in every
 * view ({@link GlassboxModel#viewEpoch}); at its right end it shows the present and follows training.
 * With the focus on it, its own keys come before the training keys: Left and Right move one epoch,
 * Page Up and Page Down a tenth of the history, Home and End jump to epoch 0 and to the present.
 * The bookmarks of the epochs trained so far are ticks below the track in the bookmark color
 * ({@code Glassbox.bookmark}); a click on a tick views its epoch. Component name {@code timelineSlider}.
 */
public final class TimelineSlider extends JSlider {
    private final transient GlassboxModel model;
    /** How near a tick (in pixels before the theme zoom) a click must be to jump to its bookmark. */
    private static final int NEAR = 4;
    /** Set while the slider copies the model, so that the copy is not taken for the user's move. */
    private boolean syncing;
    /** Whether viewing the slider's latest value is scheduled (while dragging). */
    private boolean viewScheduled;
    /** The bookmark under the last press, whose epoch the release views; empty when the press missed them. */
    private OptionalInt pressedBookmark = OptionalInt.empty();
    /** Where the last press was. */
    private int pressedAt;

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
            if (syncing) {
                return;
            }
            if (!getValueIsAdjusting()) {
                viewLatest();
            } else if (!viewScheduled) {
                // Dragging: the pointer moves faster than every view can follow a past epoch, so
                // only the latest position is viewed, once the events already queued are handled.
                viewScheduled = true;
                SwingUtilities.invokeLater(this::viewLatest);
            }
        });
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                pressedBookmark = SwingUtilities.isLeftMouseButton(e) ? bookmarkAt(e.getX()) : OptionalInt.empty();
                pressedAt = e.getX();
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                // On release, after the track's own handling of the press (a step of a tenth) is over.
                if (pressedBookmark.isPresent() && Math.abs(e.getX() - pressedAt) <= reach()) {
                    setValue(pressedBookmark.getAsInt());
                }
                pressedBookmark = OptionalInt.empty();
            }
        });
        sync();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> sync())
                .onAttach(this::sync);
    }

    /** Views the slider's value, unless the model views it already (or has changed its history since). */
    private void viewLatest() {
        viewScheduled = false;
        if (!syncing && getValue() != model.viewedEpoch() && getValue() <= model.epoch()) {
            model.viewEpoch(getValue());
        }
    }

    /** Copies the history's length and the viewed epoch into the slider. */
    private void sync() {
        syncing = true;
        try {
            getModel().setRangeProperties(model.viewedEpoch(), 0, 0, model.epoch(), getValueIsAdjusting());
        } finally {
            syncing = false;
        }
        // The history is being trained again by an undo or redo: nothing to view until it is done.
        setEnabled(!model.isRetraining());
        setToolTipText(EpochWording.viewed(model.viewedEpoch(), model.epoch())
                + ". Drag, or use the arrow, Page and Home/End keys, to view any epoch trained so far.");
        // The bookmarks' ticks may have changed.
        repaint();
    }

    /** How near a tick a click must be, in pixels. */
    private static int reach() {
        return Math.round(NEAR * GlassboxTheme.zoom());
    }

    /** The epoch of the trained bookmark whose tick is nearest {@code x}, within reach of a click. */
    private OptionalInt bookmarkAt(int x) {
        int reach = reach();
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (Bookmark b : model.bookmarks()) {
            if (b.epoch() > getMaximum()) {
                break;
            }
            int distance = Math.abs(SliderPositions.xOf(this, b.epoch()) - x);
            if (distance <= reach && distance < bestDistance) {
                best = b.epoch();
                bestDistance = distance;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** Paints the slider, then a tick below the track for each bookmark of the epochs trained so far. */
    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            float zoom = GlassboxTheme.zoom();
            int length = Math.round(6 * zoom);
            g2.setColor(GlassboxTheme.color(GlassboxTheme.BOOKMARK));
            g2.setStroke(new BasicStroke(2 * zoom));
            for (Bookmark b : model.bookmarks()) {
                if (b.epoch() > getMaximum()) {
                    break;
                }
                int x = SliderPositions.xOf(this, b.epoch());
                g2.drawLine(x, getHeight() - length, x, getHeight() - 1);
            }
        } finally {
            g2.dispose();
        }
    }
}
