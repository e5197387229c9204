/**
 * Glassbox core: the math of a small multilayer perceptron, its training session and the
 * glass-box trace that the views draw. JDK only (plus Gson for scenario files); no AWT or Swing.
 *
 * <ul>
 *   <li>{@link dev.glassbox.core.math} — activations, losses, parameters and the training engine.</li>
 *   <li>{@link dev.glassbox.core.scenario} — scenarios, the {@code glassbox-scenario/1} file format, built-ins.</li>
 *   <li>{@link dev.glassbox.core.trace} — the immutable trace of one epoch: every z, a, slope, δ and gradient.</li>
 *   <li>{@link dev.glassbox.core.session} — the training session, its listeners and the loss history.</li>
 * </ul>
 */
package dev.glassbox.core;
