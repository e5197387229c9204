package dev.glassbox.swing.internal.boundary;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Backprop;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every neuron's activation over a {@link Plane} under one set of parameters, computed once by
 * core's forward pass ({@link Backprop#activations}) at the centre of each cell of a grid, and the
 * images of those values, made once per palette. A frame never changes: new parameters, a new frame.
 * Event thread only (its images are made on first use).
 */
public final class BoundaryFrame {
    /** The cells across and up of a two-input map: a frame is 100 × 100 forward passes. */
    public static final int RESOLUTION = 100;
    /** The points of a one-input network's curve. */
    public static final int CURVE_POINTS = 200;

    private final Architecture architecture;
    private final Parameters parameters;
    private final Plane plane;
    private final int columns;
    private final int rows;
    /** {@code a[l][j][row · columns + col]}. */
    private final double[][][] a;
    private final Map<NeuronId, BufferedImage> images = new HashMap<>();
    private MapPalette imagesPalette;
    private boolean imagesDiscrete;
    /** The last map scaled to a size, and what it was scaled from. */
    private BufferedImage scaled;
    private BufferedImage scaledFrom;

    private BoundaryFrame(Architecture architecture, Parameters parameters, Plane plane) {
        this.architecture = architecture;
        this.parameters = parameters;
        this.plane = plane;
        columns = plane.twoInputs() ? RESOLUTION : CURVE_POINTS;
        rows = plane.twoInputs() ? RESOLUTION : 1;
        a = new double[architecture.depth() + 1][][];
        for (int l = 0; l <= architecture.depth(); l++) {
            a[l] = new double[architecture.size(l)][columns * rows];
        }
        for (int row = 0; row < rows; row++) {
            double y = plane.y(row, rows);
            for (int col = 0; col < columns; col++) {
                double[][] point = Backprop.activations(architecture, parameters, plane.inputs(plane.x(col, columns), y));
                for (int l = 0; l < point.length; l++) {
                    for (int j = 0; j < point[l].length; j++) {
                        a[l][j][row * columns + col] = point[l][j];
                    }
                }
            }
        }
    }

    /**
     * The frame of {@code parameters} over {@code plane}.
     *
     * @param architecture the network
     * @param parameters   its weights and biases
     * @param plane        the inputs shown
     * @return the computed frame
     */
    public static BoundaryFrame compute(Architecture architecture, Parameters parameters, Plane plane) {
        return new BoundaryFrame(architecture, parameters, plane);
    }

    /**
     * Whether this frame shows these parameters over this plane.
     *
     * @param architecture the network
     * @param parameters   the parameters
     * @param plane        the plane
     * @return whether all three are the frame's
     */
    public boolean shows(Architecture architecture, Parameters parameters, Plane plane) {
        return this.architecture.equals(architecture) && this.parameters.equals(parameters) && this.plane.equals(plane);
    }

    /**
     * Whether this frame shows this network over this plane, whatever its parameters.
     *
     * @param architecture the network
     * @param plane        the plane
     * @return whether both are the frame's
     */
    public boolean over(Architecture architecture, Plane plane) {
        return this.architecture.equals(architecture) && this.plane.equals(plane);
    }

    /**
     * Paints the maps of some neurons now (on the thread computing the frame, before it is handed
     * over), so that showing them costs the event thread nothing.
     *
     * @param neurons  the neurons whose maps are painted
     * @param discrete whether discretized
     * @param palette  the colors
     * @return this frame
     */
    public BoundaryFrame painted(List<NeuronId> neurons, boolean discrete, MapPalette palette) {
        for (NeuronId id : neurons) {
            image(id, discrete, palette);
        }
        return this;
    }

    /** {@return the plane shown} */
    public Plane plane() { return plane; }

    /** {@return the parameters computed with} */
    public Parameters parameters() { return parameters; }

    /** {@return the cells across} */
    public int columns() { return columns; }

    /** {@return the cells up (1 for a curve)} */
    public int rows() { return rows; }

    /**
     * A neuron's activation at a cell's centre.
     *
     * @param id  the neuron
     * @param col the column, 0 at the left
     * @param row the row, 0 at the top
     * @return its {@code a}
     */
    public double value(NeuronId id, int col, int row) {
        return a[id.layer()][id.index()][row * columns + col];
    }

    /**
     * The range a neuron's values are colored over: an input's, its axis; a sigmoid's or softmax's,
     * 0 to 1; a tanh's, −1 to 1; the output of any other activation, 0 to 1 (the targets' range,
     * values beyond it taking its ends); a hidden ReLU, leaky ReLU or linear neuron, ± its largest
     * value here.
     *
     * @param id the neuron
     * @return {@code {lo, hi}}, {@code lo < hi}
     */
    public double[] range(NeuronId id) {
        int l = id.layer();
        if (l == 0) {
            boolean across = id.index() == plane.first();
            boolean up = id.index() == plane.second();
            double v = plane.fixed().get(id.index());
            return across ? new double[] {plane.xMin(), plane.xMax()}
                    : up ? new double[] {plane.yMin(), plane.yMax()} : new double[] {v - 1, v + 1};
        }
        Activation f = architecture.activation(l);
        if (f == Activation.TANH) {
            return new double[] {-1, 1};
        }
        if (f == Activation.SIGMOID || f == Activation.SOFTMAX || l == architecture.depth()) {
            return new double[] {0, 1};
        }
        double max = 0;
        for (double v : a[l][id.index()]) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max > 0 ? new double[] {-max, max} : new double[] {-1, 1};
    }

    /**
     * A neuron's map: a pixel per cell, colored by {@code palette}. Made once per palette and
     * discretization; ask again after either changes.
     *
     * @param id       the neuron
     * @param discrete whether each cell shows only the side of the middle its value lies on
     * @param palette  the colors
     * @return an image of {@link #columns()} × {@link #rows()} pixels, row 0 at the top
     */
    public BufferedImage image(NeuronId id, boolean discrete, MapPalette palette) {
        if (!palette.equals(imagesPalette) || discrete != imagesDiscrete) {
            images.clear();
            imagesPalette = palette;
            imagesDiscrete = discrete;
        }
        return images.computeIfAbsent(id, n -> paint(n, discrete, palette));
    }

    /**
     * A neuron's map smoothly scaled (bilinear) to {@code width} × {@code height} pixels: made once
     * per size (on the thread computing the frame, if asked there), so that painting it is a copy.
     *
     * @param id       the neuron
     * @param discrete whether discretized
     * @param palette  the colors
     * @param width    the width, at least 1
     * @param height   the height, at least 1
     * @return the scaled map
     */
    public BufferedImage scaled(NeuronId id, boolean discrete, MapPalette palette, int width, int height) {
        BufferedImage from = image(id, discrete, palette);
        if (scaled == null || scaledFrom != from || scaled.getWidth() != width || scaled.getHeight() != height) {
            BufferedImage to = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = to.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(from, AffineTransform.getScaleInstance((double) width / columns, (double) height / rows), null);
            g.dispose();
            scaled = to;
            scaledFrom = from;
        }
        return scaled;
    }

    private BufferedImage paint(NeuronId id, boolean discrete, MapPalette palette) {
        double[] range = range(id);
        BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_RGB);
        int[] rgb = new int[columns * rows];
        double[] values = a[id.layer()][id.index()];
        for (int k = 0; k < rgb.length; k++) {
            rgb[k] = palette.rgb(MapPalette.share(values[k], range[0], range[1], discrete));
        }
        image.setRGB(0, 0, columns, rows, rgb, 0, columns);
        return image;
    }
}
