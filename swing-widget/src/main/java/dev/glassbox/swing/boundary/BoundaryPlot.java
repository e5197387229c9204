package dev.glassbox.swing.boundary;

import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Sample;
import dev.glassbox.swing.internal.boundary.BoundaryFrame;
import dev.glassbox.swing.internal.boundary.MapPalette;
import dev.glassbox.swing.internal.boundary.Plane;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.JComponent;

/**
 * The drawing of a {@link DecisionBoundaryView}: the map (or the curve) of the frame the view keeps,
 * the axes and the samples. It computes nothing but where things go.
 */
final class BoundaryPlot extends JComponent {
    /** The plot's preferred side, in em. */
    private static final float PREFERRED_EM = 22;
    /** The marker radius of a sample, in pixels before the zoom, at most: smaller when there are many, or the plot is small. */
    private static final double MARKER = 4.5;
    private static final double SMALL_MARKER = 2.5;
    /** A marker's diameter is at most this share of the plot's width. */
    private static final double MARKER_SHARE = 1 / 70.0;
    /** From this many samples on, the markers are small. */
    private static final int MANY_SAMPLES = 500;
    /** The samples' markers, drawn once per {@link #markersDrawn} key. */
    private BufferedImage markers;
    /** What {@link #markers} show: the samples, plane, area, sizes, output shown, scale and colors. */
    private List<Object> markersDrawn;

    private final DecisionBoundaryView view;

    BoundaryPlot(DecisionBoundaryView view) {
        this.view = view;
        setName("decisionBoundaryPlot");
        setOpaque(true);
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        int side = Math.round(PREFERRED_EM * getFont().getSize2D());
        return new Dimension(side, side);
    }

    @Override
    public Dimension getMinimumSize() {
        if (isMinimumSizeSet()) {
            return super.getMinimumSize();
        }
        int side = Math.round(8 * getFont().getSize2D());
        return new Dimension(side, side);
    }

    /** The rectangle the map or the curve fills: a square for a map, below the caption, right of the axis labels. */
    Rectangle2D area() {
        FontMetrics fm = getFontMetrics(font());
        double left = fm.stringWidth(Numbers.MINUS + "0.000") + fm.getHeight() * 1.5;
        double top = fm.getHeight() * 1.4;
        double bottom = fm.getHeight() * 2.4;
        double right = fm.getHeight() * 0.6;
        double w = getWidth() - left - right;
        double h = getHeight() - top - bottom;
        if (w < 4 || h < 4 || view.plane() == null) {
            return null;
        }
        if (!view.plane().twoInputs()) {
            return new Rectangle2D.Double(left, top, w, h);
        }
        double side = Math.min(w, h);
        return new Rectangle2D.Double(left + (w - side) / 2, top, side, side);
    }

    /** Where (across, up) lies in this component; null before there is room. */
    Point2D pointOf(double across, double up) {
        Rectangle2D r = area();
        if (r == null) {
            return null;
        }
        Plane p = view.plane();
        double[] vertical = verticalRange();
        double x = r.getX() + (across - p.xMin()) / (p.xMax() - p.xMin()) * r.getWidth();
        double y = r.getMaxY() - (up - vertical[0]) / (vertical[1] - vertical[0]) * r.getHeight();
        return new Point2D.Double(x, y);
    }

    /** The vertical axis: the second input's range, or for a curve the output's range widened to the targets. */
    private double[] verticalRange() {
        Plane p = view.plane();
        if (p.twoInputs()) {
            return new double[] {p.yMin(), p.yMax()};
        }
        double[] range = view.paintedFrame().range(output()).clone();
        for (Sample s : view.model().samples()) {
            range[0] = Math.min(range[0], s.y().get(view.shownOutput()));
            range[1] = Math.max(range[1], s.y().get(view.shownOutput()));
        }
        double margin = (range[1] - range[0]) * Plane.MARGIN;
        return new double[] {range[0] - margin, range[1] + margin};
    }

    private NeuronId output() {
        return new NeuronId(view.model().architecture().depth(), view.shownOutput());
    }

    private java.awt.Font font() {
        return GlassboxTheme.textFont(0.9f);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setFont(font());
            Rectangle2D area = area();
            if (area == null) {
                return;
            }
            if (view.plane().twoInputs()) {
                paintMap(g, area);
            } else {
                paintCurve(g, area);
            }
            g.setColor(GlassboxTheme.color(GlassboxTheme.GRID));
            g.setStroke(new BasicStroke(1f));
            g.draw(area);
            paintAxes(g, area);
            paintSamples(g, area);
        } finally {
            g.dispose();
        }
    }

    /** The map of the neuron shown; in an animated update, the old parameters' map fading into the new one's. */
    void paintMap(Graphics2D g, Rectangle2D area) {
        GlassboxModel model = view.model();
        NeuronId shown = view.shownNeuron();
        MapPalette palette = MapPalette.current();
        Rectangle r = pixels(area);
        g.drawImage(view.paintedFrame().scaled(shown, view.isDiscretized(), palette, r.width, r.height), r.x, r.y, null);
        BoundaryFrame after = model.phase() == Phase.UPDATE ? view.ready(model.trace().after()) : null;
        if (after != null) {
            Composite old = g.getComposite();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) model.phaseProgress()));
            g.drawImage(after.scaled(shown, view.isDiscretized(), palette, r.width, r.height), r.x, r.y, null);
            g.setComposite(old);
        }
        String caption = Names.neuron(model.architecture(), shown)
                + (shown.layer() == model.architecture().depth() ? "" : " (pointed at)")
                + (model.phase() == Phase.UPDATE ? " — the update moves it" : "");
        caption(g, caption, area);
    }

    /** The whole pixels a map fills: the area rounded, at least one pixel. */
    static Rectangle pixels(Rectangle2D area) {
        int x = (int) Math.round(area.getX());
        int y = (int) Math.round(area.getY());
        return new Rectangle(x, y, Math.max(1, (int) Math.round(area.getMaxX()) - x),
                Math.max(1, (int) Math.round(area.getMaxY()) - y));
    }

    /** A one-input network: its output over the input, before and, in an animated update, after. */
    private void paintCurve(Graphics2D g, Rectangle2D area) {
        GlassboxModel model = view.model();
        float zoom = GlassboxTheme.zoom();
        g.setColor(GlassboxTheme.color(GlassboxTheme.GRID));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
        for (double level : new double[] {0, 0.5, 1}) {
            Point2D p = pointOf(view.plane().xMin(), level);
            g.draw(new java.awt.geom.Line2D.Double(area.getX(), p.getY(), area.getMaxX(), p.getY()));
        }
        Color line = GlassboxTheme.color(GlassboxTheme.BOUNDARY_OUTLINE);
        g.setStroke(new BasicStroke(2f * zoom, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        BoundaryFrame after = model.phase() == Phase.UPDATE ? view.ready(model.trace().after()) : null;
        Composite old = g.getComposite();
        if (after != null) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) (1 - model.phaseProgress())));
        }
        g.setColor(line);
        g.draw(curve(view.paintedFrame()));
        if (after != null) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) model.phaseProgress()));
            g.draw(curve(after));
        }
        g.setComposite(old);
        caption(g, Names.neuron(model.architecture(), output()) + " over " + view.inputName(0), area);
    }

    private Path2D curve(BoundaryFrame frame) {
        Path2D path = new Path2D.Double();
        Plane plane = frame.plane();
        for (int col = 0; col < frame.columns(); col++) {
            Point2D p = pointOf(plane.x(col, frame.columns()), frame.value(output(), col, 0));
            if (col == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        return path;
    }

    private void caption(Graphics2D g, String text, Rectangle2D area) {
        g.setColor(GlassboxTheme.color(GlassboxTheme.MUTED));
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) area.getX(), (float) (area.getY() - fm.getDescent() - fm.getHeight() * 0.2));
    }

    /** The ends of each axis and the inputs' names. */
    private void paintAxes(Graphics2D g, Rectangle2D area) {
        Plane p = view.plane();
        FontMetrics fm = g.getFontMetrics();
        g.setColor(GlassboxTheme.color(GlassboxTheme.MUTED));
        float below = (float) (area.getMaxY() + fm.getAscent() + 2);
        String xMin = Numbers.format(p.xMin(), 2);
        String xMax = Numbers.format(p.xMax(), 2);
        g.drawString(xMin, (float) area.getX(), below);
        g.drawString(xMax, (float) (area.getMaxX() - fm.stringWidth(xMax)), below);
        String across = view.inputName(p.first());
        g.drawString(across, (float) (area.getCenterX() - fm.stringWidth(across) / 2.0), below + fm.getHeight());
        double[] vertical = verticalRange();
        String yMin = Numbers.format(vertical[0], 2);
        String yMax = Numbers.format(vertical[1], 2);
        float leftOf = (float) area.getX() - 4;
        g.drawString(yMax, leftOf - fm.stringWidth(yMax), (float) area.getY() + fm.getAscent());
        g.drawString(yMin, leftOf - fm.stringWidth(yMin), (float) area.getMaxY());
        String up = p.twoInputs() ? view.inputName(p.second()) : "output";
        AffineTransform old = g.getTransform();
        g.translate(leftOf - fm.getDescent() - 2, area.getCenterY() + fm.stringWidth(up) / 2.0);
        g.rotate(-Math.PI / 2);
        g.drawString(up, 0, 0);
        g.setTransform(old);
    }

    /**
     * Every sample at its point, by its target for the output shown: 1 a disc filled in target 1's
     * color, 0 a ring in target 0's color around the map's middle color; each outlined; the viewed
     * sample ringed in the highlight. The markers are drawn once into an image of the device's
     * resolution and copied at each repaint while the samples, the plane, the size, the output shown
     * and the colors stay: 10,000 samples drawn at every repaint of a playing network took some
     * 70 ms of the event thread.
     */
    private void paintSamples(Graphics2D g, Rectangle2D area) {
        GlassboxModel model = view.model();
        List<Sample> samples = model.samples();
        Plane plane = view.plane();
        float zoom = GlassboxTheme.zoom();
        double r = Math.max(SMALL_MARKER * 0.8 * zoom, Math.min((samples.size() >= MANY_SAMPLES ? SMALL_MARKER : MARKER) * zoom,
                area.getWidth() * MARKER_SHARE));
        AffineTransform device = g.getTransform();
        List<Object> key = List.of(samples, plane, area, r, view.shownOutput(), getWidth(), getHeight(),
                device.getScaleX(), device.getScaleY(), GlassboxTheme.color(GlassboxTheme.BOUNDARY_POSITIVE),
                GlassboxTheme.color(GlassboxTheme.BOUNDARY_NEGATIVE), GlassboxTheme.color(GlassboxTheme.BOUNDARY_OUTLINE),
                GlassboxTheme.color(GlassboxTheme.BOUNDARY_MIDDLE));
        if (!key.equals(markersDrawn)) {
            markers = markers(samples, plane, r, zoom, device.getScaleX(), device.getScaleY());
            markersDrawn = key;
        }
        g.drawImage(markers, 0, 0, getWidth(), getHeight(), null);
        int viewed = model.viewedSample();
        if (viewed >= 0 && viewed < samples.size()) {
            Point2D p = where(samples.get(viewed), plane);
            double h = r + 4 * zoom;
            g.setColor(GlassboxTheme.color(GlassboxTheme.HIGHLIGHT));
            g.setStroke(new BasicStroke(2.5f * zoom));
            g.draw(new Ellipse2D.Double(p.getX() - h, p.getY() - h, 2 * h, 2 * h));
        }
    }

    /** The samples' markers on a transparent image of this plot's size at the device's scale. */
    private BufferedImage markers(List<Sample> samples, Plane plane, double r, float zoom, double sx, double sy) {
        BufferedImage image = new BufferedImage(Math.max(1, (int) Math.ceil(getWidth() * sx)),
                Math.max(1, (int) Math.ceil(getHeight() * sy)), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(sx, sy);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color positive = GlassboxTheme.color(GlassboxTheme.BOUNDARY_POSITIVE);
            Color negative = GlassboxTheme.color(GlassboxTheme.BOUNDARY_NEGATIVE);
            Color outline = GlassboxTheme.color(GlassboxTheme.BOUNDARY_OUTLINE);
            Color middle = GlassboxTheme.color(GlassboxTheme.BOUNDARY_MIDDLE);
            BasicStroke thin = new BasicStroke(1f * zoom);
            BasicStroke ring = new BasicStroke((float) (r * 0.5));
            Shape marker = new Shape();
            for (Sample s : samples) {
                Point2D p = where(s, plane);
                boolean one = s.y().get(view.shownOutput()) >= 0.5;
                marker.at(p, r);
                if (one) {
                    g.setColor(positive);
                    g.fill(marker.disc);
                    g.setColor(outline);
                    g.setStroke(thin);
                    g.draw(marker.disc);
                } else {
                    // a ring around the middle color, so that it reads as a ring on its own class's side of the map too
                    g.setColor(middle);
                    g.fill(marker.disc);
                    g.setColor(outline);
                    g.setStroke(thin);
                    g.draw(marker.outer);
                    g.setColor(negative);
                    g.setStroke(ring);
                    g.draw(marker.ringPath);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private Point2D where(Sample s, Plane plane) {
        return plane.twoInputs() ? pointOf(s.x().get(plane.first()), s.x().get(plane.second()))
                : pointOf(s.x().get(plane.first()), s.y().get(view.shownOutput()));
    }

    /** A sample's marker shapes, reused from sample to sample. */
    private static final class Shape {
        final Ellipse2D.Double disc = new Ellipse2D.Double();
        final Ellipse2D.Double outer = new Ellipse2D.Double();
        final Ellipse2D.Double ringPath = new Ellipse2D.Double();

        void at(Point2D p, double r) {
            disc.setFrame(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
            outer.setFrame(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
            double m = r * 0.7;
            ringPath.setFrame(p.getX() - m, p.getY() - m, 2 * m, 2 * m);
        }
    }
}
