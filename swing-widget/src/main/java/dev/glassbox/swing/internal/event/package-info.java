/** The listener list every model of the widget fires its events through. Not exported. */
package dev.glassbox.swing.internal.event;
