package dev.glassbox.swing.controls;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A toolbar row that wraps: each child keeps its preferred size, children go left to right, and one
 * that does not fit starts the next row, so a narrow panel (two widgets side by side, a 640 px
 * dialog) gets two rows instead of a squeezed slider and cut buttons. The {@code stretch} child takes
 * its row's spare width.
 *
 * <p>A {@link Foldable} child that does not fit beside the ones before it takes its folded size
 * there (the epoch label's two lines instead of one) if that fits, before it wraps to a row of its
 * own: at 150 % on 1366×768 the toolbar keeps two rows instead of three.
 *
 * <p>The preferred height depends on the width the container has (as with a text area that wraps);
 * the container asks its parent to lay out again when a resize changes the number of rows.
 */
final class ToolbarLayout implements LayoutManager {
    /** A child with a narrower, folded form it takes rather than wrap to a new row. */
    interface Foldable {
        /** {@return the size folded, narrower than the preferred one} */
        Dimension foldedSize();

        /**
         * Says how the child is laid out, so that it paints accordingly.
         *
         * @param folded whether at its folded size
         */
        void setFolded(boolean folded);
    }

    private final int gap;
    private final Component stretch;
    private final Component secondRow;

    /**
     * A layout with {@code gap} pixels between children and between rows.
     *
     * @param gap       the gap in pixels
     * @param stretch   the child that fills its row, or null
     * @param secondRow the child that starts a second row while the container has no width yet
     *                  (a window packed around it), or null for one row as wide as it likes
     */
    ToolbarLayout(int gap, Component stretch, Component secondRow) {
        this.gap = gap;
        this.stretch = stretch;
        this.secondRow = secondRow;
    }

    /** A row's children, and those of them folded to fit beside the ones before them. */
    record Row(List<Component> children, Set<Component> folded) {
        /** {@return a child's size in this row: folded, or preferred} */
        Dimension size(Component c) {
            return folded.contains(c) ? ((Foldable) c).foldedSize() : c.getPreferredSize();
        }
    }

    /** The visible children, row by row, for a content width of {@code width}. */
    List<Row> rows(Container parent, int width) {
        List<Row> rows = new ArrayList<>();
        List<Component> row = new ArrayList<>();
        Set<Component> folded = new HashSet<>();
        int used = 0;
        for (Component c : parent.getComponents()) {
            if (!c.isVisible()) {
                continue;
            }
            int w = c.getPreferredSize().width;
            if (!row.isEmpty() && used + gap + w > width && c instanceof Foldable f
                    && used + gap + f.foldedSize().width <= width) {
                w = f.foldedSize().width;
                folded.add(c);
            } else if (!row.isEmpty() && used + gap + w > width) {
                rows.add(new Row(row, folded));
                row = new ArrayList<>();
                folded = new HashSet<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : gap) + w;
            row.add(c);
        }
        if (!row.isEmpty()) {
            rows.add(new Row(row, folded));
        }
        return rows;
    }

    private int contentWidth(Container parent) {
        Insets in = parent.getInsets();
        if (parent.getWidth() > 0) {
            return parent.getWidth() - in.left - in.right;
        }
        // Before the first layout the container has no width: the children before secondRow make
        // the first row, as wide as they like (a frame packed around the toolbar is not made as
        // wide as every control in one row, wider than a laptop's screen).
        int width = 0;
        for (Component c : parent.getComponents()) {
            if (c == secondRow) {
                return width;
            }
            if (c.isVisible()) {
                width += (width == 0 ? 0 : gap) + c.getPreferredSize().width;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        Insets in = parent.getInsets();
        int width = 0;
        int height = 0;
        List<Row> rows = rows(parent, contentWidth(parent));
        for (Row row : rows) {
            width = Math.max(width, naturalWidth(row));
            height += rowHeight(row);
        }
        height += gap * Math.max(0, rows.size() - 1);
        return new Dimension(width + in.left + in.right, height + in.top + in.bottom);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        Insets in = parent.getInsets();
        int width = 0;
        for (Component c : parent.getComponents()) {
            if (c.isVisible()) {
                width = Math.max(width, c.getPreferredSize().width);
            }
        }
        return new Dimension(width + in.left + in.right, preferredLayoutSize(parent).height);
    }

    @Override
    public void layoutContainer(Container parent) {
        Insets in = parent.getInsets();
        int width = parent.getWidth() - in.left - in.right;
        int y = in.top;
        for (Row row : rows(parent, width)) {
            int spare = Math.max(0, width - naturalWidth(row));
            int h = rowHeight(row);
            int x = in.left;
            for (Component c : row.children()) {
                Dimension d = row.size(c);
                if (c instanceof Foldable f) {
                    f.setFolded(row.folded().contains(c));
                }
                int w = c == stretch ? d.width + spare : d.width;
                c.setBounds(x, y + (h - d.height) / 2, w, d.height);
                x += w + gap;
            }
            y += h + gap;
        }
    }

    private int naturalWidth(Row row) {
        int w = gap * (row.children().size() - 1);
        for (Component c : row.children()) {
            w += row.size(c).width;
        }
        return w;
    }

    private static int rowHeight(Row row) {
        int h = 0;
        for (Component c : row.children()) {
            h = Math.max(h, row.size(c).height);
        }
        return h;
    }

    @Override
    public void addLayoutComponent(String name, Component comp) {
    }

    @Override
    public void removeLayoutComponent(Component comp) {
    }
}
