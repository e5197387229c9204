package dev.glassbox.swing.network;

import dev.glassbox.swing.internal.explain.Shown;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.swing.model.InspectionModel;
import dev.glassbox.swing.internal.marker.Marker;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
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
import java.util.List;

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
    /** The smallest size, in points, an activation's name under its layer is drawn in. */
    private static final float LEAST_HEADER = 9f;
    /** How far wires reach under the neurons' rims, so their square ends never show. */
    private static final double TUCK = 2;

    /** What a frame shows beyond the trace: the animation moment, the pointed-at elements, the detail level. */
    record Scene(Phase phase, double progress, NetworkElement hovered, NetworkElement selected,
                 NetworkElement focus, boolean details, InspectionModel inspection) {
        /** Whether a number of {@code e} on {@code sample} is to be drawn as {@link Concealed#MARK}. */
        boolean hides(Shown what, NetworkElement e, int sample) {
            return what.hidden(inspection, e, sample);
        }
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
    private final SoftmaxPainter softmax = new SoftmaxPainter();
    private final Line2D.Double line = new Line2D.Double();
    private final Point2D.Double point = new Point2D.Double();
    private NeuronRenderer neuronRenderer = NeuronRenderer.standard();

    /** Draws each neuron with {@code renderer} from the next frame on. */
    void setNeuronRenderer(NeuronRenderer renderer) {
        neuronRenderer = renderer;
    }
    /** The labels of the last frame painted. */
    private List<Labels.Label> painted = List.of();

    void paint(Graphics2D g, NetworkLayout lay, TraceReadings r, Scene s, Fonts fonts) {
        paintHeaders(g, lay, r.trace.architecture(), fonts.header(), fonts.caption());
        paintConnections(g, lay, r, s);
        // Packets under every label: they move, so a label they passed over would flicker.
        packets.paint(g, lay, r, s, fonts.tag());
        softmax.paint(g, lay, r, s, fonts.tag());
        Font full = fitted(g, fonts.value(), lay.radius(), WIDEST_NUMBER);
        boolean brief = full == null;
        Font value = brief ? fitted(g, fonts.value(), lay.radius(), WIDEST_BRIEF_NUMBER) : full;
        List<Labels.Label> labels = Labels.of(lay, r, s, g.getFontMetrics(fonts.tag()), value != null);
        painted = labels;
        g.setFont(fonts.tag());
        paintLabels(g, labels, Labels.Kind.WEIGHT, false);
        paintNeurons(g, lay, r, s, value, brief);
        paintLabels(g, labels, Labels.Kind.TAG, false);
        paintLabels(g, labels, Labels.Kind.TARGET, false);
        for (Labels.Kind kind : Labels.Kind.values()) {
            paintLabels(g, labels, kind, true);
        }
        paintFocus(g, lay, r, s);
        caption.paint(g, lay, r, s.phase(), fonts.caption(), unplacedWeight(r, s, labels));
    }

    /** "hidden 1.2 → output: w = 0.334" for a pointed-at connection whose label found no room, else null. */
    private static String unplacedWeight(TraceReadings r, Scene s, List<Labels.Label> labels) {
        NetworkElement e = s.hovered() != null ? s.hovered() : s.selected();
        if (!(e instanceof Connection c) || labels.stream().anyMatch(l -> c.equals(l.element()))) {
            return null;
        }
        return Names.connection(r.trace.architecture(), c) + ":  w = " + Labels.weightText(r, s, c);
    }

    // ---------------------------------------------------------------- header

    /**
     * The layer names and, under them, the activations: the names shortened ("h1") where a column
     * is too narrow for them, the activations in a smaller font (down to {@link #LEAST_HEADER}
     * points) rather than left out.
     */
    private void paintHeaders(Graphics2D g, NetworkLayout lay, Architecture arch, Font name, Font activation) {
        double room = lay.columnPitch() - 8;
        boolean compact = false;
        double widest = 0;
        for (int l = 0; l < lay.layers(); l++) {
            compact |= g.getFontMetrics(name).stringWidth(Names.layer(arch, l)) > room;
            if (l > 0) {
                widest = Math.max(widest, g.getFontMetrics(activation).stringWidth(arch.activation(l).id()));
            }
        }
        float size = (float) (activation.getSize2D() * Math.min(1, room / Math.max(1, widest)));
        Font activations = size >= LEAST_HEADER ? activation.deriveFont(size) : null;
        for (int l = 0; l < lay.layers(); l++) {
            g.setFont(name);
            g.setColor(GlassboxTheme.color(GlassboxTheme.TEXT));
            drawCentered(g, compact ? compactLayerName(arch, l) : Names.layer(arch, l), lay.x(l), lay.headerBaseline(0));
            if (l > 0 && activations != null) {
                g.setFont(activations);
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

    /**
     * The weight a frame shows, the one the viewed sample was computed with: during the update
     * phase it moves from its old value to its new one.
     */
    static double weightAt(TraceReadings r, int l, int i, int j, Scene s) {
        double before = r.before.weight(l, j, i);
        // A concealed updated weight stays where it was until the answer is in.
        if (s.phase() != Phase.UPDATE || s.hides(Shown.UPDATED_WEIGHT, new Connection(l, i, j), r.sample)) {
            return before;
        }
        return before + (r.after.weight(l, j, i) - before) * s.progress();
    }

    /** The stroke width of a weight: grows with |w| and levels off, within the neuron's scale. */
    static float thickness(double w, double radius) {
        double max = Math.max(2, Math.min(8, radius * 0.28));
        double grow = Double.isFinite(w) ? 1 - Math.exp(-Math.abs(w) / 1.5) : 0;
        return (float) (0.75 + (max - 0.75) * grow);
    }

    private void paintConnections(Graphics2D g, NetworkLayout lay, TraceReadings t, Scene s) {
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

    private void paintConnection(Graphics2D g, NetworkLayout lay, TraceReadings t, Scene s, int l, int i, int j) {
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

    private void paintHalo(Graphics2D g, NetworkLayout lay, TraceReadings t, Scene s, NetworkElement e, float alpha) {
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

    // ---------------------------------------------------------------- labels

    /** The labels of the last frame painted, as drawn (for tests). */
    List<Labels.Label> paintedLabels() {
        return painted;
    }

    /** The caption of the last frame painted (for tests). */
    CaptionPainter caption() {
        return caption;
    }

    /** The softmax outputs' share bar of the last frame painted (for tests). */
    SoftmaxPainter softmax() {
        return softmax;
    }

    /** The labels of {@code kind}, those shown for a pointed-at element or the others. */
    private void paintLabels(Graphics2D g, List<Labels.Label> labels, Labels.Kind kind, boolean pointed) {
        Color background = GlassboxTheme.color(GlassboxTheme.BACKGROUND);
        for (Labels.Label l : labels) {
            if (l.kind() != kind || l.pointed() != pointed) {
                continue;
            }
            Rectangle2D b = l.box();
            switch (kind) {
                case WEIGHT -> ValueLabel.paint(g, l.text(), b.getCenterX(), b.getCenterY(), background,
                        Double.isFinite(l.weight()) ? GlassboxTheme.signColor(l.weight()) : GlassboxTheme.color(GlassboxTheme.WARNING),
                        GlassboxTheme.color(GlassboxTheme.TEXT));
                case VALUE -> ValueLabel.paint(g, l.text(), b.getCenterX(), b.getCenterY(), background,
                        GlassboxTheme.color(GlassboxTheme.HIGHLIGHT), GlassboxTheme.color(GlassboxTheme.TEXT));
                case TAG -> {
                    // On a translucent plate of the background, so it reads over crossing wires.
                    Composite old = g.getComposite();
                    g.setComposite(AlphaComposite.SrcOver.derive(0.8f));
                    g.setColor(background);
                    g.fill(b);
                    g.setComposite(old);
                    g.setColor(GlassboxTheme.color(l.colorKey()));
                    drawCentered(g, l.text(), b.getCenterX(), b.getY() + g.getFontMetrics().getAscent());
                }
                case TARGET -> {
                    g.setColor(GlassboxTheme.color(l.colorKey()));
                    g.drawString(l.text(), (float) b.getX(), (float) (b.getY() + g.getFontMetrics().getAscent()));
                }
            }
        }
    }

    // ---------------------------------------------------------------- neurons

    /**
     * The neurons, with their numbers in {@code value} (three digits, or two where {@code brief};
     * none where null) and their markers.
     */
    private void paintNeurons(Graphics2D g, NetworkLayout lay, TraceReadings r, Scene s, Font value, boolean brief) {
        int depth = lay.layers() - 1;
        for (int l = 0; l <= depth; l++) {
            boolean reached = l <= PacketPainter.forwardFront(s, depth);
            for (int j = 0; j < lay.size(l); j++) {
                paintNeuron(g, lay, r, s, l, j, reached ? value : null, brief);
                Marker m = r.marker(l, j);
                if (m != null && reached) {
                    Rectangle2D b = lay.markerBox(new NeuronId(l, j));
                    m.paint(g, b.getX(), b.getY(), b.getWidth());
                }
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
        if (text != null && s.hides(Shown.A, id, r.sample)) {
            text = Concealed.MARK;
        }
        Composite composite = g.getComposite();
        Font font = g.getFont();
        neuronRenderer.paintNeuron(g, new NeuronCell(id, lay.x(l), lay.y(l, j), lay.radius(), r.trace, r.sample,
                id.equals(s.hovered()), id.equals(s.selected()), text, value));
        // Whatever the renderer changed, the rest of the frame is drawn as before it: left in the
        // value font, the tags painted after the neurons overran the boxes they were placed in.
        g.setComposite(composite);
        g.setFont(font);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    // ---------------------------------------------------------------- keyboard focus

    private void paintFocus(Graphics2D g, NetworkLayout lay, TraceReadings t, Scene s) {
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
