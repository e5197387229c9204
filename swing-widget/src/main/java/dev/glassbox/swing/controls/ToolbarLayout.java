package dev.glassbox.swing.controls;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.util.ArrayList;
import java.util.List;

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

    /** The visible children, row by row, for a content width of {@code width}. */
    List<List<Component>> rows(Container parent, int width) {
        List<List<Component>> rows = new ArrayList<>();
        List<Component> row = new ArrayList<>();
        int used = 0;
        for (Component c : parent.getComponents()) {
            if (!c.isVisible()) {
                continue;
            }
            int w = c.getPreferredSize().width;
            if (!row.isEmpty() && used + gap + w > width && c instanceof Foldable f
                    && used + gap + f.foldedSize().width <= width) {
                w = f.foldedSize().width;
            } else if (!row.isEmpty() && used + gap + w > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : gap) + w;
            row.add(c);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** A child's size in its row: folded where it shares the row and does not fit unfolded. */
    private static Dimension size(Component c, List<Component> row, int width, int gap) {
        if (c instanceof Foldable f && folded(c, row, width, gap)) {
            return f.foldedSize();
        }
        return c.getPreferredSize();
    }

    /** Whether {@code c}, in {@code row}, only fits folded: the row's preferred widths exceed {@code width}. */
    private static boolean folded(Component c, List<Component> row, int width, int gap) {
        int w = gap * (row.size() - 1);
        for (Component k : row) {
            w += k.getPreferredSize().width;
        }
        return row.size() > 1 && w > width;
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
        int content = contentWidth(parent);
        List<List<Component>> rows = rows(parent, content);
        for (List<Component> row : rows) {
            width = Math.max(width, naturalWidth(row, content));
            height += rowHeight(row, content);
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
        for (List<Component> row : rows(parent, width)) {
            int spare = Math.max(0, width - naturalWidth(row, width));
            int h = rowHeight(row, width);
            int x = in.left;
            for (Component c : row) {
                Dimension d = size(c, row, width, gap);
                if (c instanceof Foldable f) {
                    f.setFolded(folded(c, row, width, gap));
                }
                int w = c == stretch ? d.width + spare : d.width;
                c.setBounds(x, y + (h - d.height) / 2, w, d.height);
                x += w + gap;
            }
            y += h + gap;
        }
    }

    private int naturalWidth(List<Component> row, int width) {
        int w = gap * (row.size() - 1);
        for (Component c : row) {
            w += size(c, row, width, gap).width;
        }
        return w;
    }

    private int rowHeight(List<Component> row, int width) {
        int h = 0;
        for (Component c : row) {
            h = Math.max(h, size(c, row, width, gap).height);
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
