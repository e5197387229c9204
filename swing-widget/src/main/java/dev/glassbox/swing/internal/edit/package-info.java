/**
 * Typing a weight or bias: the text field shared by the weights table's editor and the network
 * view's in-place editor, which reads a number and names what is wrong with it; not an API (not
 * exported).
 */
package dev.glassbox.swing.internal.edit;
