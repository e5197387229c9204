package dev.glassbox.swing.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.internal.marker.Marker;
import dev.glassbox.swing.internal.table.NeuronState;
import dev.glassbox.swing.loss.LossCalculationPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.InGerman;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.JTableHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three trace tables and the loss calculation on xor in German: headers, header tooltips and a cell's explanation from
 * the German bundle, the symbols and numbers (with a decimal point) as in English.
 */
@ExtendWith(InGerman.class)
class InGermanTablesGuiTest extends GuiTest {
    private GlassboxModel model;
    private ActivationsTable activations;
    private DeltasTable deltas;
    private WeightsTable weights;
    private LossCalculationPanel loss;

    @BeforeEach
    void showInGerman() {
        show(() -> {
            model = new GlassboxModel(BuiltInScenarios.get("xor"));
            activations = new ActivationsTable(model);
            deltas = new DeltasTable(model);
            weights = new WeightsTable(model);
            loss = new LossCalculationPanel(model);
            JPanel p = new JPanel(new GridLayout(4, 1));
            p.add(new JScrollPane(activations));
            p.add(new JScrollPane(deltas));
            p.add(new JScrollPane(weights));
            p.add(loss);
            return p;
        }, 700, 900);
    }

    @AfterEach
    void close() {
        onEdtRun(() -> model.close());
    }

    private static List<String> headers(JTable table) {
        return onEdt(() -> {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                names.add(table.getColumnName(c));
            }
            return names;
        });
    }

    private static String headerTooltip(JTable table, int column) {
        return onEdt(() -> {
            JTableHeader header = table.getTableHeader();
            Rectangle r = header.getHeaderRect(column);
            return header.getToolTipText(new MouseEvent(header, MouseEvent.MOUSE_MOVED, 0, 0,
                    r.x + r.width / 2, r.y + r.height / 2, 0, false));
        });
    }

    private static String cellDescription(JTable t, int row, int column) {
        return onEdt(() -> ((JComponent) t.prepareRenderer(t.getCellRenderer(row, column), row, column))
                .getAccessibleContext().getAccessibleDescription());
    }

    @Test
    void theHeadersAreGerman() {
        assertThat(headers(activations)).containsExactly("Neuron", "z", "a", "Steigung", "Zustand");
        assertThat(headers(deltas)).containsExactly("Neuron", "Rohfehler oder Σ w·δ", "Steigung", "δ");
        assertThat(headers(weights)).containsExactly("Parameter", "Wert", "ḡ", "letzte Änderung");
        assertThat(headerTooltip(weights, 0))
                .isEqualTo("Parameter: das Gewicht w einer Verbindung oder der Bias b eines Neurons");
        assertThat(headerTooltip(weights, 3))
                .isEqualTo("letzte Änderung: was die letzte Aktualisierung am Wert bewirkt hat, −η·g (g = ḡ)");
        assertThat(onEdt(() -> weights.getAccessibleContext().getAccessibleName()))
                .isEqualTo("Gewichte und Biases");
    }

    @Test
    void theLossCalculationIsGerman() {
        assertThat(onEdt(() -> loss.getAccessibleContext().getAccessibleName())).isEqualTo("Verlustberechnung");
        JTable table = window.table("lossTable").target();
        assertThat(headers(table)).containsExactly("#", "x", "y", "a", "Verlust");
        assertThat(onEdt(() -> table.getAccessibleContext().getAccessibleName())).isEqualTo("Verlust jedes Beispiels");
    }

    @Test
    void aWeightsValueIsExplainedInGermanWithADecimalPoint() {
        // The explanation follows what the column is, not its (German) header.
        assertThat(cellDescription(weights, 0, 1)).isEqualTo(
                "w Eingabe 1 → verdeckt 1 = 0.1500, vor der Aktualisierung (der Rückwärtsdurchlauf verwendet es)\n"
                + "Konventionen (das ½, die Mittelwerte, das Vorzeichen der Aktualisierung): siehe Konventionen in der Hilfe");
        assertThat(cellDescription(weights, 0, 2)).contains("der Mittelwert der ∂L/∂w der Beispiele");
    }

    @Test
    void theMarkersAreWordedInGerman() {
        assertThat(onEdt(() -> Marker.DEAD.label())).isEqualTo("tot");
        assertThat(onEdt(() -> Marker.DEAD.explanation()))
                .isEqualTo("z ≤ 0 in jedem Beispiel: Ausgabe 0, Steigung 0, kein Lernen");
        assertThat(onEdt(() -> Marker.SATURATED.label())).isEqualTo("gesättigt");
        assertThat(onEdt(() -> NeuronState.DEAD.label())).isEqualTo("tot");
    }
}
