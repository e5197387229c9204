package dev.glassbox.swing.network;

import dev.glassbox.swing.internal.explain.Shown;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.network.NetworkPainter.Scene;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the texts on the network go: the weight labels on the connections, the tag lines under the
 * neurons (bias, {@code z}, {@code δ}) and the targets beside the outputs, and, in a network too
 * dense to label every weight, the value of the hovered and of the selected neuron and the weights
 * of its connections. What only hovering shows is placed where its box overlaps no neuron, no
 * other label and stays inside the view, trying a few spots along each connection; what does not
 * fit anywhere is left to the tooltip (and a pointed-at weight to the caption). The painter draws exactly these boxes, so a test reading them
 * reads what the user sees.
 */
final class Labels {
    /** What a label is, which decides how it is drawn. */
    enum Kind {
        /** A weight on its connection, on a plate outlined in the weight's sign color. */
        WEIGHT,
        /** A line under a neuron (bias, z, δ) on a translucent plate. */
        TAG,
        /** An output's target beside it. */
        TARGET,
        /** The number of a hovered or selected neuron too small to hold it, beside the neuron. */
        VALUE
    }

    /**
     * One label.
     *
     * @param kind     how it is drawn
     * @param text     its text
     * @param box      the box it covers (a plate's outline, a text's ink box)
     * @param element  the connection or neuron it belongs to
     * @param weight   the weight shown, for a {@link Kind#WEIGHT} label's color; else 0
     * @param colorKey the theme key of its text color
     * @param pointed  whether it shows because its element is hovered or selected (drawn last, on top)
     */
    record Label(Kind kind, String text, Rectangle2D box, NetworkElement element, double weight, String colorKey,
                 boolean pointed) {
    }

    /**
     * Where along a hovered or selected connection its weight may sit, best first (in a dense net
     * also a line or two above or below it, where its neighbours leave no room on it).
     */
    private static final double[] POINTED_AT = {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7};
    /** Where along a connection a weight shown on hover may sit, nearest first, from the far neuron's end. */
    private static final double[] FROM_FAR_END = {0.3, 0.2, 0.4, 0.5, 0.12, 0.6};
    /** The room kept clear around a pointed-at neuron's circle: its highlight ring. */
    private static final double RING = 5;
    /** The room kept clear around any other neuron's circle: none, a plate may touch it (dense nets leave little). */
    private static final double CLEAR = 0;

    private final NetworkLayout lay;
    private final FontMetrics fm;
    private final Scene scene;
    private final List<Label> labels = new ArrayList<>();

    private Labels(NetworkLayout lay, FontMetrics fm, Scene scene) {
        this.lay = lay;
        this.fm = fm;
        this.scene = scene;
    }

    /**
     * The labels of a frame.
     *
     * @param lay           the geometry
     * @param r             the trace's texts
     * @param s             the frame's moment and the pointed-at elements
     * @param fm            the metrics of the tag font, in which every label is written
     * @param valuesInside  whether the neurons hold their numbers (else the pointed-at ones get a label)
     * @return every label, in the order to draw
     */
    static List<Label> of(NetworkLayout lay, TraceReadings r, Scene s, FontMetrics fm, boolean valuesInside) {
        Labels out = new Labels(lay, fm, s);
        out.tagsAndTargets(r, s);
        NetworkElement pointed = s.hovered() != null ? s.hovered() : s.selected();
        if (lay.weightLabelsFit()) {
            out.allWeights(r, s, pointed);
        } else if (pointed instanceof Connection c) {
            out.pointedWeight(r, s, c);
        }
        for (NetworkElement e : new NetworkElement[] {s.hovered(), s.selected()}) {
            if (e instanceof NeuronId n && (!valuesInside || !lay.weightLabelsFit())) {
                out.around(r, s, n, valuesInside);
            }
        }
        return out.labels;
    }

    // ---------------------------------------------------------------- always shown

    private void tagsAndTargets(TraceReadings r, Scene s) {
        int depth = lay.layers() - 1;
        boolean outputsReached = depth <= PacketPainter.forwardFront(s, depth);
        for (int l = 1; l <= depth; l++) {
            boolean reached = l <= PacketPainter.forwardFront(s, depth);
            for (int j = 0; j < lay.size(l); j++) {
                tags(r, s, new NeuronId(l, j), reached);
            }
        }
        if (outputsReached) {
            // Beside every output where the outputs are spaced for a line of text each; else beside
            // the pointed-at output only (the caption has them all).
            double line = fm.getAscent() + fm.getDescent();
            boolean all = lay.size(depth) == 1 || lay.y(depth, 1) - lay.y(depth, 0) >= line;
            for (int j = 0; j < lay.size(depth); j++) {
                NeuronId id = new NeuronId(depth, j);
                if (all || id.equals(s.hovered()) || id.equals(s.selected())) {
                    String t = r.target(j);
                    double x = lay.x(depth) + lay.radius() + 10;
                    Rectangle2D box = new Rectangle2D.Double(x, lay.y(depth, j) - line / 2, fm.stringWidth(t), line);
                    if (all || free(box)) {
                        add(Kind.TARGET, t, box, id, 0, GlassboxTheme.TEXT, false);
                    }
                }
            }
        }
    }

    /** The lines under a neuron: its bias, then on request z and δ; δ also as the backward pass reaches it. */
    private void tags(TraceReadings r, Scene s, NeuronId id, boolean reached) {
        int l = id.layer();
        int j = id.index();
        int line = 0;
        if (line < lay.tagLines()) {
            Parameters before = r.before;
            String bias = s.phase() == Phase.UPDATE
                    ? "b = " + TraceReadings.format(before.bias(l - 1, j)
                            + (r.after.bias(l - 1, j) - before.bias(l - 1, j)) * s.progress())
                    : r.bias(l, j);
            tag(bias, id, line++, GlassboxTheme.TEXT);
        }
        if (s.details() && reached && line < lay.tagLines()) {
            tag(s.hides(Shown.Z, id, r.sample) ? concealed(r.z(l, j)) : r.z(l, j), id, line++, GlassboxTheme.TEXT);
        }
        // δ exists only once the backward pass has reached the neuron.
        boolean deltaKnown = switch (s.phase()) {
            case FORWARD -> false;
            case BACKWARD -> l >= PacketPainter.backwardFront(s, lay.layers() - 1);
            case IDLE, UPDATE -> s.details();
        };
        if (deltaKnown && line < lay.tagLines()) {
            tag(s.hides(Shown.DELTA, id, r.sample) ? concealed(r.delta(l, j)) : r.delta(l, j), id, line,
                    GlassboxTheme.BACKWARD);
        }
    }

    /** A tag "z = 0.377" as "z = ?" while its number is concealed. */
    private static String concealed(String tag) {
        return tag.substring(0, tag.indexOf('=') + 1) + " " + Concealed.MARK;
    }

    private void tag(String text, NeuronId id, int line, String colorKey) {
        double w = fm.stringWidth(text) + 4;
        double baseline = lay.tagBaseline(id, line);
        add(Kind.TAG, text, new Rectangle2D.Double(lay.x(id.layer()) - w / 2, baseline - fm.getAscent(), w,
                fm.getAscent() + fm.getDescent()), id, 0, colorKey, false);
    }

    /** Every weight, the pointed-at one marked to be drawn on top of its neighbours. */
    private void allWeights(TraceReadings r, Scene s, NetworkElement pointed) {
        for (int l = 0; l + 1 < lay.layers(); l++) {
            for (int j = 0; j < lay.size(l + 1); j++) {
                for (int i = 0; i < lay.size(l); i++) {
                    Connection c = new Connection(l, i, j);
                    weight(r, s, c, weightText(r, s, c), lay.weightLabelCenter(c), c.equals(pointed));
                }
            }
        }
    }

    // ---------------------------------------------------------------- shown for what is pointed at

    /**
     * The pointed-at connection's label where the weights are not all labelled: halfway along, as
     * far from both neurons as it can be, or a little off where that is taken, in three digits or
     * else two; nowhere if nothing is free (then {@link CaptionPainter} writes it).
     */
    private void pointedWeight(TraceReadings r, Scene s, Connection c) {
        double w = NetworkPainter.weightAt(r, c.layer(), c.from(), c.to(), s);
        double h = 2 * ValueLabel.halfHeight(fm);
        for (String text : new String[] {weightText(r, s, c), TraceReadings.brief(w)}) {
            for (double dy : new double[] {0, -h, h, -2 * h, 2 * h}) {
                for (double t : POINTED_AT) {
                    Rectangle2D box = weightBox(text, c, t);
                    box.setRect(box.getX(), box.getY() + dy, box.getWidth(), box.getHeight());
                    if (free(box)) {
                        add(Kind.WEIGHT, text, box, c, w, GlassboxTheme.TEXT, true);
                        return;
                    }
                }
            }
        }
        // Nowhere free (a dense net at a high zoom): the caption says it instead.
    }

    /**
     * Places the weight of {@code c} at the first fraction along it where it is free, in three
     * digits, or else where the two-digit form is free.
     */
    private void placeWeight(TraceReadings r, Scene s, Connection c, double[] fractions) {
        double w = NetworkPainter.weightAt(r, c.layer(), c.from(), c.to(), s);
        for (String text : new String[] {weightText(r, s, c), TraceReadings.brief(w)}) {
            for (double t : fractions) {
                if (free(weightBox(text, c, t))) {
                    weight(r, s, c, text, t, true);
                    return;
                }
            }
        }
    }

    /**
     * A pointed-at neuron's number beside it (where the neuron cannot hold it) and, where the weights
     * are not all labelled, the weights of its connections near their other ends.
     */
    private void around(TraceReadings r, Scene s, NeuronId n, boolean valuesInside) {
        if (!valuesInside) {
            value(r, n);
        }
        if (lay.weightLabelsFit()) {
            return;
        }
        List<Connection> touching = new ArrayList<>();
        if (n.layer() > 0) {
            for (int i = 0; i < lay.size(n.layer() - 1); i++) {
                touching.add(new Connection(n.layer() - 1, i, n.index()));
            }
        }
        if (n.layer() + 1 < lay.layers()) {
            for (int k = 0; k < lay.size(n.layer() + 1); k++) {
                touching.add(new Connection(n.layer(), n.index(), k));
            }
        }
        for (Connection c : touching) {
            boolean incoming = c.layer() + 1 == n.layer();
            double[] fractions = new double[FROM_FAR_END.length];
            for (int k = 0; k < fractions.length; k++) {
                fractions[k] = incoming ? FROM_FAR_END[k] : 1 - FROM_FAR_END[k];
            }
            placeWeight(r, s, c, fractions);
        }
    }

    /** The neuron's number beside it: above, below, right or left, in three digits or else two. */
    private void value(TraceReadings r, NeuronId n) {
        for (String text : new String[] {r.value(n.layer(), n.index()), r.briefValue(n.layer(), n.index())}) {
            double hw = ValueLabel.halfWidth(fm, text);
            double hh = ValueLabel.halfHeight(fm);
            double x = lay.x(n.layer());
            double y = lay.y(n.layer(), n.index());
            double off = lay.radius() + RING + 1;
            double[][] spots = {{x, y - off - hh}, {x, y + off + hh}, {x + off + hw, y}, {x - off - hw, y}};
            for (double[] p : spots) {
                Rectangle2D box = new Rectangle2D.Double(p[0] - hw, p[1] - hh, 2 * hw, 2 * hh);
                if (free(box)) {
                    add(Kind.VALUE, text, box, n, 0, GlassboxTheme.TEXT, true);
                    return;
                }
            }
        }
    }

    // ---------------------------------------------------------------- boxes

    /** The weight of {@code c} as the frame shows it: moving from old to new during the update. */
    static String weightText(TraceReadings r, Scene s, Connection c) {
        double w = NetworkPainter.weightAt(r, c.layer(), c.from(), c.to(), s);
        return s.phase() == Phase.UPDATE ? TraceReadings.format(w) : r.weight(c);
    }

    private Rectangle2D weightBox(String text, Connection c, double t) {
        return box(text, lay.pointAlong(c, t));
    }

    private Rectangle2D box(String text, java.awt.geom.Point2D p) {
        double hw = ValueLabel.halfWidth(fm, text);
        double hh = ValueLabel.halfHeight(fm);
        return new Rectangle2D.Double(p.getX() - hw, p.getY() - hh, 2 * hw, 2 * hh);
    }

    private void weight(TraceReadings r, Scene s, Connection c, String text, double t, boolean pointed) {
        weight(r, s, c, text, lay.pointAlong(c, t), pointed);
    }

    private void weight(TraceReadings r, Scene s, Connection c, String text, java.awt.geom.Point2D at, boolean pointed) {
        double w = NetworkPainter.weightAt(r, c.layer(), c.from(), c.to(), s);
        add(Kind.WEIGHT, text, box(text, at), c, w, GlassboxTheme.TEXT, pointed);
    }

    private void add(Kind kind, String text, Rectangle2D box, NetworkElement e, double w, String colorKey,
            boolean pointed) {
        labels.add(new Label(kind, text, box, e, w, colorKey, pointed));
    }

    /** Whether {@code box} is inside the view and clear of every label and every neuron (and its ring). */
    private boolean free(Rectangle2D box) {
        if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > lay.width() || box.getMaxY() > lay.height()) {
            return false;
        }
        for (Label l : labels) {
            if (l.box().intersects(box)) {
                return false;
            }
        }
        for (NetworkElement e : new NetworkElement[] {scene.hovered(), scene.selected()}) {
            if (e instanceof NeuronId n && overlaps(lay, box, n, RING)) {
                return false;
            }
        }
        return !overlapsNeuron(lay, box, CLEAR);
    }

    private static boolean overlaps(NetworkLayout lay, Rectangle2D box, NeuronId n, double margin) {
        double cx = lay.x(n.layer());
        double cy = lay.y(n.layer(), n.index());
        double nx = Math.max(box.getMinX(), Math.min(cx, box.getMaxX()));
        double ny = Math.max(box.getMinY(), Math.min(cy, box.getMaxY()));
        return Math.hypot(nx - cx, ny - cy) < lay.radius() + margin;
    }

    /** Whether {@code box} comes within {@code margin} of a neuron's circle. */
    static boolean overlapsNeuron(NetworkLayout lay, Rectangle2D box, double margin) {
        double reach = lay.radius() + margin;
        for (int l = 0; l < lay.layers(); l++) {
            double cx = lay.x(l);
            if (cx + reach < box.getMinX() || cx - reach > box.getMaxX()) {
                continue;
            }
            for (int j = 0; j < lay.size(l); j++) {
                if (overlaps(lay, box, new NeuronId(l, j), margin)) {
                    return true;
                }
            }
        }
        return false;
    }
}
