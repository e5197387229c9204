package dev.glassbox.swing.chart;

import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Applies the {@code Glassbox.*} theme to the loss chart — JFreeChart knows nothing of the look
 * and feel, so every color, font and stroke is set here and re-set on every theme switch.
 */
final class ChartStyle {
    /**
     * Dash patterns (in pixels before zoom) that tell the per-sample lines apart once their colors
     * repeat; null is solid.
     */
    private static final float[][] SAMPLE_DASHES = {null, {6, 3}, {1.5f, 2.5f}, {9, 3, 1.5f, 3}};

    /** The dash of a race's run without the scenario's penalty. */
    private static final float[] RACE_DASH = {7, 4};

    private ChartStyle() {
    }

    /** Styles the chart, its panel, its series and the viewed-epoch marker from the current theme. */
    static void apply(JFreeChart chart, ChartPanel view, LossChartDataset data,
                      XYLineAndShapeRenderer renderer, ValueMarker marker) {
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        try {
            Color background = GlassboxTheme.color(GlassboxTheme.BACKGROUND);
            Color grid = GlassboxTheme.color(GlassboxTheme.GRID);
            Color text = GlassboxTheme.color(GlassboxTheme.TEXT);
            Color muted = GlassboxTheme.color(GlassboxTheme.MUTED);
            float zoom = GlassboxTheme.zoom();

            chart.setBackgroundPaint(background);
            view.setBackground(background);
            Color highlight = GlassboxTheme.color(GlassboxTheme.HIGHLIGHT);
            view.setZoomFillPaint(withAlpha(highlight, 50));
            view.setZoomOutlinePaint(highlight);

            XYPlot plot = chart.getXYPlot();
            plot.setBackgroundPaint(background);
            plot.setOutlinePaint(grid);
            plot.setOutlineStroke(new BasicStroke(zoom));
            Stroke gridStroke = new BasicStroke(0.8f * zoom);
            plot.setDomainGridlinePaint(grid);
            plot.setRangeGridlinePaint(grid);
            plot.setDomainGridlineStroke(gridStroke);
            plot.setRangeGridlineStroke(gridStroke);
            plot.setRangeMinorGridlinePaint(withAlpha(grid, 110));
            plot.setRangeMinorGridlineStroke(gridStroke);
            axis(plot.getDomainAxis(), text, muted, grid, zoom);
            axis(plot.getRangeAxis(), text, muted, grid, zoom);
            // Taller label boxes make the automatic tick unit coarser: five or so loss ticks, not fifteen.
            plot.getRangeAxis().setTickLabelInsets(new RectangleInsets(6 * zoom, 4 * zoom, 6 * zoom, 4 * zoom));

            LegendTitle legend = chart.getLegend();
            legend.setBackgroundPaint(background);
            legend.setItemPaint(text);
            legend.setItemFont(GlassboxTheme.textFont(0.9f));
            legend.setFrame(BlockBorder.NONE);

            series(data, renderer, zoom);
            marker.setPaint(GlassboxTheme.color(GlassboxTheme.CHART_MARKER));
            marker.setStroke(new BasicStroke(1.2f * zoom, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {4 * zoom, 3 * zoom}, 0f));
        } finally {
            chart.setNotify(notify);
        }
    }

    private static void axis(ValueAxis axis, Color text, Color muted, Color grid, float zoom) {
        Font labels = GlassboxTheme.textFont(0.9f);
        axis.setLabelFont(labels);
        axis.setLabelPaint(muted);
        axis.setTickLabelFont(GlassboxTheme.textFont(0.9f));
        axis.setTickLabelPaint(text);
        axis.setAxisLinePaint(grid);
        axis.setAxisLineStroke(new BasicStroke(zoom));
        axis.setTickMarkPaint(grid);
    }

    /**
     * Per role: the mean loss bold, a comparison as bold in its own color, samples thin, each in its
     * color and dash, a race's runs in their optimizer's color (dashed without the penalty).
     */
    private static void series(LossChartDataset data, XYLineAndShapeRenderer renderer, float zoom) {
        int sample = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            switch (data.series(s).role()) {
                case MEAN -> line(renderer, s, GlassboxTheme.CHART_LINE, 2.2f * zoom, null);
                case COMPARISON -> line(renderer, s, GlassboxTheme.CHART_COMPARISON_LINE, 2.2f * zoom, null);
                case RACE -> {
                    OptimizerRace.Lane lane = (OptimizerRace.Lane) data.series(s).line();
                    line(renderer, s, lane.colorKey(), 1.8f * zoom, lane.dashed() ? RACE_DASH : null);
                }
                case SAMPLE -> {
                    // Each round through the theme's colors takes the next dash.
                    line(renderer, s, GlassboxTheme.chartSampleLine(sample), 1.1f * zoom,
                            SAMPLE_DASHES[sample / GlassboxTheme.CHART_SAMPLE_COLORS % SAMPLE_DASHES.length]);
                    sample++;
                }
            }
        }
    }

    private static void line(XYLineAndShapeRenderer renderer, int series, String colorKey, float width, float[] dash) {
        float zoom = GlassboxTheme.zoom();
        float[] scaled = null;
        if (dash != null) {
            scaled = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                scaled[i] = dash[i] * zoom;
            }
        }
        renderer.setSeriesPaint(series, GlassboxTheme.color(colorKey), false);
        renderer.setSeriesStroke(series, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                10f, scaled, 0f), false);
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
