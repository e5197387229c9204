package dev.glassbox.swing.network;

import dev.glassbox.swing.internal.explain.Shown;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Connection;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.network.NetworkPainter.Scene;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;

/**
 * The packets of the animation. The forward phase crosses the weight layers one after another,
 * left to right, each packet carrying its source's value; the backward phase crosses them right to
 * left, each packet carrying its target's δ. Where labels do not fit, packets are plain dots.
 * Packets travel between the neurons' rims, never over a neuron, and are painted under the weight
 * labels and the neurons' values and tags, so that they hide none of them.
 */
final class PacketPainter {
    private final Point2D.Double point = new Point2D.Double();
    private final Ellipse2D.Double dot = new Ellipse2D.Double();

    /** The last neuron layer the forward pass has reached: all of them outside the running forward phase. */
    static int forwardFront(Scene s, int depth) {
        if (s.phase() != Phase.FORWARD || s.progress() >= 1) {
            return depth;
        }
        return (int) Math.floor(s.progress() * depth);
    }

    /** The first neuron layer whose δ the running backward phase has delivered (the output's from the start). */
    static int backwardFront(Scene s, int depth) {
        if (s.phase() != Phase.BACKWARD || s.progress() >= 1) {
            return 1;
        }
        return depth - (int) Math.floor(s.progress() * depth);
    }

    void paint(Graphics2D g, NetworkLayout lay, TraceReadings r, Scene s, Font font) {
        boolean forward = s.phase() == Phase.FORWARD;
        if (s.progress() >= 1 || !(forward || s.phase() == Phase.BACKWARD)) {
            return;
        }
        int depth = lay.layers() - 1;
        double position = s.progress() * depth;
        int crossed = (int) Math.floor(position);
        double t = position - crossed;
        int l = forward ? crossed : depth - 1 - crossed;
        Color fill = GlassboxTheme.color(forward ? GlassboxTheme.FORWARD : GlassboxTheme.BACKWARD);
        Color ink = GlassboxTheme.color(GlassboxTheme.BACKGROUND);
        boolean labels = lay.weightLabelsFit();
        double dotRadius = Math.max(3, lay.radius() * 0.3);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        for (int j = 0; j < lay.size(l + 1); j++) {
            for (int i = 0; i < lay.size(l); i++) {
                Connection c = new Connection(l, i, j);
                double along = forward ? t : 1 - t;
                if (labels) {
                    String text = forward ? r.value(l, i) : r.deltaValue(l + 1, j);
                    if (forward ? s.hides(Shown.A, new NeuronId(l, i), r.sample)
                            : s.hides(Shown.DELTA, new NeuronId(l + 1, j), r.sample)) {
                        text = Concealed.MARK;
                    }
                    lay.packetCenter(c, along, ValueLabel.halfWidth(fm, text), ValueLabel.halfHeight(fm), point);
                    ValueLabel.paint(g, text, point.x, point.y, fill, null, ink);
                } else {
                    g.setColor(fill);
                    lay.packetCenter(c, along, dotRadius, dotRadius, point);
                    dot.setFrame(point.x - dotRadius, point.y - dotRadius, 2 * dotRadius, 2 * dotRadius);
                    g.fill(dot);
                }
            }
        }
    }
}
