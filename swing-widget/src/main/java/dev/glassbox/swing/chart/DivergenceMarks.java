package dev.glassbox.swing.chart;

import dev.glassbox.core.session.Divergence;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.plot.XYPlot;

/**
 * The session's divergence and warnings on the chart: a line in the warning color at each one's
 * epoch, labelled with its kind along the bottom of the plot; hovering near the line gives the
 * session's own sentence for it ({@link Divergence#message()}).
 */
final class DivergenceMarks {
    private final MarkedEpochs lines;
    private List<Divergence> shown = List.of();

    DivergenceMarks(XYPlot plot) {
        this.lines = new MarkedEpochs(plot, GlassboxTheme.WARNING, false);
    }

    /** Shows {@code divergences} (the stopping one and the warnings, in any order) instead of the ones shown. */
    void set(List<Divergence> divergences) {
        List<Divergence> sorted = divergences.stream().sorted(Comparator.comparingInt(Divergence::epoch)).toList();
        if (sorted.equals(shown)) {
            return;
        }
        shown = sorted;
        lines.set(sorted.stream().map(d -> new MarkedEpochs.Mark(d.epoch(), label(d.kind()), d.message())).toList());
    }

    /** The marked epochs' divergences, in epoch order. */
    List<Divergence> shown() {
        return shown;
    }

    /** Re-reads the warning color, the font and the zoom from the theme. */
    void restyle() {
        lines.restyle();
    }

    /** The sentences of the divergences whose line is near {@code p} (Java2D) in {@code dataArea}, or null. */
    String tooltipAt(Point2D p, Rectangle2D dataArea) {
        return lines.tooltipAt(p, dataArea);
    }

    /** The word on the chart for each kind: what the user sees happen. */
    private static String label(Divergence.Kind kind) {
        return switch (kind) {
            case NON_FINITE -> "diverged";
            case LOSS_JUMP -> "loss jump";
            case SATURATION -> "saturated";
            case STALL -> "stalled";
        };
    }
}
