package dev.glassbox.swing.network;

import dev.glassbox.swing.internal.marker.Marker;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws one frame of the network: layer names, connections (thickness by |w|, color by sign),
 * packets, weight labels, neurons with their values, tags and markers, highlights, the keyboard
 * focus ring, and the caption with a legend. Reads only the layout, the trace readings and the
 * frame state; colors and fonts come from the theme at paint time.
 */
final class NetworkPainter {
    /** The widest number label drawn on the network, for sizing text to fit. */
    static final String WIDEST_NUMBER = "−0.000";
    /** The widest two-digit number, for neurons too small for three digits (a deep network in a small view). */
    private static final String WIDEST_BRIEF_NUMBER = "−0.00";
    /** How far wires reach under the neurons' rims, so their square ends never show. */
    private static final double TUCK = 2;

    /** What a frame shows beyond the trace: the animation moment, the pointed-at elements, the detail level. */
    record Scene(Phase phase, double progress, NetworkElement hovered, NetworkElement selected,
                 NetworkElement focus, boolean details) {
    }

    /** The fonts of a frame, read from the theme. */
    record Fonts(Font header, Font caption, Font tag, Font value) {
        /**
         * The theme's fonts (so they follow the presentation zoom), grown by up to a quarter in views
         * larger than 900 × 560, where small text looks lost. {@code value} is the full size of the
         * numbers inside neurons, drawn smaller where a neuron cannot hold them.
         */
        static Fonts current(double width, double height) {
            float s = (float) Math.max(1, Math.min(1.25, Math.min(width / 900, height / 560)));
            float tag = 0.85f * s;
            return new Fonts(GlassboxTheme.textFont(s).deriveFont(Font.BOLD), GlassboxTheme.textFont(0.92f * s),
                    GlassboxTheme.mathFont(tag), GlassboxTheme.mathFont(tag * NetworkLayout.VALUE_SCALE));
        }
    }

    /** How the connections away from the hovered or selected element are drawn in a dense network. */
    private static final AlphaComposite FADED = AlphaComposite.SrcOver.derive(0.18f);

    private final PacketPainter packets = new PacketPainter();
    private final CaptionPainter caption = new CaptionPainter();
    private final Line2D.Double line = new Line2D.Double();
    private final Point2D.Double point = new Point2D.Double();
    private final Rectangle2D.Double plate = new Rectangle2D.Double();
    private NeuronRenderer neuronRenderer = NeuronRenderer.standard();

    /** Draws each neuron with {@code renderer} from the next frame on. */
    void setNeuronRenderer(NeuronRenderer renderer) {
        neuronRenderer = renderer;
    }

    void paint(Graphics2D g, NetworkLayout lay, TraceReadings r, Scene s, Fonts fonts) {
        paintHeaders(g, lay, r.trace.architecture(), fonts.header(), fonts.caption());
        paintConnections(g, lay, r.trace, s);
        // Packets under every label: they move, so a label they passed over would flicker.
        packets.paint(g, lay, r, s, fonts.tag());
        if (lay.weightLabelsFit()) {
            paintWeightLabels(g, lay, r, s, fonts.tag());
        }
        paintNeurons(g, lay, r, s, fonts);
        if (!lay.weightLabelsFit()) {
            // Halfway along: as far from both neurons as it can be, over them where it is wider than the gap.
            paintHighlightedWeightLabel(g, lay, r, s, 0.5, fonts.tag());
        }
        paintFocus(g, lay, r.trace, s);
        caption.paint(g, lay, r, s.phase(), fonts.caption());
    }

    // ---------------------------------------------------------------- header

    private void paintHeaders(Graphics2D g, NetworkLayout lay, Architecture arch, Font name, Font activation) {
        double room = lay.columnPitch() - 8;
        boolean compact = false;
        boolean activations = true;
        for (int l = 0; l < lay.layers(); l++) {
            compact |= g.getFontMetrics(name).stringWidth(Names.layer(arch, l)) > room;
            activations &= l == 0 || g.getFontMetrics(activation).stringWidth(arch.activation(l).id()) <= room;
        }
        for (int l = 0; l < lay.layers(); l++) {
            g.setFont(name);
            g.setColor(GlassboxTheme.color(GlassboxTheme.TEXT));
            drawCentered(g, compact ? compactLayerName(arch, l) : Names.layer(arch, l), lay.x(l), lay.headerBaseline(0));
            if (l > 0 && activations) {
                g.setFont(activation);
                g.setColor(GlassboxTheme.color(GlassboxTheme.MUTED));
                drawCentered(g, arch.activation(l).id(), lay.x(l), lay.headerBaseline(1));
            }
        }
    }

    /** "in", "h1", "h2", …, "out": layer names for columns too narrow for the full ones. */
    private static String compactLayerName(Architecture arch, int l) {
        return l == 0 ? "in" : l == arch.depth() ? "out" : "h" + l;
    }

    // ---------------------------------------------------------------- connections

    /** The weight a frame shows: during the update phase it moves from its old value to its new one. */
    static double weightAt(EpochTrace t, int l, int i, int j, Scene s) {
        double before = t.before().weight(l, j, i);
        if (s.phase() != Phase.UPDATE) {
            return before;
        }
        return before + (t.after().weight(l, j, i) - before) * s.progress();
    }

    /** The stroke width of a weight: grows with |w| and levels off, within the neuron's scale. */
    static float thickness(double w, double radius) {
        double max = Math.max(2, Math.min(8, radius * 0.28));
        double grow = Double.isFinite(w) ? 1 - Math.exp(-Math.abs(w) / 1.5) : 0;
        return (float) (0.75 + (max - 0.75) * grow);
    }

    private void paintConnections(Graphics2D g, NetworkLayout lay, EpochTrace t, Scene s) {
        // Halos below everything, then every line, then the highlighted lines again so nothing crosses them.
        paintHalo(g, lay, t, s, s.selected(), 1f);
        paintHalo(g, lay, t, s, s.hovered(), 0.55f);
        // Where the weights are too many to label, what is hovered or selected stands out of the
        // hairball: the connections that do not touch it are faded.
        boolean fade = !lay.weightLabelsFit() && (s.hovered() != null || s.selected() != null);
        Composite old = g.getComposite();
        for (int l = 0; l + 1 < lay.layers(); l++) {
            for (int j = 0; j < lay.size(l + 1); j++) {
                for (int i = 0; i < lay.size(l); i++) {
                    if (fade) {
                        g.setComposite(touches(s, l, i, j) ? old : FADED);
                    }
                    paintConnection(g, lay, t, s, l, i, j);
                }
            }
        }
        g.setComposite(old);
        for (NetworkElement e : new NetworkElement[] {s.selected(), s.hovered()}) {
            if (e instanceof Connection c) {
                paintConnection(g, lay, t, s, c.layer(), c.from(), c.to());
            }
        }
    }

    /** Whether connection l, i → j is, or ends at, the hovered or the selected element. */
    private static boolean touches(Scene s, int l, int i, int j) {
        return touches(s.hovered(), l, i, j) || touches(s.selected(), l, i, j);
    }

    private static boolean touches(NetworkElement e, int l, int i, int j) {
        if (e instanceof Connection c) {
            return c.layer() == l && c.from() == i && c.to() == j;
        }
        return e instanceof NeuronId n && (n.layer() == l && n.index() == i || n.layer() == l + 1 && n.index() == j);
    }

    private void paintConnection(Graphics2D g, NetworkLayout lay, EpochTrace t, Scene s, int l, int i, int j) {
        double w = weightAt(t, l, i, j, s);
        segment(lay, l, i, j);
        float width = thickness(w, lay.radius());
        if (Double.isFinite(w)) {
            // Butt caps are a third of the cost of round ones; the ends hide under the neurons.
            g.setColor(GlassboxTheme.signColor(w));
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        } else {
            g.setColor(GlassboxTheme.color(GlassboxTheme.WARNING));
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 4f}, 0f));
        }
        g.draw(line);
    }

    private void paintHalo(Graphics2D g, NetworkLayout lay, EpochTrace t, Scene s, NetworkElement e, float alpha) {
        if (!(e instanceof Connection c)) {
            return;
        }
        double w = weightAt(t, c.layer(), c.from(), c.to(), s);
        segment(lay, c.layer(), c.from(), c.to());
        Composite old = g.getComposite();
        g.setComposite(AlphaComposite.SrcOver.derive(alpha));
        g.setColor(GlassboxTheme.color(GlassboxTheme.HIGHLIGHT));
        g.setStroke(new BasicStroke(thickness(w, lay.radius()) + 9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.setComposite(old);
    }

    /** Sets {@link #line} to the connection's segment, reaching {@link #TUCK} pixels under both rims. */
    private void segment(NetworkLayout lay, int l, int i, int j) {
        Connection c = new Connection(l, i, j);
        lay.pointAlong(c, 0, point);
        line.x1 = point.x;
        line.y1 = point.y;
        lay.pointAlong(c, 1, point);
        line.x2 = point.x;
        line.y2 = point.y;
        double len = Math.hypot(line.x2 - line.x1, line.y2 - line.y1);
        double dx = (line.x2 - line.x1) / len * TUCK;
        double dy = (line.y2 - line.y1) / len * TUCK;
        line.x1 -= dx;
        line.y1 -= dy;
        line.x2 += dx;
        line.y2 += dy;
    }

    // ---------------------------------------------------------------- weight labels

    private void paintWeightLabels(Graphics2D g, NetworkLayout lay, TraceReadings r, Scene s, Font font) {
        for (int l = 0; l + 1 < lay.layers(); l++) {
            for (int j = 0; j < lay.size(l + 1); j++) {
                for (int i = 0; i < lay.size(l); i++) {
                    paintWeightLabel(g, lay, r, s, new Connection(l, i, j), NetworkLayout.WEIGHT_LABEL_AT, font);
                }
            }
        }
        paintHighlightedWeightLabel(g, lay, r, s, NetworkLayout.WEIGHT_LABEL_AT, font);
    }

    /** The hovered or selected connection's label, drawn on top (and even where labels do not all fit). */
    /** The label of the hovered or selected connection, at fraction {@code at} along it. */
    private void paintHighlightedWeightLabel(Graphics2D g, NetworkLayout lay, TraceReadings r, Scene s, double at,
            Font font) {
        NetworkElement e = s.hovered() != null ? s.hovered() : s.selected();
        if (e instanceof Connection c) {
            paintWeightLabel(g, lay, r, s, c, at, font);
        }
    }

    private void paintWeightLabel(Graphics2D g, NetworkLayout lay, TraceReadings r, Scene s, Connection c, double at,
            Font font) {
        double w = weightAt(r.trace, c.layer(), c.from(), c.to(), s);
        String text = s.phase() == Phase.UPDATE ? TraceReadings.format(w) : r.weight(c);
        lay.pointAlong(c, at, point);
        Color edge = Double.isFinite(w) ? GlassboxTheme.signColor(w) : GlassboxTheme.color(GlassboxTheme.WARNING);
        g.setFont(font);
        ValueLabel.paint(g, text, point.x, point.y, GlassboxTheme.color(GlassboxTheme.BACKGROUND), edge,
                GlassboxTheme.color(GlassboxTheme.TEXT));
    }

    // ---------------------------------------------------------------- neurons

    private void paintNeurons(Graphics2D g, NetworkLayout lay, TraceReadings r, Scene s, Fonts fonts) {
        Font value = fitted(g, fonts.value(), lay.radius(), WIDEST_NUMBER);
        boolean brief = value == null;
        if (brief) {
            value = fitted(g, fonts.value(), lay.radius(), WIDEST_BRIEF_NUMBER);
        }
        int depth = lay.layers() - 1;
        for (int l = 0; l <= depth; l++) {
            boolean reached = l <= PacketPainter.forwardFront(s, depth);
            for (int j = 0; j < lay.size(l); j++) {
                paintNeuron(g, lay, r, s, l, j, reached ? value : null, brief);
                if (l > 0) {
                    paintTags(g, lay, r, s, new NeuronId(l, j), reached, fonts.tag());
                }
                Marker m = r.marker(l, j);
                if (m != null && reached) {
                    Rectangle2D b = lay.markerBox(new NeuronId(l, j));
                    m.paint(g, b.getX(), b.getY(), b.getWidth());
                }
            }
        }
        g.setFont(fonts.tag());
        g.setColor(GlassboxTheme.color(GlassboxTheme.TEXT));
        if (depth <= PacketPainter.forwardFront(s, depth)) {
            FontMetrics fm = g.getFontMetrics();
            for (int j = 0; j < lay.size(depth); j++) {
                g.drawString(r.target(j), (float) (lay.x(depth) + lay.radius() + 10),
                        (float) (lay.y(depth, j) + (fm.getAscent() - fm.getDescent()) / 2.0));
            }
        }
    }

    /**
     * {@code font}, or a smaller one where needed so that the box of {@code text} (its width by the
     * font's ascent, which holds the digits) stays within {@link NetworkLayout#VALUE_FILL} of a neuron's radius; null when
     * that would be too small to read. The size follows the zoom through {@code font} until the
     * neuron is full.
     */
    static Font fitted(Graphics2D g, Font font, double radius, String text) {
        FontMetrics fm = g.getFontMetrics(font);
        double reach = Math.hypot(fm.stringWidth(text) / 2.0, fm.getAscent() / 2.0);
        double scale = Math.min(1, NetworkLayout.VALUE_FILL * radius / reach);
        float size = (float) (font.getSize2D() * scale);
        return size < 8f ? null : scale == 1 ? font : font.deriveFont(size);
    }

    private void paintNeuron(Graphics2D g, NetworkLayout lay, TraceReadings r, Scene s, int l, int j, Font value,
            boolean brief) {
        NeuronId id = new NeuronId(l, j);
        String text = value == null ? null : brief ? r.briefValue(l, j) : r.value(l, j);
        Composite composite = g.getComposite();
        neuronRenderer.paintNeuron(g, new NeuronCell(id, lay.x(l), lay.y(l, j), lay.radius(), r.trace, r.sample,
                id.equals(s.hovered()), id.equals(s.selected()), text, value));
        // Whatever the renderer changed, the rest of the frame is drawn as before it.
        g.setComposite(composite);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    /** The lines under a neuron: its bias, then on request z and δ; δ also as the backward pass reaches it. */
    private void paintTags(Graphics2D g, NetworkLayout lay, TraceReadings r, Scene s, NeuronId id, boolean reached,
                           Font font) {
        int l = id.layer();
        int j = id.index();
        g.setFont(font);
        int line = 0;
        if (line < lay.tagLines()) {
            Parameters before = r.trace.before();
            String bias = s.phase() == Phase.UPDATE
                    ? "b = " + TraceReadings.format(before.bias(l - 1, j)
                            + (r.trace.after().bias(l - 1, j) - before.bias(l - 1, j)) * s.progress())
                    : r.bias(l, j);
            tag(g, bias, lay.x(l), lay.tagBaseline(id, line++), GlassboxTheme.TEXT);
        }
        if (s.details() && reached && line < lay.tagLines()) {
            tag(g, r.z(l, j), lay.x(l), lay.tagBaseline(id, line++), GlassboxTheme.TEXT);
        }
        // δ exists only once the backward pass has reached the neuron.
        boolean deltaKnown = switch (s.phase()) {
            case FORWARD -> false;
            case BACKWARD -> l >= PacketPainter.backwardFront(s, lay.layers() - 1);
            case IDLE, UPDATE -> s.details();
        };
        if (deltaKnown && line < lay.tagLines()) {
            tag(g, r.delta(l, j), lay.x(l), lay.tagBaseline(id, line), GlassboxTheme.BACKWARD);
        }
    }

    /** A tag line on a translucent plate of the background, so it reads over crossing wires. */
    private void tag(Graphics2D g, String text, double cx, double baseline, String colorKey) {
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(text) + 4;
        Composite old = g.getComposite();
        g.setComposite(AlphaComposite.SrcOver.derive(0.8f));
        g.setColor(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
        plate.setRect(cx - w / 2, baseline - fm.getAscent(), w, fm.getAscent() + fm.getDescent());
        g.fill(plate);
        g.setComposite(old);
        g.setColor(GlassboxTheme.color(colorKey));
        drawCentered(g, text, cx, baseline);
    }

    // ---------------------------------------------------------------- keyboard focus

    private void paintFocus(Graphics2D g, NetworkLayout lay, EpochTrace t, Scene s) {
        NetworkElement e = s.focus();
        if (e == null) {
            return;
        }
        Shape ring;
        if (e instanceof NeuronId n) {
            double rad = lay.radius() + 8;
            ring = new Ellipse2D.Double(lay.x(n.layer()) - rad, lay.y(n.layer(), n.index()) - rad, 2 * rad, 2 * rad);
        } else {
            Connection c = (Connection) e;
            segment(lay, c.layer(), c.from(), c.to());
            float width = thickness(weightAt(t, c.layer(), c.from(), c.to(), s), lay.radius()) + 14f;
            ring = new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(line);
        }
        g.setColor(GlassboxTheme.color(GlassboxTheme.HIGHLIGHT));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f));
        g.draw(ring);
    }

    static void drawCentered(Graphics2D g, String text, double cx, double baseline) {
        g.drawString(text, (float) (cx - g.getFontMetrics().stringWidth(text) / 2.0), (float) baseline);
    }
}
