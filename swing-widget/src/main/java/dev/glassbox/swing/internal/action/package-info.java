/** The one way the widget's commands become Swing actions; not an API (not exported). */
package dev.glassbox.swing.internal.action;
