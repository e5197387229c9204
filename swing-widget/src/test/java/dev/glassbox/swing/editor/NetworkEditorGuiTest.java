package dev.glassbox.swing.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.GlassboxPanelOptions;
import dev.glassbox.swing.GlassboxPanelOptions.View;
import dev.glassbox.swing.controls.ParameterControls;
import dev.glassbox.swing.controls.TrainingActions;
import dev.glassbox.swing.controls.TrainingControls;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.undo.UndoActions;
import java.awt.BorderLayout;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.Action;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A student builds a 2-4-4-1 network in the editor by typing and clicking, starts it from He with
 * seed 7, trains it with Step and takes the changes back one by one with Ctrl+Z, the editor showing
 * each network as it was; the limits (a 17th neuron, a 9th layer) are refused with the message in
 * place; the scenario's own weights come back only while the layers are theirs.
 */
class NetworkEditorGuiTest extends GuiTest {
    private static final Scenario XOR = BuiltInScenarios.get("xor");
    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();
    private final AtomicReference<UndoActions> undo = new AtomicReference<>();
    private final AtomicReference<NetworkEditor> editor = new AtomicReference<>();

    /** The editor between the training controls and the parameter controls, as an embedder lays out the parts. */
    @BeforeEach
    void showXorWithTheEditor() {
        show(() -> {
            GlassboxModel m = new GlassboxModel(XOR);
            // At full speed a step trains its epoch at once instead of animating it.
            m.setSpeed(GlassboxModel.MAX_SPEED);
            model.set(m);
            JPanel p = new JPanel(new BorderLayout());
            p.add(new TrainingControls(m, new TrainingActions(m, p)), BorderLayout.NORTH);
            editor.set(new NetworkEditor(m));
            p.add(editor.get(), BorderLayout.CENTER);
            p.add(new ParameterControls(m), BorderLayout.EAST);
            undo.set(new UndoActions(m));
            undo.get().installKeys(p);
            return p;
        }, 1000, 700);
    }

    private GlassboxModel model() {
        return model.get();
    }

    private List<Integer> sizes() {
        return onEdt(() -> model().architecture().sizes());
    }

    private String undoName() {
        return onEdt(() -> (String) undo.get().undo().getValue(Action.NAME));
    }

    private void undo() {
        int menu = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == InputEvent.META_DOWN_MASK
                ? InputEvent.META_MASK : InputEvent.CTRL_MASK;
        robot.pressAndReleaseKey(KeyEvent.VK_Z, menu);
        robot.waitForIdle();
    }

    private String message() {
        return window.label("networkEditorMessage").text();
    }

    @Test
    void aStudentBuildsA2441NetTrainsItAndUndoesTheChangesOneByOne() {
        window.label("networkShape").requireText("2-2-1 network");
        window.label("layerSize0").requireText("2");
        window.spinner("layerSize1").enterTextAndCommit("4");
        robot.waitForIdle();
        assertThat(sizes()).containsExactly(2, 4, 1);
        assertThat(message()).isEqualTo("Hidden layer 1: 4 neurons: training starts again from epoch 0.");
        assertThat(undoName()).isEqualTo("Undo set hidden layer 1 to 4 neurons");

        window.button("addLayerAfter1").click();
        assertThat(sizes()).containsExactly(2, 4, 4, 1);
        window.label("networkShape").requireText("2-4-4-1 network");
        window.spinner("layerSize2").requireValue(4);
        window.label("layerSize3").requireText("1");
        assertThat(undoName()).isEqualTo("Undo add hidden layer 2");

        selectItem(window.comboBox("layerActivation2"), Activation.TANH.ordinal());
        assertThat(onEdt(() -> model().architecture().activations()))
                .containsExactly(Activation.SIGMOID, Activation.TANH, Activation.SIGMOID);
        assertThat(undoName()).isEqualTo("Undo change hidden layer 2's activation to tanh");
        JComboBox<?> hidden = onEdt(() -> (JComboBox<?>) window.comboBox("hiddenActivationCombo").target());
        assertThat(onEdt(hidden::getSelectedItem)).as("no one activation is the hidden layers'").isNull();
        assertThat(onEdt(() -> ((JLabel) hidden.getRenderer().getListCellRendererComponent(new JList<>(), null, -1, false,
                false)).getText())).isEqualTo("per layer");

        selectItem(window.comboBox("initCombo"), Start.HE.ordinal());
        window.textBox("seedField").selectAll().enterText("7").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        robot.waitForIdle();
        assertThat(undoName()).isEqualTo("Undo change the seed to 7");
        Scenario built = onEdt(model()::scenario);
        assertThat(built.initializer()).isEqualTo(Initializer.HE);
        assertThat(built.seed()).isEqualTo(7);
        assertThat(onEdt(model()::parameters)).as("the GUI's weights are the file's and the initialiser's")
                .isEqualTo(ScenarioFiles.parse(ScenarioFiles.toJson(built)).initialParameters())
                .isEqualTo(Initializer.HE.parameters(new int[] {2, 4, 4, 1}, 7));
        window.label("initExplanation").requireText("Each weight drawn from the seed in ±√(6 / fan-in), every bias 0. "
                + "For ReLU layers.");

        for (int k = 0; k < 3; k++) {
            window.button("stepButton").click();
            robot.waitForIdle();
        }
        assertThat(onEdt(model()::epoch)).isEqualTo(3);
        assertThat(undoName()).isEqualTo("Undo step to epoch 3");
        undo();
        assertThat(onEdt(model()::epoch)).isEqualTo(2);
        assertThat(sizes()).containsExactly(2, 4, 4, 1);
        window.label("networkShape").requireText("2-4-4-1 network");

        undo();
        undo();
        assertThat(onEdt(model()::epoch)).isZero();
        assertThat(undoName()).isEqualTo("Undo change the seed to 7");
        undo();
        window.textBox("seedField").requireText(Long.toString(XOR.seed()));
        undo();
        window.comboBox("initCombo").requireSelection(Start.XAVIER.toString());
        assertThat(undoName()).isEqualTo("Undo change hidden layer 2's activation to tanh");
        undo();
        window.comboBox("layerActivation2").requireSelection("sigmoid");
        undo();
        assertThat(sizes()).containsExactly(2, 4, 1);
        window.label("networkShape").requireText("2-4-1 network");
        window.label("layerSize2").requireText("1");
        assertThat(robot.finder().findAll(editor.get(), c -> "removeLayer2".equals(c.getName())))
                .as("the second hidden layer's row is gone").isEmpty();
    }

    @Test
    void aSeventeenthNeuronAndANinthLayerAreRefusedWithTheReasonInPlace() {
        window.spinner("layerSize1").enterTextAndCommit("16");
        robot.waitForIdle();
        assertThat(sizes()).containsExactly(2, 16, 1);
        window.spinner("layerSize1").increment();
        robot.waitForIdle();
        assertThat(message()).isEqualTo("At most 16 neurons in a layer.");
        assertThat(sizes()).containsExactly(2, 16, 1);
        window.spinner("layerSize1").requireValue(16);
        window.spinner("layerSize1").enterText("17");
        robot.waitForIdle();
        assertThat(message()).isEqualTo("At most 16 neurons in a layer.");
        assertThat(sizes()).containsExactly(2, 16, 1);

        for (int k = 0; k < 5; k++) {
            window.button("addLayerButton").click();
        }
        assertThat(sizes()).hasSize(Scenario.MAX_LAYERS).containsExactly(2, 16, 16, 16, 16, 16, 16, 1);
        window.button("addLayerButton").click();
        assertThat(message()).isEqualTo("At most 8 layers, the input and output layers included.");
        window.button("addLayerAfter0").click();
        assertThat(message()).isEqualTo("At most 8 layers, the input and output layers included.");
        assertThat(sizes()).hasSize(Scenario.MAX_LAYERS);

        window.button("removeLayer3").click();
        assertThat(sizes()).containsExactly(2, 16, 16, 16, 16, 16, 1);
        assertThat(message()).isEqualTo("Hidden layer 3 removed: training starts again from epoch 0.");
    }

    @Test
    void theScenariosOwnWeightsComeBackOnlyWhileTheLayersAreTheirs() {
        window.comboBox("initCombo").requireSelection("Scenario's weights");
        window.textBox("seedField").requireDisabled();
        window.spinner("layerSize1").enterTextAndCommit("3");
        robot.waitForIdle();
        window.comboBox("initCombo").requireSelection("Xavier/Glorot");
        assertThat(onEdt(model()::parameters)).isEqualTo(Initializer.XAVIER.parameters(new int[] {2, 3, 1}, XOR.seed()));

        // Refused, so it does not stay selected: one click, no retries.
        window.comboBox("initCombo").selectItem(Start.OWN.ordinal());
        robot.waitForIdle();
        assertThat(message()).isEqualTo("The scenario's own weights fit its 2-2-1 network, not this 2-3-1 one.");
        window.comboBox("initCombo").requireSelection("Xavier/Glorot");

        window.spinner("layerSize1").enterTextAndCommit("2");
        robot.waitForIdle();
        selectItem(window.comboBox("initCombo"), Start.OWN.ordinal());
        assertThat(onEdt(model()::parameters)).isEqualTo(XOR.parameters());
        assertThat(undoName()).isEqualTo("Undo use the scenario's weights");
        window.button("stepButton").click();
        robot.waitForIdle();
        selectItem(window.comboBox("layerActivation1"), Activation.SIGMOID.ordinal());
        selectItem(window.comboBox("initCombo"), Start.OWN.ordinal());
        assertThat(onEdt(model()::epoch)).as("the same choices again train nothing again").isEqualTo(1);

        selectItem(window.comboBox("initCombo"), Start.ZEROS.ordinal());
        window.textBox("seedField").requireDisabled();
        window.button("newSeedButton").requireDisabled();
        assertThat(onEdt(model()::parameters).toFlat()).containsOnly(0.0);

        selectItem(window.comboBox("initCombo"), Start.UNIFORM.ordinal());
        window.button("newSeedButton").requireEnabled().click();
        robot.waitForIdle();
        long shown = Long.parseLong(window.textBox("seedField").text());
        assertThat(onEdt(model()::scenario).seed()).isEqualTo(shown);
        assertThat(onEdt(model()::parameters)).isEqualTo(Initializer.UNIFORM.parameters(new int[] {2, 2, 1}, shown));

        window.textBox("seedField").selectAll().enterText("seven").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(message()).isEqualTo("The seed is a whole number, such as 7; got 'seven'.");
        assertThat(onEdt(model()::scenario).seed()).isEqualTo(shown);
    }

    @Test
    void withMixedHiddenActivationsTheOutputComboKeepsEachHiddenLayersOwnAndTheHiddenComboSetsThemAll() {
        window.button("addLayerAfter1").click();
        selectItem(window.comboBox("layerActivation1"), Activation.RELU.ordinal());
        assertThat(onEdt(() -> window.comboBox("hiddenActivationCombo").target().getSelectedItem())).isNull();
        selectItem(window.comboBox("outputActivationCombo"), Activation.LINEAR.ordinal());
        assertThat(onEdt(() -> model().architecture().activations()))
                .containsExactly(Activation.RELU, Activation.SIGMOID, Activation.LINEAR);
        window.comboBox("layerActivation3").requireSelection("linear");
        selectItem(window.comboBox("hiddenActivationCombo"), Activation.TANH.ordinal());
        assertThat(onEdt(() -> model().architecture().activations()))
                .containsExactly(Activation.TANH, Activation.TANH, Activation.LINEAR);
        window.comboBox("layerActivation1").requireSelection("tanh");
        window.comboBox("layerActivation2").requireSelection("tanh");
    }

    @Test
    void theGlassboxPanelShowsTheEditorInANetworkTabOnlyWhenAsked() {
        window.cleanUp();
        show(() -> new GlassboxPanel(new GlassboxModel(XOR)), 1366, 768);
        assertThat(window.tabbedPane("detailTabs").tabTitles()).doesNotContain("Network");
        window.cleanUp();
        show(() -> new GlassboxPanel(new GlassboxModel(XOR), GlassboxPanelOptions.all().with(View.NETWORK_EDITOR)), 1366, 768);
        window.tabbedPane("detailTabs").selectTab("Network");
        robot.waitForIdle();
        window.panel("networkEditor").requireVisible();
        window.label("networkShape").requireText("2-2-1 network");
    }
}
