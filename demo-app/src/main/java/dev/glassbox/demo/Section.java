package dev.glassbox.demo;

import com.formdev.flatlaf.FlatClientProperties;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BorderLayout;
import java.awt.Graphics;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;

/**
 * A titled area of the window holding one view: a bold heading over the view, inside a hairline
 * frame in the theme's grid color. A scrollable view (a table, the chain rule) is put into a scroll
 * pane, so that it can be longer than its area.
 */
final class Section extends JPanel {

    Section(String title, JComponent view) {
        super(new BorderLayout(0, 2));
        JLabel heading = new JLabel(title);
        heading.putClientProperty(FlatClientProperties.STYLE, "font: bold"); //$NON-NLS$
        add(heading, BorderLayout.NORTH);
        add(view instanceof Scrollable ? new JScrollPane(view) : view, BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(3, 5, 5, 5));
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        // Painted rather than a Border object, so that it takes the current theme's color.
        g.setColor(GlassboxTheme.color(GlassboxTheme.GRID));
        g.drawRect(0, 0, getWidth() - 1, getHeight() - 1);
    }
}
