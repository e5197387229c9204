package dev.glassbox.swing.model;

import java.util.EventListener;

/** Observes an {@link InspectionModel}; called on the event thread. */
@FunctionalInterface
public interface InspectionListener extends EventListener {
    /**
     * The viewed sample, the hovered or the selected element, the concealed value or the gradient shown changed.
     *
     * @param event what changed
     */
    void inspectionChanged(InspectionEvent event);
}
