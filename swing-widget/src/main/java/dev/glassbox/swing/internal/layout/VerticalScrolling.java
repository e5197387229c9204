package dev.glassbox.swing.internal.layout;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A component scrolling up and down only: made as wide as the scroll pane, so that its text wraps,
 * and as tall as the pane when it needs less (so that a list or text at its centre takes the room).
 * For side columns (the controls, the quiz) that need more height than a 768 px screen gives them.
 */
public final class VerticalScrolling {
    private VerticalScrolling() {
    }

    /**
     * {@code c} in a borderless scroll pane that scrolls vertically only.
     *
     * @param c the component
     * @return the scroll pane
     */
    public static JScrollPane of(JComponent c) {
        JPanel tracking = new WidthTrackingPanel();
        tracking.add(c);
        JScrollPane scroll = new JScrollPane(tracking, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        return scroll;
    }

    /** A panel as wide as the viewport it scrolls in, so that only its height scrolls. */
    private static final class WidthTrackingPanel extends JPanel implements Scrollable {
        WidthTrackingPanel() {
            super(new BorderLayout());
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return getFont().getSize() * 2;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() != null && getParent().getHeight() > getPreferredSize().height;
        }
    }
}
