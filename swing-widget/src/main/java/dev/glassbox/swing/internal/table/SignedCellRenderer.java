package dev.glassbox.swing.internal.table;

import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import java.awt.Component;
import javax.swing.BorderFactory;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.border.Border;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Renders the cells of a {@link StateTable}: numbers right-aligned as {@link Numbers} writes them,
 * on a tint of their sign color that deepens with their magnitude within the column (the text keeps
 * the theme's text color, so it stays readable in light and dark themes); non-finite numbers in
 * the warning color; neuron states in their theme color; the table's highlighted row on the
 * row-highlight color. Colors are read from the theme at paint time.
 */
final class SignedCellRenderer extends DefaultTableCellRenderer {
    /** The tint of the smallest and of the largest magnitude of a column. */
    private static final float MIN_TINT = 0.08f;
    private static final float MAX_TINT = 0.38f;
    /** Keeps numbers off the next column's edge. */
    private static final Border PADDING = BorderFactory.createEmptyBorder(0, 4, 0, 4);

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean hasFocus,
                                                   int row, int column) {
        super.getTableCellRendererComponent(table, value, isSelected, hasFocus, row, column);
        StateTable state = (StateTable) table;
        boolean highlighted = state.isHighlighted(row);
        Color background = highlighted ? GlassboxTheme.color(GlassboxTheme.ROW_HIGHLIGHT)
                : isSelected ? table.getSelectionBackground() : table.getBackground();
        Color foreground = highlighted || !isSelected ? GlassboxTheme.color(GlassboxTheme.TEXT)
                : table.getSelectionForeground();
        setHorizontalAlignment(SwingConstants.LEADING);
        if (value instanceof Double v) {
            setText(Numbers.format(v));
            setHorizontalAlignment(SwingConstants.TRAILING);
            if (!Double.isFinite(v)) {
                foreground = GlassboxTheme.color(GlassboxTheme.WARNING);
            } else if (v != 0 && !isSelected && !highlighted) {
                double scale = state.traceModel().scale(table.convertColumnIndexToModel(column));
                float share = (float) Math.min(1, Math.abs(v) / scale);
                background = mix(background, GlassboxTheme.signColor(v), MIN_TINT + (MAX_TINT - MIN_TINT) * share);
            }
        } else if (value instanceof NeuronState s) {
            setText(s.label());
            foreground = GlassboxTheme.color(s.colorKey());
        }
        setBorder(BorderFactory.createCompoundBorder(getBorder(), PADDING));
        setToolTipText(getText().isEmpty() ? null : getText());
        setBackground(background);
        setForeground(foreground);
        return this;
    }

    private static Color mix(Color base, Color tint, float share) {
        return new Color(
                Math.round(base.getRed() + (tint.getRed() - base.getRed()) * share),
                Math.round(base.getGreen() + (tint.getGreen() - base.getGreen()) * share),
                Math.round(base.getBlue() + (tint.getBlue() - base.getBlue()) * share));
    }
}
