package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.loss.LossCalculationPanel;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.swing.JComponent;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * While the quiz conceals a value, no view gives it away: not the network's tags and weight labels
 * (idle with details, mid backward pass, mid update), not any element's tooltip, accessible name or
 * description, not any table cell, its tooltip or its accessible description. The values are xor's
 * first epoch on sample 2 (x = (0, 1), y = 1), worked by hand from xor.json; before concealing,
 * each one is on view somewhere (so the test can fail).
 */
class ConcealedEverywhereGuiTest extends GuiTest {
    private static final int SAMPLE = 1;

    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();
    private final AtomicReference<NetworkView> view = new AtomicReference<>();
    private final List<JTable> tables = new ArrayList<>();

    static Stream<Arguments> quantities() {
        return Stream.of(
                // z output = 0.40·0.63414 + 0.45·0.65701 + 0.60 = 1.1493
                Arguments.of(new NeuronId(2, 0), Quantity.Z, new String[] {"1.149", "1.15"}),
                // a hidden 1 = σ(0.55) = 0.63414
                Arguments.of(new NeuronId(1, 0), Quantity.A, new String[] {"0.6341", "0.634"}),
                // a output = σ(1.1493) = 0.75938, in the network, the loss table, and in its loss ½(0.75938 − 1)² = 0.02895
                Arguments.of(new NeuronId(2, 0), Quantity.A, new String[] {"0.7594", "0.759", "0.02895"}),
                // δ hidden 1 = 0.40·(−0.04397) × 0.23201 = −0.004080
                Arguments.of(new NeuronId(1, 0), Quantity.DELTA, new String[] {"−0.004080", "−0.00408"}),
                // ∂L/∂w hidden 1 → output = −0.043965 · 0.63414 = −0.02788
                Arguments.of(new Connection(1, 0, 0), Quantity.GRADIENT, new String[] {"−0.02788"}),
                // ḡ = (0.08249 − 0.02788 − 0.02771 + 0.09171) / 4 = 0.02965
                Arguments.of(new Connection(1, 0, 0), Quantity.BATCH_GRADIENT, new String[] {"0.02965"}),
                // w ← 0.4000 − 2·0.02965 = 0.3407
                // (the update's end drawn in three digits on the wire: 0.341)
                Arguments.of(new Connection(1, 0, 0), Quantity.UPDATED_WEIGHT,
                        new String[] {"0.3407", "WEIGHT of " + new Connection(1, 0, 0) + ": 0.341"}));
    }

    @BeforeEach
    void showXorOnSampleTwo() {
        show(() -> {
            GlassboxModel m = new GlassboxModel(BuiltInScenarios.get("xor"));
            model.set(m);
            view.set(new NetworkView(m));
            view.get().setShowDetails(true);
            m.setViewedSample(SAMPLE);
            return ExplainedNumbersGuiTest.everyView(m, view.get());
        }, 1100, 950);
        for (String name : new String[] {"activationsTable", "deltasTable", "weightsTable", "lossTable"}) {
            tables.add(window.table(name).target());
        }
    }

    @AfterEach
    void closeModel() {
        onEdtRun(() -> model.get().close());
    }

    /** Every text the views show about the viewed sample. */
    private String everything() {
        List<String> texts = new ArrayList<>();
        LossCalculationPanel loss = (LossCalculationPanel) window.panel("lossCalculationPanel").target();
        JComponent mean = window.textBox("lossMean").target();
        onEdtRun(() -> {
            NetworkView v = view.get();
            GlassboxModel m = model.get();
            Architecture arch = m.architecture();
            List<NetworkElement> elements = new ArrayList<>();
            for (int l = 0; l <= arch.depth(); l++) {
                for (int j = 0; j < arch.size(l); j++) {
                    elements.add(new NeuronId(l, j));
                }
            }
            for (int l = 0; l < arch.depth(); l++) {
                for (int j = 0; j < arch.size(l + 1); j++) {
                    for (int i = 0; i < arch.size(l); i++) {
                        elements.add(new Connection(l, i, j));
                    }
                }
            }
            for (NetworkElement e : elements) {
                texts.add(v.getTooltipGenerator().generateToolTip(m.trace(), m.viewedSample(), e, m.inspection()));
                m.setSelected(e);
                texts.add(v.getAccessibleContext().getAccessibleName());
                texts.add(v.getAccessibleContext().getAccessibleDescription());
                for (Object[] moment : new Object[][] {{Phase.IDLE, 0.0}, {Phase.BACKWARD, 1.0}, {Phase.UPDATE, 0.5},
                    {Phase.UPDATE, 1.0}}) {
                    BufferedImage image = new BufferedImage(v.getWidth(), v.getHeight(), BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = image.createGraphics();
                    v.paintSnapshot(g, (Phase) moment[0], (double) moment[1]);
                    g.dispose();
                    v.paintedLabels().forEach(label -> texts.add(label.kind() + " of " + label.element() + ": " + label.text()));
                    texts.add(v.paintedCaption().shownText());
                }
            }
            m.setSelected(null);
            texts.add(loss.meanText());
            texts.add(mean.getToolTipText());
            texts.add(mean.getAccessibleContext().getAccessibleDescription());
            for (JTable t : tables) {
                for (int r = 0; r < t.getRowCount(); r++) {
                    for (int c = 0; c < t.getColumnCount(); c++) {
                        texts.add(String.valueOf(t.getValueAt(r, c)));
                        texts.add(ExplainedNumbersGuiTest.cellTooltipNow(t, r, c));
                        texts.add(t.getAccessibleContext().getAccessibleChild(r * t.getColumnCount() + c)
                                .getAccessibleContext().getAccessibleDescription());
                    }
                }
            }
        });
        return String.join("\n", texts.stream().map(String::valueOf).toList());
    }

    @ParameterizedTest
    @MethodSource("quantities")
    void aConcealedValueIsOnNoTagTooltipOrCell(NetworkElement e, Quantity q, String[] written) {
        String shown = everything();
        for (String w : written) {
            assertThat(shown).as("before concealing, %s is shown", w).contains(w);
        }
        onEdtRun(() -> model.get().inspection().setConcealed(new Concealed(e, q, SAMPLE)));
        robot.waitForIdle();
        String concealed = everything();
        for (String w : written) {
            assertThat(concealed.lines().filter(line -> line.contains(w)).toList()).as("%s of %s concealed", q, e).isEmpty();
        }
        assertThat(concealed).contains(Concealed.MARK);
        onEdtRun(() -> model.get().inspection().setConcealed(null));
        robot.waitForIdle();
        assertThat(everything()).as("shown again").contains(written[0]);
    }
}
