/** Glassbox's event-thread rule, checked by the models and views; not an API (not exported). */
package dev.glassbox.swing.internal.threading;
