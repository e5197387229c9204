package dev.glassbox.swing.loss;

import dev.glassbox.core.math.Loss;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.table.TraceTableModel;
import dev.glassbox.swing.text.Formulas;
import dev.glassbox.swing.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row per sample: its number, inputs, targets, outputs, and its loss written with the loss
 * formula and the numbers put in, e.g. {@code ½(0.7311 − 0)² = 0.2672}.
 */
final class LossRows extends TraceTableModel {

    LossRows(GlassboxModel model) {
        super(model, false, "sample", "x", "y", "a", "loss");
    }

    @Override
    protected List<Object[]> read(GlassboxModel model) {
        EpochTrace t = model.trace();
        List<Object[]> rows = new ArrayList<>();
        for (SampleTrace s : t.samples()) {
            List<NeuronTrace> outputs = s.layers().get(s.layers().size() - 1);
            String a = outputs.stream().map(n -> Numbers.format(n.a()))
                    .collect(Collectors.joining(", ", outputs.size() > 1 ? "(" : "", outputs.size() > 1 ? ")" : ""));
            rows.add(new Object[] {String.valueOf(s.index() + 1), Numbers.vector(s.sample().x()),
                    Numbers.vector(s.sample().y()), a, loss(t.architecture().loss(), s, outputs)});
        }
        return rows;
    }

    /**
     * {@code a} as put into the formula. Four digits of an {@code a} near 1 are not enough to check
     * {@code ln(1 − a)} by hand ({@code ln(1 − 0.9987)} could be 6.61 or 6.68), so with
     * cross-entropy such an {@code a} gets four digits of its distance to 1.
     */
    private static String activation(Loss loss, double a) {
        double distance = 1 - a;
        if (loss != Loss.CROSS_ENTROPY || !(distance > 0) || distance >= 0.01) {
            return Numbers.format(a);
        }
        int zeros = (int) -Math.floor(Math.log10(distance)) - 1;
        return Numbers.format(a, Math.min(4 + zeros, 15));
    }

    /** The loss formula per output with the numbers put in, summed, and the trace's loss. */
    private static String loss(Loss loss, SampleTrace s, List<NeuronTrace> outputs) {
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < outputs.size(); j++) {
            terms.add(Formulas.filled(loss.formula(), Map.of("a", activation(loss, outputs.get(j).a()),
                    "y", Numbers.compact(s.sample().y().get(j)))));
        }
        return String.join(" + ", terms) + " = " + Numbers.format(s.loss());
    }
}
