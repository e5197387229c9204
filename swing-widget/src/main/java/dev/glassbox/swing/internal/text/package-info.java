/** How Glassbox writes numbers and names network elements, the same in every view. */
package dev.glassbox.swing.internal.text;
