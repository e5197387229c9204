package dev.glassbox.swing.network;

import dev.glassbox.swing.internal.marker.Marker;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.swing.internal.text.Numbers;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the network view draws for one trace and viewed sample, read from the trace and formatted
 * once, so that animation frames only interpolate and draw: the neurons' values and tags, the
 * weight labels, the packet values, and each neuron's marker.
 */
final class TraceReadings {
    /** Significant digits of numbers drawn on the network (tooltips and screen readers get four). */
    private static final int DIGITS = 3;
    /** Significant digits in neurons too small for {@link #DIGITS}. */
    private static final int BRIEF_DIGITS = 2;

    final EpochTrace trace;
    final int sample;
    /**
     * The parameters the sample was computed with and those its update leaves: the epoch's in
     * batch mode; in online mode those the samples before it left, and its own update's result.
     */
    final Parameters before;
    final Parameters after;
    private final String[][] value;
    private final String[][] briefValue;
    private final String[][] bias;
    private final String[][] z;
    private final String[][] delta;
    private final String[][] deltaValue;
    private final String[][][] weight;
    private final Marker[][] marker;
    private final String[] target;
    private final Set<Marker> markers = EnumSet.noneOf(Marker.class);
    private final String caption;

    TraceReadings(EpochTrace trace, int sample) {
        this.trace = trace;
        this.sample = sample;
        Architecture arch = trace.architecture();
        SampleTrace s = trace.sample(sample);
        this.before = s.before();
        this.after = trace.afterSample(sample);
        Parameters p = before;
        int layers = arch.depth() + 1;
        value = new String[layers][];
        briefValue = new String[layers][];
        bias = new String[layers][];
        z = new String[layers][];
        delta = new String[layers][];
        deltaValue = new String[layers][];
        marker = new Marker[layers][];
        weight = new String[arch.depth()][][];
        for (int l = 0; l < layers; l++) {
            int n = arch.size(l);
            value[l] = new String[n];
            briefValue[l] = new String[n];
            bias[l] = new String[n];
            z[l] = new String[n];
            delta[l] = new String[n];
            deltaValue[l] = new String[n];
            marker[l] = new Marker[n];
            for (int j = 0; j < n; j++) {
                NeuronTrace t = s.neuron(l, j);
                value[l][j] = l == 0 ? data(t.a()) : format(t.a());
                briefValue[l][j] = l == 0 ? value[l][j] : brief(t.a());
                if (l > 0) {
                    bias[l][j] = "b = " + format(p.bias(l - 1, j));
                    z[l][j] = "z = " + format(t.z());
                    deltaValue[l][j] = format(t.delta());
                    delta[l][j] = "δ = " + deltaValue[l][j];
                }
                marker[l][j] = markerOf(trace, sample, new NeuronId(l, j), t);
                if (marker[l][j] != null) {
                    markers.add(marker[l][j]);
                }
            }
        }
        for (int l = 0; l < arch.depth(); l++) {
            weight[l] = new String[arch.size(l + 1)][arch.size(l)];
            for (int j = 0; j < arch.size(l + 1); j++) {
                for (int i = 0; i < arch.size(l); i++) {
                    weight[l][j][i] = format(p.weight(l, j, i));
                }
            }
        }
        List<Double> y = s.sample().y();
        target = new String[y.size()];
        for (int j = 0; j < y.size(); j++) {
            target[j] = "y = " + data(y.get(j));
        }
        caption = "sample " + (sample + 1) + " of " + trace.samples().size()
                + ":  x = " + vector(s.sample().x()) + ",  y = " + vector(y);
    }

    /** The marker a neuron carries on the sample: a non-finite value wins over dead and saturated. */
    static Marker markerOf(EpochTrace trace, int sample, NeuronId id, NeuronTrace t) {
        if (!finite(id, t)) {
            return Marker.NON_FINITE;
        }
        return switch (trace.health(sample, id)) {
            case DEAD -> Marker.DEAD;
            case SATURATED -> Marker.SATURATED;
            case HEALTHY -> null;
        };
    }

    /** Whether a neuron's values are all finite numbers: its input, or its z, a and δ. */
    static boolean finite(NeuronId id, NeuronTrace t) {
        return Double.isFinite(t.a()) && (id.layer() == 0 || Double.isFinite(t.z()) && Double.isFinite(t.delta()));
    }

    static String format(double v) {
        return Numbers.format(v, DIGITS);
    }

    /** Inputs and targets as the data set has them: whole numbers without decimals ("1", not "1.00"). */
    private static String data(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return (v < 0 ? Numbers.MINUS : "") + Math.abs((long) v);
        }
        return format(v);
    }

    private static String vector(List<Double> v) {
        String inner = v.stream().map(TraceReadings::data).collect(Collectors.joining(", "));
        return v.size() == 1 ? inner : "(" + inner + ")";
    }

    /** Whether these readings were made for this trace and sample. */
    boolean matches(EpochTrace t, int s) {
        return t == trace && s == sample;
    }

    /** {@code v} with two significant digits, for a label with little room. */
    static String brief(double v) {
        return Numbers.format(v, BRIEF_DIGITS);
    }

    /** The number shown in a neuron: the input value, or the activation {@code a}. */
    String value(int layer, int index) {
        return value[layer][index];
    }

    /** {@link #value} with two significant digits, for small neurons. */
    String briefValue(int layer, int index) {
        return briefValue[layer][index];
    }

    /** "b = 0.35" for a non-input neuron. */
    String bias(int layer, int index) {
        return bias[layer][index];
    }

    /** "z = …" for a non-input neuron. */
    String z(int layer, int index) {
        return z[layer][index];
    }

    /** "δ = …" for a non-input neuron. */
    String delta(int layer, int index) {
        return delta[layer][index];
    }

    /** The bare δ, as a backward packet carries it. */
    String deltaValue(int layer, int index) {
        return deltaValue[layer][index];
    }

    /** The weight label of a connection (before the update). */
    String weight(Connection c) {
        return weight[c.layer()][c.to()][c.from()];
    }

    /** The neuron's marker, or null. */
    Marker marker(int layer, int index) {
        return marker[layer][index];
    }

    /** The markers shown anywhere in the network, for the legend. */
    Set<Marker> markers() {
        return markers;
    }

    /** "y = 1" for output neuron {@code index}. */
    String target(int index) {
        return target[index];
    }

    /** The caption without the sample's numbers: "sample 1 of 4". */
    String shortCaption() {
        return "sample " + (sample + 1) + " of " + trace.samples().size();
    }

    /** The caption: which sample, its inputs and targets. */
    String caption() {
        return caption;
    }
}
