package dev.glassbox.swing.undo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.InGerman;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.Action;
import javax.swing.JPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Undo and Redo in German: "Rückgängig: …" and "Wiederholen: …", the edit named in the widget's German words. */
@ExtendWith(InGerman.class)
class UndoInGermanGuiTest extends GuiTest {
    private static final Scenario XOR = BuiltInScenarios.get("xor");

    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();
    private final AtomicReference<UndoActions> undo = new AtomicReference<>();

    @BeforeEach
    void showInGerman() {
        show(() -> {
            GlassboxModel m = new GlassboxModel(XOR);
            model.set(m);
            undo.set(new UndoActions(m));
            return new JPanel();
        }, 300, 200);
    }

    @AfterEach
    void close() {
        onEdtRun(() -> model.get().close());
    }

    private String name(Action action) {
        return onEdt(() -> (String) action.getValue(Action.NAME));
    }

    private void load(List<Integer> sizes, Activation... fs) {
        onEdtRun(() -> model.get().load(XOR.toBuilder().parameters(null).architecture(new Architecture(sizes, List.of(fs), Loss.MSE)).build()));
    }

    @Test
    void theUndoAndRedoNamesSayTheEditInGerman() {
        UndoActions actions = undo.get();
        assertThat(name(actions.undo())).isEqualTo("Rückgängig");
        assertThat(name(actions.redo())).isEqualTo("Wiederholen");

        load(List.of(2, 4, 1), Activation.SIGMOID, Activation.SIGMOID);
        assertThat(name(actions.undo())).isEqualTo("Rückgängig: verdeckte Schicht 1 auf 4 Neuronen setzen");
        load(List.of(2, 4, 4, 1), Activation.SIGMOID, Activation.SIGMOID, Activation.SIGMOID);
        assertThat(name(actions.undo())).isEqualTo("Rückgängig: verdeckte Schicht 2 hinzufügen");

        onEdtRun(() -> actions.undo().actionPerformed(null));
        assertThat(name(actions.redo())).isEqualTo("Wiederholen: verdeckte Schicht 2 hinzufügen");
        assertThat(name(actions.undo())).isEqualTo("Rückgängig: verdeckte Schicht 1 auf 4 Neuronen setzen");
        assertThat(onEdt(() -> (String) actions.undo().getValue(Action.SHORT_DESCRIPTION)))
                .isEqualTo("Rückgängig: verdeckte Schicht 1 auf 4 Neuronen setzen");

        onEdtRun(() -> model.get().setLearningRate(0.3));
        assertThat(name(actions.undo())).isEqualTo("Rückgängig: η auf 0.3 setzen");
    }
}
