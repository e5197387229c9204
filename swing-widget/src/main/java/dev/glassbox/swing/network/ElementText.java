package dev.glassbox.swing.network;

import dev.glassbox.swing.internal.marker.Marker;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;

/**
 * An element of the network in words, read from the trace: one line for screen readers
 * ("weight hidden 1 → output, 0.4300, gradient −0.01200"; "hidden 2, a = 0.6200, δ = −0.01300,
 * saturated") and a few lines for tooltips.
 */
final class ElementText {
    private ElementText() {
    }

    /** One line naming the element and its numbers on sample {@code s}. */
    static String describe(EpochTrace trace, int s, NetworkElement e) {
        Architecture arch = trace.architecture();
        if (e instanceof Connection c) {
            return "weight " + Names.connection(arch, c) + ", " + Numbers.format(trace.sample(s).before().weight(c))
                    + ", gradient " + Numbers.format(trace.meanGradient(c));
        }
        NeuronId id = (NeuronId) e;
        NeuronTrace n = trace.sample(s).neuron(id);
        String name = Names.neuron(arch, id);
        if (id.layer() == 0) {
            return name + ", x = " + Numbers.format(n.a());
        }
        Marker m = TraceReadings.markerOf(trace, s, id, n);
        return name + ", a = " + Numbers.format(n.a()) + ", δ = " + Numbers.format(n.delta())
                + (m == null ? "" : ", " + m.label());
    }

    /** A tooltip (HTML) with the element's numbers on sample {@code s}. */
    static String tooltip(EpochTrace trace, int s, NetworkElement e) {
        Architecture arch = trace.architecture();
        StringBuilder b = new StringBuilder("<html>");
        if (e instanceof Connection c) {
            b.append("<b>weight ").append(Names.connection(arch, c)).append("</b>");
            line(b, "w", trace.sample(s).before().weight(c));
            line(b, "batch gradient ḡ", trace.meanGradient(c));
            line(b, "this sample δ·a", trace.sample(s).gradient(c));
            return b.append("</html>").toString();
        }
        NeuronId id = (NeuronId) e;
        NeuronTrace n = trace.sample(s).neuron(id);
        b.append("<b>").append(Names.neuron(arch, id)).append("</b>");
        if (id.layer() == 0) {
            line(b, "x", n.a());
            return b.append("</html>").toString();
        }
        b.append(" · ").append(arch.activation(id.layer()).id());
        line(b, "z", n.z());
        line(b, "a", n.a());
        line(b, "slope", n.slope());
        line(b, "δ", n.delta());
        line(b, "b", trace.sample(s).before().bias(id.layer() - 1, id.index()));
        Marker m = TraceReadings.markerOf(trace, s, id, n);
        if (m != null) {
            b.append("<br><i>").append(m.label()).append("</i>: ").append(m.explanation());
        }
        return b.append("</html>").toString();
    }

    private static void line(StringBuilder b, String name, double v) {
        b.append("<br>").append(name).append(" = ").append(Numbers.format(v));
    }
}
