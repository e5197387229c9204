package dev.glassbox.swing.loss;

import dev.glassbox.core.math.Loss;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.swing.internal.explain.Conventions;
import dev.glassbox.swing.internal.explain.Explainer;
import dev.glassbox.swing.internal.explain.Shown;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.internal.table.TraceTableModel;
import dev.glassbox.swing.internal.text.Formulas;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row per sample: its number ("#"), inputs, targets, outputs, and its loss written with the loss
 * formula and the numbers put in, e.g. {@code ½(0.7311 − 0)² = 0.2672} or {@code −ln(1 − 0.7311) = 1.313}.
 */
final class LossRows extends TraceTableModel {

    LossRows(GlassboxModel model) {
        super(model, false, "#", "x", "y", "a", Messages.text("loss.column"));
    }

    /** Rows made as the table shows them: with 10,000 samples a refresh writes out only the rows in view. */
    @Override
    protected List<Object[]> read(GlassboxModel model) {
        EpochTrace t = model.trace();
        Loss loss = t.architecture().loss();
        Explainer explainer = explainer();
        return onDemand(t.samples().size(), s -> row(model, loss, t.samples().get(s), explainer));
    }

    private static Object[] row(GlassboxModel model, Loss loss, SampleTrace s, Explainer explainer) {
        int depth = s.layers().size() - 1;
        List<NeuronTrace> outputs = s.layers().get(depth);
        List<String> as = new ArrayList<>();
        for (int j = 0; j < outputs.size(); j++) {
            as.add(Shown.A.hidden(model.inspection(), new NeuronId(depth, j), s.index()) ? Concealed.MARK
                    : Numbers.format(outputs.get(j).a()));
        }
        String a = as.stream().collect(Collectors.joining(", ", outputs.size() > 1 ? "(" : "", outputs.size() > 1 ? ")" : ""));
        // A sample's loss is written in its outputs' a: it would give a concealed one away.
        String written = explainer.outputLossHidden(s.index()) ? Concealed.MARK : loss(loss, s, outputs);
        return new Object[] {String.valueOf(s.index() + 1), Numbers.vector(s.sample().x()),
                Numbers.vector(s.sample().y()), a, written};
    }

    @Override
    public List<String> explanation(int row, int column) {
        Explainer e = explainer(row);
        int depth = model().architecture().depth();
        return switch (column) {
            case 3 -> {
                List<String> lines = new ArrayList<>();
                for (int j = 0; j < model().architecture().size(depth); j++) {
                    lines.add(e.a(new NeuronId(depth, j)));
                }
                lines.add(Conventions.pointer());
                yield lines;
            }
            case 4 -> Explainer.of(e.sampleLoss(row));
            default -> null;
        };
    }

    /**
     * The loss formula per output, reduced where the target is 0 or 1, with the numbers put in, summed,
     * and the trace's loss. {@code a} gets the digits that make each term check by hand: four digits of
     * an {@code a} near 1 cannot ({@code ln(1 − 0.9987)} could be 6.61 or 6.68).
     */
    private static String loss(Loss loss, SampleTrace s, List<NeuronTrace> outputs) {
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < outputs.size(); j++) {
            double a = outputs.get(j).a();
            double y = s.sample().y().get(j);
            int digits = Numbers.digitsToCheck(loss.loss(a, y), v -> loss.loss(v[0], y), a);
            terms.add(Formulas.filled(Formulas.loss(loss, y), Map.of("a", Numbers.format(a, digits),
                    "y", Numbers.compact(y))));
        }
        return String.join(" + ", terms) + " = " + Numbers.format(s.loss());
    }
}
