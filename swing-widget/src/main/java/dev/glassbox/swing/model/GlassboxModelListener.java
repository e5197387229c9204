package dev.glassbox.swing.model;

/** Observes a {@link GlassboxModel}; called on the event thread. */
@FunctionalInterface
public interface GlassboxModelListener {
    /** Something in the model changed. */
    void modelChanged(GlassboxModelEvent event);
}
