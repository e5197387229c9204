package dev.glassbox.swing.internal.layout;

import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.Toolkit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JLabel;

/**
 * A label whose plain text wraps at word boundaries onto as many lines as its width needs, instead
 * of ending in "…" (a long lesson title in a narrow column or at a presentation zoom). It stays a
 * {@link JLabel}, so its text, name and accessibility are a label's.
 */
public final class WrappingLabel extends JLabel {
    private int laidOutWidth = -1;
    /** The {@code Glassbox.*} colour key of the text, read at paint time; null for the label's own foreground. */
    private String colorKey;

    /**
     * Colours the text with a theme colour, read at paint time so that it follows a theme switch.
     *
     * @param key a {@code Glassbox.*} colour key, or null for the label's own foreground
     */
    public void setColorKey(String key) {
        colorKey = key;
        repaint();
    }

    @Override
    public Color getForeground() {
        return colorKey == null ? super.getForeground() : GlassboxTheme.color(colorKey);
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        Insets in = getInsets();
        FontMetrics fm = getFontMetrics(getFont());
        int width = getWidth() > 0 ? getWidth() - in.left - in.right : fm.stringWidth(getText());
        return new Dimension(fm.stringWidth(getText()) + in.left + in.right,
                lines(fm, width).size() * fm.getHeight() + in.top + in.bottom);
    }

    @Override
    public Dimension getMinimumSize() {
        Dimension d = getPreferredSize();
        return new Dimension(0, d.height);
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        if (width != laidOutWidth) {
            // A new width can take another number of lines, so the parent lays out again.
            laidOutWidth = width;
            revalidate();
        }
    }

    /**
     * The text broken at spaces into lines no wider than {@code width} (a single word may be).
     *
     * @param fm    the metrics of the label's font
     * @param width the width of a line, in pixels
     * @return the lines
     */
    public List<String> lines(FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        String text = getText() == null ? "" : getText();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && fm.stringWidth(longer) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (isOpaque()) {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
        }
        Graphics2D g2 = (Graphics2D) g.create();
        Object hints = Toolkit.getDefaultToolkit().getDesktopProperty("awt.font.desktophints");
        if (hints instanceof Map<?, ?> map) {
            g2.addRenderingHints(map);
        } else {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }
        g2.setFont(getFont());
        g2.setColor(getForeground());
        FontMetrics fm = g2.getFontMetrics();
        Insets in = getInsets();
        int y = in.top + fm.getAscent();
        for (String line : lines(fm, getWidth() - in.left - in.right)) {
            g2.drawString(line, in.left, y);
            y += fm.getHeight();
        }
        g2.dispose();
    }
}
