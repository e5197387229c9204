package dev.glassbox.swing.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.data.TwoInputProblem;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.model.GlassboxModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * A table with a row per sample makes its rows as they are asked for: with 10,000 samples a
 * refresh writes none of them out, and a row shown is made once per refresh.
 */
class OnDemandRowsTest {
    @Test
    void aRefreshMakesNoRowAndARowIsMadeOncePerRefresh() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Object[][] cells = new Object[3][];
        SwingUtilities.invokeAndWait(() -> {
            GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("spiral").toBuilder()
                    .samples(TwoInputProblem.SPIRAL.samples(10_000, 0, 1)).build());
            TraceTableModel rows = new TraceTableModel(model, false, "#", "y") {
                @Override
                protected List<Object[]> read(GlassboxModel m) {
                    List<Double> targets = m.samples().stream().map(s -> s.y().get(0)).toList();
                    return onDemand(targets.size(), s -> {
                        made.incrementAndGet();
                        return new Object[] {String.valueOf(s + 1), targets.get(s)};
                    });
                }
            };
            rows.refresh();
            cells[0] = new Object[] {rows.getRowCount(), made.get()};
            cells[1] = new Object[] {rows.getValueAt(9_999, 0), rows.getValueAt(9_999, 1), rows.getValueAt(9_998, 1),
                    made.get()};
            rows.refresh();
            rows.getValueAt(9_999, 0);
            cells[2] = new Object[] {made.get(), rows.scale(1)};
            model.close();
        });
        assertThat(cells[0]).containsExactly(10_000, 0);
        assertThat(cells[1]).containsExactly("10000", 0.0, 1.0, 2);
        assertThat(cells[2]).containsExactly(3, 0.0);
    }
}
