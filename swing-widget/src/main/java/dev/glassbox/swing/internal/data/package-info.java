/**
 * Samples as text: the CSV files the dataset table imports and exports and the tab-separated rows
 * a spreadsheet copies, read and written with Commons CSV; not an API (not exported).
 */
package dev.glassbox.swing.internal.data;
