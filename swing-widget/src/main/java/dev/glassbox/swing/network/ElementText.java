package dev.glassbox.swing.network;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.swing.internal.explain.Explainer;
import dev.glassbox.swing.internal.explain.Shown;
import dev.glassbox.swing.internal.marker.Marker;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.swing.model.InspectionModel;
import java.util.ArrayList;
import java.util.List;

/**
 * An element of the network in words, read from the trace: one line for screen readers' name
 * ("weight hidden 1 → output, 0.4300, gradient −0.01200"; "hidden 2, a = 0.6200, δ = −0.01300,
 * saturated"), and every number explained ({@link Explainer}) for the tooltip and the accessible
 * description, which say the same. Concealed values are written {@link Concealed#MARK}.
 */
final class ElementText {
    /** The standard tooltips: every number of the element explained, concealment respected. */
    static final NetworkTooltipGenerator STANDARD = new NetworkTooltipGenerator() {
        @Override
        public String generateToolTip(EpochTrace trace, int sample, NetworkElement element) {
            return Explainer.html(lines(trace, sample, element, null));
        }

        @Override
        public String generateToolTip(EpochTrace trace, int sample, NetworkElement element, InspectionModel inspection) {
            return Explainer.html(lines(trace, sample, element, inspection));
        }
    };

    private ElementText() {
    }

    /** One line naming the element and its numbers on sample {@code s}. */
    static String describe(EpochTrace trace, int s, NetworkElement e, InspectionModel inspection) {
        Architecture arch = trace.architecture();
        if (e instanceof Connection c) {
            return "weight " + Names.connection(arch, c) + ", " + Numbers.format(trace.sample(s).before().weight(c))
                    + ", gradient " + number(Shown.BATCH_GRADIENT, inspection, c, s, trace.meanGradient(c));
        }
        NeuronId id = (NeuronId) e;
        NeuronTrace n = trace.sample(s).neuron(id);
        String name = Names.neuron(arch, id);
        if (id.layer() == 0) {
            return name + ", x = " + Numbers.format(n.a());
        }
        Marker m = TraceReadings.markerOf(trace, s, id, n);
        return name + ", a = " + number(Shown.A, inspection, id, s, n.a())
                + ", δ = " + number(Shown.DELTA, inspection, id, s, n.delta())
                + (m == null ? "" : ", " + m.label());
    }

    private static String number(Shown what, InspectionModel inspection, NetworkElement e, int s, double v) {
        return what.hidden(inspection, e, s) ? Concealed.MARK : Numbers.format(v);
    }

    /**
     * Every number of the element explained, a line each, and its marker's explanation, if any:
     * the tooltip's lines and the accessible description's.
     */
    static List<String> lines(EpochTrace trace, int s, NetworkElement e, InspectionModel inspection) {
        List<String> lines = new ArrayList<>(new Explainer(trace, s, inspection).element(e));
        if (e instanceof NeuronId id && id.layer() > 0) {
            Marker m = TraceReadings.markerOf(trace, s, id, trace.sample(s).neuron(id));
            if (m != null) {
                lines.add(1, m.label() + ": " + m.explanation());
            }
        }
        return lines;
    }
}
