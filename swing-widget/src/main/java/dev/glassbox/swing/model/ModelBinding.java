package dev.glassbox.swing.model;

import java.awt.Component;
import java.awt.event.HierarchyEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way a view listens to a {@link GlassboxModel}: exactly while the view is displayable —
 * listeners added when it joins a window, removed when it leaves — so a view that is thrown away is
 * never kept alive by the model, and a view never misses what happened while it was away: it
 * refreshes on attaching. The model also learns which of its views are displayable, and pauses
 * when none is left.
 *
 * <pre>{@code
 * ModelBinding.whileDisplayable(this, model)
 *         .onTraining(e -> refresh())
 *         .onInspection(e -> repaint())
 *         .onAttach(this::refresh);
 * }</pre>
 *
 * A view subscribes only to the events it shows. Everything here runs on the event thread.
 */
public final class ModelBinding {
    private final Component view;
    private final GlassboxModel model;
    private final List<Runnable> adds = new ArrayList<>();
    private final List<Runnable> removes = new ArrayList<>();
    private final List<Runnable> refreshes = new ArrayList<>();

    private ModelBinding(Component view, GlassboxModel model) {
        this.view = view;
        this.model = model;
        view.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.DISPLAYABILITY_CHANGED) == 0) {
                return;
            }
            if (view.isDisplayable()) {
                attach();
                refreshes.forEach(Runnable::run);
            } else {
                removes.forEach(Runnable::run);
                model.viewNotDisplayable(view);
            }
        });
        if (view.isDisplayable()) {
            model.viewDisplayable(view);
        }
    }

    /**
     * Starts binding {@code view} to {@code model}; add its listeners with the {@code on…} methods.
     *
     * @param view  the view, listening while it is displayable
     * @param model the model it shows
     * @return the binding, to add listeners to
     */
    public static ModelBinding whileDisplayable(Component view, GlassboxModel model) {
        return new ModelBinding(view, model);
    }

    private void attach() {
        model.viewDisplayable(view);
        adds.forEach(Runnable::run);
    }

    private ModelBinding bind(Runnable add, Runnable remove) {
        adds.add(add);
        removes.add(remove);
        if (view.isDisplayable()) {
            add.run();
        }
        return this;
    }

    /**
     * Listens to what the model trains (epochs, resets, loads, learning rate, divergence) and to the
     * viewed epoch and the bookmarks.
     *
     * @param l the listener
     * @return this binding
     */
    public ModelBinding onTraining(GlassboxModelListener l) {
        return bind(() -> model.addListener(l), () -> model.removeListener(l));
    }

    /**
     * Listens to the epoch animation.
     *
     * @param l the listener
     * @return this binding
     */
    public ModelBinding onAnimation(AnimationListener l) {
        return bind(() -> model.addAnimationListener(l), () -> model.removeAnimationListener(l));
    }

    /**
     * Listens to playback (started, stopped, speed).
     *
     * @param l the listener
     * @return this binding
     */
    public ModelBinding onPlayback(PlaybackListener l) {
        return bind(() -> model.addPlaybackListener(l), () -> model.removePlaybackListener(l));
    }

    /**
     * Listens to the viewed sample, hover and selection.
     *
     * @param l the listener
     * @return this binding
     */
    public ModelBinding onInspection(InspectionListener l) {
        InspectionModel inspection = model.inspection();
        return bind(() -> inspection.addInspectionListener(l), () -> inspection.removeInspectionListener(l));
    }

    /**
     * Runs {@code refresh} each time the view becomes displayable again (after its listeners are
     * added), to catch up with what happened while it was away.
     *
     * @param refresh what to run
     * @return this binding
     */
    public ModelBinding onAttach(Runnable refresh) {
        refreshes.add(refresh);
        return this;
    }
}
