/**
 * The model the Glassbox views observe, in the manner of {@code TableModel}: the training session,
 * the viewed sample, the hovered and selected element, the animation phase and playback. It lives
 * on the Swing event thread; views listen to it and paint from it, never owning the truth.
 */
package dev.glassbox.swing.model;
