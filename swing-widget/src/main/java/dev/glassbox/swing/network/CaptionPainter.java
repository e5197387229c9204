package dev.glassbox.swing.network;

import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.internal.marker.Marker;
import dev.glassbox.swing.internal.text.OptimizerWording;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The bottom line of the network view: on the left which sample is shown and which phase runs; on
 * the right a legend of the markers present and of the weight colors, as much of it as fits.
 */
final class CaptionPainter {
    private static final double GAP = 14;

    /** What the last caption painted said, and how many legend entries it drew (for tests). */
    private String shownText = "";
    private int shownItems;

    String shownText() {
        return shownText;
    }

    int shownLegendItems() {
        return shownItems;
    }

    /**
     * Paints the caption: {@code readout} if not null (a pointed-at weight with no room on the
     * network; it goes before the legend), else the sample, shortened (without the sample's
     * numbers, then without the phase) where the whole would leave no room for the weight colors
     * of the legend.
     */
    void paint(Graphics2D g, NetworkLayout lay, TraceReadings r, Phase phase, Font font, String readout) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        float baseline = (float) lay.captionBaseline();
        double size = fm.getAscent();
        double colors = 2 * size * 1.3 + fm.stringWidth("w < 0") + fm.stringWidth("w > 0") + 3 * GAP;
        String[] texts = readout != null
                ? new String[] {readout + phaseText(phase, r.trace), readout}
                : new String[] {r.caption() + phaseText(phase, r.trace), r.shortCaption() + phaseText(phase, r.trace),
                        r.shortCaption()};
        String text = texts[texts.length - 1];
        for (String t : texts) {
            if (8 + fm.stringWidth(t) + colors <= lay.width() - 8) {
                text = t;
                break;
            }
        }
        g.setColor(GlassboxTheme.color(GlassboxTheme.TEXT));
        g.drawString(text, 8f, baseline);
        double leftEnd = 8 + fm.stringWidth(text) + 2 * GAP;

        // Right to left, markers first: they matter more than the weight colors when space is short.
        List<LegendItem> items = new ArrayList<>();
        for (Marker m : r.markers()) {
            items.add(new LegendItem(m.label(), m, 0));
        }
        items.add(new LegendItem("w < 0", null, -1));
        items.add(new LegendItem("w > 0", null, 1));
        double x = lay.width() - 8;
        shownText = text;
        shownItems = 0;
        for (LegendItem item : items) {
            double itemWidth = size * 1.3 + fm.stringWidth(item.label());
            if (x - itemWidth < leftEnd) {
                break;
            }
            shownItems++;
            x -= itemWidth;
            double top = baseline - size * 0.9;
            if (item.marker() != null) {
                g.setColor(GlassboxTheme.color(item.marker().colorKey()));
                g.fill(item.marker().shape(x, top, size));
            } else {
                g.setColor(GlassboxTheme.signColor(item.sign()));
                g.setStroke(new BasicStroke((float) (size * 0.3), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x + 1, top + size / 2, x + size - 1, top + size / 2));
            }
            g.setColor(GlassboxTheme.color(GlassboxTheme.TEXT));
            g.drawString(item.label(), (float) (x + size * 1.3), baseline);
            x -= GAP;
        }
    }

    /** A legend entry: a marker, or (marker null) a weight-color swatch of the given sign. */
    private record LegendItem(String label, Marker marker, double sign) {
    }

    /** What the phase does; the update as the trace's optimizer makes it, the step it takes animated. */
    private static String phaseText(Phase phase, EpochTrace t) {
        return switch (phase) {
            case IDLE -> "";
            case FORWARD -> "   ·   forward pass: values flow to the output";
            case BACKWARD -> "   ·   backward pass: δ flows back";
            case UPDATE -> "   ·   update: " + OptimizerWording.update(t.optimizer(), t.regularization(), t.updateMode());
        };
    }
}
