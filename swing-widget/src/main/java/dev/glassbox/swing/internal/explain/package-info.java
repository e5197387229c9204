/** Every number explained: its formula with the numbers put in, what concealment hides, and the conventions. */
package dev.glassbox.swing.internal.explain;
