/**
 * Glassbox for Swing: components that make backpropagation visible, all observing one
 * {@link dev.glassbox.swing.model.GlassboxModel}. {@link dev.glassbox.swing.GlassboxPanel}
 * assembles them; each also works alone:
 *
 * <pre>{@code
 * GlassboxPanel glassbox = new GlassboxPanel(BuiltInScenarios.get("xor"));
 * frame.add(glassbox);
 * }</pre>
 */
package dev.glassbox.swing;
