package dev.glassbox.swing.model;

/**
 * What changed in an {@link InspectionModel}.
 *
 * @param source the inspection model that changed
 * @param kind   what changed
 */
public record InspectionEvent(InspectionModel source, Kind kind) {

    /** What changed. */
    public enum Kind {
        /** Another sample is viewed. */
        SAMPLE,
        /** The hovered element changed. */
        HOVER,
        /** The selected element changed. */
        SELECTION,
        /** A value was hidden from the views, or shown again ({@link InspectionModel#concealed()}). */
        CONCEALED,
        /** The views show the other gradient ({@link InspectionModel#gradientShown()}). */
        GRADIENT_SHOWN
    }
}
