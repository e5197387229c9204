package dev.glassbox.swing.network;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where every neuron and connection of a network sits in an area of a given size: one column per
 * layer from left to right, neuron centers and a common radius, connection segments from rim to
 * rim, the boxes of the markers and value labels, and hit-testing. Pure geometry in logical pixels
 * for any topology up to 8 layers of 16 neurons; immutable, so a view keeps one per size and
 * topology.
 *
 * <p>Bands: layer names (two text lines) on top, a caption line at the bottom, room on the right
 * for the output targets. Under each neuron up to three tag lines (bias, {@code z}, {@code δ}) fit
 * where the neurons are spaced widely enough. Neurons take a sixth of the column pitch, and up to a
 * quarter where that is needed to hold their number at full size: all text grows with the
 * presentation zoom, so at a high zoom the neurons grow too, as far as the space allows — but not
 * at the price of the weight labels: where larger neurons would crowd them out, they stay small.
 */
final class NetworkLayout {
    /**
     * Where along a connection (0 = source rim, 1 = target rim) its weight label may sit, best
     * first: two thirds of the way, where the labels of crossing connections are apart, or nearer
     * the middle where a large target neuron leaves no room there.
     */
    private static final double[] WEIGHT_LABEL_AT = {0.66, 0.58, 0.5, 0.74, 0.42, 0.34, 0.26};
    /** How often the neurons' growth is halved in the search for the largest that leaves the weight labels room. */
    private static final int GROWTH_STEPS = 5;
    /** How much larger than a tag the number inside a neuron is drawn, where the neuron holds it. */
    static final float VALUE_SCALE = 1.75f;
    /** The share of a neuron's radius that the box of its number may reach, clear of the rim. */
    static final double VALUE_FILL = 0.9;
    /** Most tag lines under a neuron: bias, z, δ. */
    static final int MAX_TAG_LINES = 3;

    private static final double PAD = 8;
    /**
     * How far below its line a tag's plate may reach, in lines: the baseline sits 0.8 of a line
     * down, the descent hangs below it (a quarter of a line and more in some fonts). Without it the
     * last tag line touched the neuron below ("b = 0" on the next circle in 2-4-4-1).
     */
    private static final double TAG_OVERHANG = 0.15;
    /** The gap between a neuron's rim and its first tag line, clear of highlight rings. */
    private static final double TAG_GAP = 6;

    private final int[] sizes;
    private final double width;
    private final double height;
    private final double lineHeight;
    private final double numberWidth;
    private final double radius;
    private final double spacing;
    private final int tagLines;
    private final double[] columnX;
    private final double[][] centerY;
    private final boolean weightLabelsFit;
    /** Where along each connection its weight label sits, by layer, target and source; null where they do not fit. */
    private final double[][][] labelAt;

    /**
     * The layout of a network with layer sizes {@code sizes} in a {@code width × height} area.
     *
     * @param lineHeight  the height of one line of label text
     * @param numberWidth the width of the widest number label (e.g. "−0.000"), for placing labels
     */
    public static NetworkLayout of(int[] sizes, double width, double height, double lineHeight, double numberWidth) {
        NetworkLayout grown = new NetworkLayout(sizes, width, height, lineHeight, numberWidth, 1);
        if (grown.weightLabelsFit()) {
            return grown;
        }
        NetworkLayout small = new NetworkLayout(sizes, width, height, lineHeight, numberWidth, 0);
        if (!small.weightLabelsFit()) {
            return grown;
        }
        // The weights on the connections matter more than larger numbers in the neurons: the neurons
        // grow only as far as every label still fits (found by bisection; a few steps are a pixel).
        NetworkLayout best = small;
        double fits = 0;
        double crowds = 1;
        for (int step = 0; step < GROWTH_STEPS; step++) {
            double growth = (fits + crowds) / 2;
            NetworkLayout tried = new NetworkLayout(sizes, width, height, lineHeight, numberWidth, growth);
            if (tried.weightLabelsFit()) {
                best = tried;
                fits = growth;
            } else {
                crowds = growth;
            }
        }
        return best;
    }

    /**
     * @param growth how far the neurons grow toward holding their number at full size: 0 not at all
     *               (a sixth of the column pitch), 1 as far as needed (up to a quarter)
     */
    private NetworkLayout(int[] sizes, double width, double height, double lineHeight, double numberWidth,
            double growth) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network has at least two layers");
        }
        this.sizes = sizes.clone();
        this.width = width;
        this.height = height;
        this.lineHeight = lineHeight;
        this.numberWidth = numberWidth;
        int depth = sizes.length - 1;
        int widest = Arrays.stream(sizes).max().orElse(1);

        double top = headerHeight() + PAD;
        double bottom = height - lineHeight - 2 * PAD;
        double left = PAD + lineHeight * 0.5;
        double right = width - PAD - targetRoom();
        double rowPitch = Math.max(1, bottom - top) / widest;
        double colPitch = Math.max(1, right - left) / (depth + 0.6);
        double holdsValue = numberWidth * VALUE_SCALE / (2 * VALUE_FILL);
        double least = colPitch * 0.17;
        double across = least + growth * (Math.max(least, Math.min(colPitch * 0.25, holdsValue)) - least);
        radius = Math.max(1, Math.min(Math.min(rowPitch * 0.3, across), lineHeight * 3.4));
        spacing = Math.min(rowPitch, Math.max(7 * radius, 2 * radius + TAG_GAP + MAX_TAG_LINES * lineHeight));
        // A tag ("δ = −4.98e−5") must also fit between the columns.
        boolean tagsFitAcross = numberWidth * 1.35 + lineHeight * 1.5 < colPitch - 4;
        tagLines = tagsFitAcross
                ? (int) Math.max(0, Math.min(MAX_TAG_LINES,
                        Math.floor((spacing - 2 * radius - TAG_GAP - TAG_OVERHANG * lineHeight) / lineHeight)))
                : 0;

        columnX = new double[sizes.length];
        double first = left + radius;
        double last = right - radius;
        for (int l = 0; l <= depth; l++) {
            columnX[l] = first + l * (last - first) / depth;
        }
        // Each neuron's slot holds the circle and its tags below, so the circle sits above the slot's middle.
        double middle = (top + bottom) / 2 - tagLines * lineHeight / 2;
        centerY = new double[sizes.length][];
        for (int l = 0; l <= depth; l++) {
            centerY[l] = new double[sizes[l]];
            for (int j = 0; j < sizes[l]; j++) {
                centerY[l][j] = middle + (j - (sizes[l] - 1) / 2.0) * spacing;
            }
        }
        labelAt = placeWeightLabels();
        weightLabelsFit = labelAt != null;
    }

    /** Whether this layout was made for these sizes and measures (so it can be reused). */
    boolean matches(int[] otherSizes, double w, double h, double line, double number) {
        return w == width && h == height && line == lineHeight && number == numberWidth
                && Arrays.equals(sizes, otherSizes);
    }

    private double headerHeight() {
        return 2 * lineHeight + PAD;
    }

    private double targetRoom() {
        return 4 * lineHeight;
    }

    // ---------------------------------------------------------------- the network's shape

    /** The number of layers, input included. */
    public int layers() {
        return sizes.length;
    }

    /** The number of neurons in layer {@code layer}. */
    public int size(int layer) {
        return sizes[layer];
    }

    /** The width of the laid-out area. */
    public double width() {
        return width;
    }

    /** The height of the laid-out area. */
    public double height() {
        return height;
    }

    // ---------------------------------------------------------------- neurons

    /** The radius shared by every neuron. */
    public double radius() {
        return radius;
    }

    /** The x of layer {@code layer}'s column. */
    public double x(int layer) {
        return columnX[layer];
    }

    /** The y of neuron {@code index} of layer {@code layer}. */
    public double y(int layer, int index) {
        return centerY[layer][index];
    }

    /** The neuron's center. */
    public Point2D center(NeuronId id) {
        return new Point2D.Double(x(id.layer()), y(id.layer(), id.index()));
    }

    /** The box of the neuron's marker (padlock, dead mark, warning), at its top right rim. */
    public Rectangle2D markerBox(NeuronId id) {
        double s = markerSize();
        double cx = x(id.layer()) + radius * 0.8;
        double cy = y(id.layer(), id.index()) - radius * 0.8;
        return new Rectangle2D.Double(cx - s / 2, cy - s / 2, s, s);
    }

    /** The side of a marker box: large enough to read, small enough not to reach the next neuron. */
    double markerSize() {
        return Math.min(Math.max(radius * 0.65, lineHeight * 0.9), spacing * 0.45);
    }

    // ---------------------------------------------------------------- connections

    /** The connection's segment, from the source's rim to the target's rim. */
    public Line2D segment(Connection c) {
        Point2D.Double a = new Point2D.Double();
        Point2D.Double b = new Point2D.Double();
        pointAlong(c, 0, a);
        pointAlong(c, 1, b);
        return new Line2D.Double(a, b);
    }

    /** The point at fraction {@code t} of the connection's segment (0 = source rim, 1 = target rim). */
    public Point2D pointAlong(Connection c, double t) {
        Point2D.Double p = new Point2D.Double();
        pointAlong(c, t, p);
        return p;
    }

    /** {@link #pointAlong(Connection, double)} into {@code out}, allocation-free for painting. */
    void pointAlong(Connection c, double t, Point2D.Double out) {
        along(c, t, radius, out);
    }

    /**
     * The center of a packet — a box of the given half width and half height — at fraction
     * {@code t} of its travel along the connection (0 = leaving the source, 1 = reaching the
     * target), into {@code out}. The box never overlaps either neuron: it travels between the
     * points where its far corner touches the rims (halfway, when the neurons are too close for that).
     */
    void packetCenter(Connection c, double t, double halfWidth, double halfHeight, Point2D.Double out) {
        along(c, t, radius + Math.hypot(halfWidth, halfHeight), out);
    }

    /** The point at fraction {@code t} between the points {@code inset} from both neurons' centers. */
    private void along(Connection c, double t, double inset, Point2D.Double out) {
        double x0 = x(c.layer());
        double y0 = y(c.layer(), c.from());
        double x1 = x(c.layer() + 1);
        double y1 = y(c.layer() + 1, c.to());
        double len = Math.hypot(x1 - x0, y1 - y0);
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        double travel = Math.max(0, len - 2 * inset);
        double s = (len - travel) / 2 + t * travel;
        out.x = x0 + ux * s;
        out.y = y0 + uy * s;
    }

    /** The center of the connection's weight label (where the labels do not all fit, halfway along). */
    public Point2D weightLabelCenter(Connection c) {
        return pointAlong(c, labelAt != null ? labelAt[c.layer()][c.to()][c.from()] : 0.5);
    }

    /** Whether every weight label fits, clear of other labels and of neurons. */
    public boolean weightLabelsFit() {
        return weightLabelsFit;
    }

    /**
     * Puts each weight label at one of its places ({@link #WEIGHT_LABEL_AT}) where its plate — as
     * {@link ValueLabel} draws the widest number: the number and 0.6 of a line wide, 0.95 of a line
     * high — keeps a fifth of a line from every neuron and from the other labels between the same
     * two layers. Each label takes its first free place; where a later one then finds none, the
     * earlier ones move to their next places (a bounded search: where two connections cross, the
     * first label taken at the crossing would leave the other no room). Returns the places, or null
     * if some label has none.
     */
    private double[][][] placeWeightLabels() {
        double[][][] at = new double[sizes.length - 1][][];
        for (int l = 0; l + 1 < sizes.length; l++) {
            at[l] = new LabelSearch(l).places();
            if (at[l] == null) {
                return null;
            }
        }
        return at;
    }

    /** The search for the weight labels' places between layers {@code l} and {@code l + 1}. */
    private final class LabelSearch {
        /** The most places tried before the labels are taken not to fit (a dense pair of layers fails fast). */
        private static final int BUDGET = 2_000;
        /**
         * The most connections between two layers whose label places are ordered by the wires under
         * them (a count over every pair: beyond 8 × 8 the labels do not fit anyway, and the count would cost).
         */
        private static final int SORTED_PAIRS = 64;

        private final int l;
        private final double halfWidth;
        private final double halfHeight;
        private final double gap;
        /** Each connection's candidate centers that clear the neurons and their tags, in order of preference. */
        private final double[][] xs;
        private final double[][] ys;
        private final double[][] ts;
        private final int[] chosen;
        private int tried;

        LabelSearch(int l) {
            this.l = l;
            halfWidth = (numberWidth + lineHeight * 0.6) / 2;
            halfHeight = lineHeight * 0.95 / 2;
            gap = lineHeight * 0.2;
            int n = sizes[l] * sizes[l + 1];
            xs = new double[n][];
            ys = new double[n][];
            ts = new double[n][];
            chosen = new int[n];
            Point2D.Double p = new Point2D.Double();
            for (int k = 0; k < n; k++) {
                Connection c = connection(k);
                List<double[]> options = new ArrayList<>();
                for (double along : WEIGHT_LABEL_AT) {
                    pointAlong(c, along, p);
                    if (clearOfNeurons(l, p, halfWidth + gap, halfHeight + gap)) {
                        options.add(new double[] {p.x, p.y, along, n <= SORTED_PAIRS ? wiresUnder(c, p) : 0});
                    }
                }
                // A label on a crossing reads as the other wire's: places clear of other wires first.
                options.sort(Comparator.comparingDouble(o -> o[3]));
                xs[k] = options.stream().mapToDouble(o -> o[0]).toArray();
                ys[k] = options.stream().mapToDouble(o -> o[1]).toArray();
                ts[k] = options.stream().mapToDouble(o -> o[2]).toArray();
            }
        }

        /** How many other connections between the same layers pass under a label centered at {@code p}. */
        private int wiresUnder(Connection c, Point2D.Double p) {
            Rectangle2D plate = new Rectangle2D.Double(p.x - halfWidth, p.y - halfHeight, 2 * halfWidth, 2 * halfHeight);
            int under = 0;
            for (int k = 0; k < xs.length; k++) {
                Connection other = connection(k);
                if (!other.equals(c) && segment(other).intersects(plate)) {
                    under++;
                }
            }
            return under;
        }

        /** The connection labelled k-th: by target, then source. */
        private Connection connection(int k) {
            return new Connection(l, k % sizes[l], k / sizes[l]);
        }

        double[][] places() {
            for (double[] options : xs) {
                if (options.length == 0) {
                    return null;
                }
            }
            if (!place(0)) {
                return null;
            }
            double[][] out = new double[sizes[l + 1]][sizes[l]];
            for (int k = 0; k < chosen.length; k++) {
                Connection c = connection(k);
                out[c.to()][c.from()] = ts[k][chosen[k]];
            }
            return out;
        }

        /** Places labels k and after, each at a place clear of the labels before it. */
        private boolean place(int k) {
            if (k == chosen.length) {
                return true;
            }
            for (int option = 0; option < xs[k].length; option++) {
                if (++tried > BUDGET) {
                    return false;
                }
                if (clearOfPlaced(k, xs[k][option], ys[k][option])) {
                    chosen[k] = option;
                    if (place(k + 1)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean clearOfPlaced(int k, double x, double y) {
            for (int before = 0; before < k; before++) {
                if (Math.abs(xs[before][chosen[before]] - x) < 2 * halfWidth + gap
                        && Math.abs(ys[before][chosen[before]] - y) < 2 * halfHeight + gap) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Whether a box of half sizes {@code hw × hh} around {@code p} stays off the neurons of layers
     * {@code l} and {@code l + 1} and off the tag lines under them.
     */
    private boolean clearOfNeurons(int l, Point2D.Double p, double hw, double hh) {
        double tagHalfWidth = (numberWidth * 1.35 + lineHeight * 1.5) / 2;
        for (int layer = l; layer <= l + 1; layer++) {
            for (int j = 0; j < sizes[layer]; j++) {
                double dx = Math.max(0, Math.abs(x(layer) - p.x) - hw);
                double dy = Math.max(0, Math.abs(y(layer, j) - p.y) - hh);
                if (Math.hypot(dx, dy) < radius) {
                    return false;
                }
                double tagsTop = y(layer, j) + radius + TAG_GAP;
                double tagsBottom = tagsTop + tagLines * lineHeight + TAG_OVERHANG * lineHeight;
                if (layer > 0 && tagLines > 0 && Math.abs(x(layer) - p.x) < hw + tagHalfWidth
                        && p.y + hh > tagsTop && p.y - hh < tagsBottom) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- text bands

    /** How many tag lines (bias, z, δ) fit under each neuron: 0 to 3. */
    public int tagLines() {
        return tagLines;
    }

    /** The baseline of tag line {@code line} (0 = first) under a neuron. */
    double tagBaseline(NeuronId id, int line) {
        return y(id.layer(), id.index()) + radius + TAG_GAP + lineHeight * (line + 0.8);
    }

    /** The baseline of header line {@code line} (0 = layer name, 1 = activation). */
    double headerBaseline(int line) {
        return PAD + lineHeight * (line + 0.85);
    }

    /** The baseline of the caption. */
    double captionBaseline() {
        return height - PAD - lineHeight * 0.25;
    }

    /** The distance between neighbouring columns. */
    double columnPitch() {
        return sizes.length > 1 ? columnX[1] - columnX[0] : width;
    }

    // ---------------------------------------------------------------- hit-testing

    /** The neuron or connection at a point (neurons win over connections), or null. */
    public NetworkElement elementAt(double px, double py) {
        NeuronId n = neuronAt(px, py);
        return n != null ? n : connectionAt(px, py);
    }

    /** The neuron whose circle (with a small margin) holds the point, or null. */
    public NeuronId neuronAt(double px, double py) {
        for (int l = 0; l < sizes.length; l++) {
            if (Math.abs(px - x(l)) > radius + 3) {
                continue;
            }
            for (int j = 0; j < sizes[l]; j++) {
                if (Math.hypot(px - x(l), py - y(l, j)) <= radius + 3) {
                    return new NeuronId(l, j);
                }
            }
        }
        return null;
    }

    /** The connection nearest the point, if within a few pixels of its segment, or null. */
    public Connection connectionAt(double px, double py) {
        double tolerance = Math.max(4, radius * 0.25);
        Connection best = null;
        double bestDistance = tolerance;
        for (int l = 0; l + 1 < sizes.length; l++) {
            if (px < x(l) || px > x(l + 1)) {
                continue;
            }
            for (int j = 0; j < sizes[l + 1]; j++) {
                for (int i = 0; i < sizes[l]; i++) {
                    double d = Line2D.ptSegDist(x(l), y(l, i), x(l + 1), y(l + 1, j), px, py);
                    if (d <= bestDistance) {
                        bestDistance = d;
                        best = new Connection(l, i, j);
                    }
                }
            }
        }
        return best;
    }
}
