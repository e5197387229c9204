package dev.glassbox.swing.model;

/** Where the animation of an epoch is. */
public enum Phase {
    /** Nothing moving. */
    IDLE,
    /** Values travel forward, layer by layer. */
    FORWARD,
    /** Deltas travel backward, layer by layer. */
    BACKWARD,
    /** Each weight moves from its old value to its new one. */
    UPDATE
}
