/**
 * The machinery behind the trace tables, shared by the tables of {@code dev.glassbox.swing.table}
 * and the loss table: a read-only {@link dev.glassbox.swing.internal.table.StateTable} that sizes
 * its columns to its numbers, the {@link dev.glassbox.swing.internal.table.TraceTableModel} it
 * reads its rows from, and the renderer that colors numbers by sign and magnitude. Not exported:
 * the tables are used as they are, not extended.
 */
package dev.glassbox.swing.internal.table;
