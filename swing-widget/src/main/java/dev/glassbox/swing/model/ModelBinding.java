package dev.glassbox.swing.model;

import java.awt.Component;
import java.awt.event.HierarchyEvent;

/**
 * Keeps a view's listener on the model exactly while the view is displayable — added when it
 * joins a window, removed when it leaves — so a view that is thrown away is never kept alive by
 * the model, and a view never misses what happened while it was away: it refreshes on attaching.
 */
public final class ModelBinding {
    private ModelBinding() {
    }

    /**
     * Binds {@code listener} to {@code model} while {@code view} is displayable, running
     * {@code refresh} each time it attaches.
     */
    public static void whileDisplayable(Component view, GlassboxModel model, GlassboxModelListener listener,
                                        Runnable refresh) {
        view.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.DISPLAYABILITY_CHANGED) == 0) {
                return;
            }
            if (view.isDisplayable()) {
                model.addListener(listener);
                refresh.run();
            } else {
                model.removeListener(listener);
            }
        });
        if (view.isDisplayable()) {
            model.addListener(listener);
        }
    }
}
