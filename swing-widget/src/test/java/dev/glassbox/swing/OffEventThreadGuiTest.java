package dev.glassbox.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.LossHistory;
import dev.glassbox.swing.boundary.DecisionBoundaryView;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.swing.chart.ComparisonRun;
import dev.glassbox.swing.chart.LossChartPanel;
import dev.glassbox.swing.controls.LessonPanel;
import dev.glassbox.swing.controls.ParameterControls;
import dev.glassbox.swing.controls.ScenarioEntry;
import dev.glassbox.swing.controls.TrainingActions;
import dev.glassbox.swing.editor.NetworkEditor;
import dev.glassbox.swing.undo.UndoActions;
import dev.glassbox.core.session.Checkpoint;
import dev.glassbox.swing.controls.TrainingControls;
import dev.glassbox.swing.loss.LossCalculationPanel;
import dev.glassbox.swing.model.AnimationListener;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelListener;
import dev.glassbox.swing.model.GradientShown;
import dev.glassbox.swing.model.InspectionListener;
import dev.glassbox.swing.model.InspectionModel;
import dev.glassbox.swing.model.PlaybackListener;
import dev.glassbox.swing.network.NetworkTooltipGenerator;
import dev.glassbox.swing.network.NetworkView;
import dev.glassbox.swing.network.NeuronRenderer;
import dev.glassbox.swing.quiz.QuizModel;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.swing.table.ActivationsTable;
import dev.glassbox.swing.table.DeltasTable;
import dev.glassbox.swing.internal.table.StateTable;
import dev.glassbox.swing.internal.table.TraceTableModel;
import dev.glassbox.swing.table.WeightsTable;
import dev.glassbox.swing.testing.GuiTest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import dev.glassbox.core.math.Sample;
import dev.glassbox.swing.data.DatasetPanel;
import dev.glassbox.swing.data.DatasetTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

/**
 * Every public mutator of the model and of the views, called from the test's own thread, throws an
 * {@link IllegalStateException} that names the method and says to use the event thread (as JavaFX
 * does), and changes nothing. The table of calls is checked against the classes themselves, so a
 * mutator added later without a row (and so, likely, without the check) fails this test.
 */
class OffEventThreadGuiTest extends GuiTest {
    /** The calls' targets, made on the event thread before any call off it. */
    private record Parts(GlassboxPanel panel, GlassboxModel model, TraceTableModel table, ComparisonRun run,
            JPanel other, GlassboxModelListener training, AnimationListener animation, PlaybackListener playback,
            InspectionListener inspection, DatasetTable data) {
    }

    /**
     * A mutator under its qualified name, and the name the exception gives: its own, or that of the
     * method it hands the call to (the model's inspection shortcuts name the inspection model's).
     */
    private record Call(String name, String reportedAs, Consumer<Parts> call) {
    }

    private static Call call(String name, Consumer<Parts> call) {
        return new Call(name, name, call);
    }

    private static Call delegating(String name, String reportedAs, Consumer<Parts> call) {
        return new Call(name, reportedAs, call);
    }

    private static final List<Call> MUTATORS = List.of(
            call("GlassboxModel.close", p -> p.model().close()),
            call("GlassboxModel.addListener", p -> p.model().addListener(p.training())),
            call("GlassboxModel.removeListener", p -> p.model().removeListener(p.training())),
            call("GlassboxModel.addAnimationListener", p -> p.model().addAnimationListener(p.animation())),
            call("GlassboxModel.removeAnimationListener", p -> p.model().removeAnimationListener(p.animation())),
            call("GlassboxModel.addPlaybackListener", p -> p.model().addPlaybackListener(p.playback())),
            call("GlassboxModel.removePlaybackListener", p -> p.model().removePlaybackListener(p.playback())),
            call("GlassboxModel.load", p -> p.model().load(BuiltInScenarios.get("and"))),
            call("GlassboxModel.reset", p -> p.model().reset()),
            call("GlassboxModel.setLearningRate", p -> p.model().setLearningRate(0.5)),
            call("GlassboxModel.setParameter", p -> p.model().setParameter(new Connection(1, 0, 0), 0.5)),
            call("GlassboxModel.setSamples", p -> p.model().setSamples(List.of(Sample.of(new double[] {0, 0},
                    new double[] {1})))),
            call("DatasetTable.importCsv", p -> {
                try {
                    p.data().importCsv(Path.of("samples.csv"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }),
            call("DatasetTable.exportCsv", p -> {
                try {
                    p.data().exportCsv(Path.of("samples.csv"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }),
            call("GlassboxModel.addUndoableEditListener", p -> p.model().addUndoableEditListener(e -> { })),
            call("GlassboxModel.removeUndoableEditListener", p -> p.model().removeUndoableEditListener(e -> { })),
            call("UndoActions.installKeys", p -> p.panel().undoActions().installKeys(p.other())),
            delegating("GlassboxModel.setViewedSample", "InspectionModel.setViewedSample",
                    p -> p.model().setViewedSample(2)),
            delegating("GlassboxModel.setHovered", "InspectionModel.setHovered",
                    p -> p.model().setHovered(new NeuronId(1, 0))),
            delegating("GlassboxModel.setSelected", "InspectionModel.setSelected",
                    p -> p.model().setSelected(new Connection(1, 0, 0))),
            delegating("GlassboxModel.setGradientShown", "InspectionModel.setGradientShown",
                    p -> p.model().setGradientShown(GradientShown.BATCH_MEAN)),
            call("GlassboxModel.stepEpoch", p -> p.model().stepEpoch()),
            call("GlassboxModel.stepPhase", p -> p.model().stepPhase()),
            call("GlassboxModel.play", p -> p.model().play()),
            call("GlassboxModel.pause", p -> p.model().pause()),
            call("GlassboxModel.cancelEpoch", p -> p.model().cancelEpoch()),
            call("GlassboxModel.togglePlay", p -> p.model().togglePlay()),
            call("GlassboxModel.setSpeed", p -> p.model().setSpeed(7)),
            call("GlassboxModel.viewEpoch", p -> p.model().viewEpoch(0)),
            call("GlassboxModel.showPresent", p -> p.model().showPresent()),
            call("GlassboxModel.continueFromViewedEpoch", p -> p.model().continueFromViewedEpoch()),
            call("GlassboxModel.runToEpoch", p -> p.model().runToEpoch(50)),
            call("GlassboxModel.runUntilLossBelow", p -> p.model().runUntilLossBelow(0.01, 50)),
            call("GlassboxModel.addBookmark", p -> p.model().addBookmark(3, "here")),
            call("GlassboxModel.removeBookmark", p -> p.model().removeBookmark(3)),
            call("InspectionModel.addInspectionListener", p -> p.model().inspection().addInspectionListener(p.inspection())),
            call("InspectionModel.removeInspectionListener",
                    p -> p.model().inspection().removeInspectionListener(p.inspection())),
            call("InspectionModel.setViewedSample", p -> p.model().inspection().setViewedSample(1)),
            call("InspectionModel.setHovered", p -> p.model().inspection().setHovered(new NeuronId(2, 0))),
            call("InspectionModel.setSelected", p -> p.model().inspection().setSelected(new NeuronId(1, 1))),
            call("InspectionModel.setConcealed", p -> p.model().inspection()
                    .setConcealed(new Concealed(new NeuronId(2, 0), Quantity.A, 0))),
            call("InspectionModel.setGradientShown", p -> p.model().inspection().setGradientShown(GradientShown.BATCH_MEAN)),
            call("GlassboxPanel.close", p -> p.panel().close()),
            call("NetworkView.setShowDetails", p -> p.panel().networkView().setShowDetails(false)),
            call("NetworkView.setTooltipGenerator",
                    p -> p.panel().networkView().setTooltipGenerator(NetworkTooltipGenerator.standard())),
            call("NetworkView.setNeuronRenderer", p -> p.panel().networkView().setNeuronRenderer(NeuronRenderer.standard())),
            call("QuizModel.addQuizListener", p -> p.panel().quizPanel().quiz().addQuizListener(e -> { })),
            call("QuizModel.removeQuizListener", p -> p.panel().quizPanel().quiz().removeQuizListener(e -> { })),
            call("QuizModel.setKinds", p -> p.panel().quizPanel().quiz().setKinds(Set.of(Quantity.A))),
            call("QuizModel.setSeed", p -> p.panel().quizPanel().quiz().setSeed(7)),
            call("QuizModel.ask", p -> p.panel().quizPanel().quiz().ask()),
            call("QuizModel.play", p -> p.panel().quizPanel().quiz().play(List.of())),
            call("QuizModel.playScenarioQuiz", p -> p.panel().quizPanel().quiz().playScenarioQuiz()),
            call("QuizModel.next", p -> p.panel().quizPanel().quiz().next()),
            call("QuizModel.skip", p -> p.panel().quizPanel().quiz().skip()),
            call("QuizModel.hint", p -> p.panel().quizPanel().quiz().hint()),
            call("QuizModel.answer", p -> p.panel().quizPanel().quiz().answer(0.5)),
            call("QuizModel.dispose", p -> p.panel().quizPanel().quiz().dispose()),
            call("ParameterControls.addScenario",
                    p -> p.panel().parameterControls().addScenario("mine.json", BuiltInScenarios.get("or"))),
            call("ParameterControls.setScenarios", p -> p.panel().parameterControls()
                    .setScenarios(List.of(ScenarioEntry.of(BuiltInScenarios.get("or"))))),
            call("ParameterControls.setScenarioChooserVisible",
                    p -> p.panel().parameterControls().setScenarioChooserVisible(false)),
            call("ParameterControls.selectScenario", p -> p.panel().parameterControls()
                    .selectScenario("and")),
            call("LossChartPanel.refresh", p -> p.panel().lossChart().refresh()),
            call("LossChartPanel.setLogScale", p -> p.panel().lossChart().setLogScale(false)),
            call("LossChartPanel.setFollowing", p -> p.panel().lossChart().setFollowing(false)),
            call("LossChartPanel.setSampleLinesVisible", p -> p.panel().lossChart().setSampleLinesVisible(true)),
            call("LossChartPanel.setComparison", p -> p.panel().lossChart().setComparison(LossHistory.of(), "other")),
            call("LossChartPanel.clearComparison", p -> p.panel().lossChart().clearComparison()),
            call("LossChartPanel.raceOptimizers", p -> p.panel().lossChart().raceOptimizers()),
            call("LossChartPanel.clearRace", p -> p.panel().lossChart().clearRace()),
            call("ComparisonRun.start", p -> ComparisonRun.start(p.model(), Loss.CROSS_ENTROPY, p.panel().lossChart())),
            call("ComparisonRun.cancel", p -> p.run().cancel()),
            call("TraceTableModel.refresh", p -> p.table().refresh()),
            call("DecisionBoundaryView.setDiscretized", p -> p.panel().decisionBoundaryView().setDiscretized(true)),
            call("DecisionBoundaryView.setNeuronMapsShown",
                    p -> p.panel().decisionBoundaryView().setNeuronMapsShown(true)),
            call("DecisionBoundaryView.setPlottedInputs", p -> p.panel().decisionBoundaryView().setPlottedInputs(1, 0)),
            call("DecisionBoundaryView.setFixedValue", p -> p.panel().decisionBoundaryView().setFixedValue(0, 0.5)),
            call("DecisionBoundaryView.setShownOutput", p -> p.panel().decisionBoundaryView().setShownOutput(0)),
            call("TrainingActions.installKeys", p -> p.panel().trainingControls().actions().installKeys(p.other())));

    /**
     * Public void methods of the API classes that paint or export a picture: they read the view,
     * change nothing, and so have no row.
     */
    private static final Set<String> NOT_MUTATORS = Set.of("NetworkView.paintSnapshot", "LossChartPanel.exportPng");

    /** Mutators that return what they made (the question asked, the verdict given). */
    private static final Set<String> RETURNING_MUTATORS = Set.of("QuizModel.ask", "QuizModel.play", "QuizModel.playScenarioQuiz", "QuizModel.next",
            "QuizModel.hint", "QuizModel.answer");

    /** Every public type of the model and the views whose public methods are checked. */
    private static final List<Class<?>> API = List.of(GlassboxModel.class, InspectionModel.class,
            GlassboxPanel.class, NetworkView.class, ChainRulePanel.class, LossCalculationPanel.class,
            StateTable.class, ActivationsTable.class, DeltasTable.class, WeightsTable.class, TraceTableModel.class,
            LossChartPanel.class, ComparisonRun.class, ParameterControls.class, TrainingControls.class,
            TrainingActions.class, LessonPanel.class, QuizModel.class, UndoActions.class,
            DecisionBoundaryView.class, NetworkEditor.class, DatasetTable.class, DatasetPanel.class);

    @Test
    void everyPublicMutatorCalledOffTheEventThreadThrowsNamingTheEventThreadAndChangesNothing() {
        Parts parts = onEdt(() -> {
            GlassboxPanel p = new GlassboxPanel(BuiltInScenarios.get("xor"));
            p.model().setSpeed(GlassboxModel.MAX_SPEED);
            return new Parts(p, p.model(), (TraceTableModel) p.activationsTable().getModel(), null, new JPanel(),
                    e -> { }, e -> { }, e -> { }, e -> { }, new DatasetTable(p.model()));
        });
        show(parts::panel, 1366, 768);
        ComparisonRun run = onEdt(() -> {
            parts.model().stepEpoch();
            return ComparisonRun.start(parts.model(), Loss.CROSS_ENTROPY, parts.panel().lossChart());
        });
        Parts withRun = new Parts(parts.panel(), parts.model(), parts.table(), run, parts.other(), parts.training(),
                parts.animation(), parts.playback(), parts.inspection(), parts.data());
        Checkpoint afterStep = onEdt(() -> parts.model().session().checkpoint());
        String thread = Thread.currentThread().getName();

        for (Call c : MUTATORS) {
            Throwable thrown = catchThrowable(() -> c.call().accept(withRun));
            assertThat(thrown).as(c.name() + " off the event thread").isInstanceOf(IllegalStateException.class);
            assertThat(thrown.getMessage()).as(c.name())
                    .startsWith(c.reportedAs() + " must be called on the Swing event thread")
                    .contains("SwingUtilities.invokeLater").contains("\"" + thread + "\"");
        }

        GlassboxModel model = parts.model();
        assertThat(onEdt(model::isClosed)).isFalse();
        assertThat(onEdt(model::isPlaying)).isFalse();
        assertThat(onEdt(model::epoch)).isEqualTo(1);
        assertThat(onEdt(model::speed)).isEqualTo(GlassboxModel.MAX_SPEED);
        assertThat(onEdt(() -> model.scenario().name())).isEqualTo(BuiltInScenarios.get("xor").name());
        assertThat(onEdt(model::learningRate)).isEqualTo(BuiltInScenarios.get("xor").learningRate());
        assertThat(onEdt(() -> model.session().checkpoint())).as("no weight set, nothing else changed")
                .isEqualTo(afterStep);
        assertThat(onEdt(model::selected)).isNull();
        assertThat(onEdt(model::hovered)).isNull();
        assertThat(onEdt(model::viewedSample)).isZero();
        assertThat(onEdt(model::isViewingPast)).isFalse();
        window.comboBox("scenarioCombo").requireVisible()
                .requireSelection(BuiltInScenarios.get("xor").name() + "  (xor)");
        window.label("epochLabel").requireText(java.util.regex.Pattern.compile("Epoch 1 · loss .*"));
        // On the event thread the same calls work (the keys, for one).
        onEdtRun(() -> parts.panel().trainingControls().actions().installKeys(parts.other()));
    }

    @Test
    void theTableNamesEveryPublicMutatorOfTheModelAndTheViews() {
        Set<String> declared = new TreeSet<>();
        for (Class<?> type : API) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && m.getReturnType() == void.class && !overridesASuperclass(type, m)) {
                    declared.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        declared.removeAll(NOT_MUTATORS);
        Set<String> tabled = MUTATORS.stream().map(Call::name).collect(Collectors.toCollection(TreeSet::new));
        tabled.remove("ComparisonRun.start"); // the one static mutator: a factory that overlays the chart
        tabled.removeAll(RETURNING_MUTATORS); // not found by the void-method scan, tabled by hand
        assertThat(tabled).containsExactlyElementsOf(declared);
    }

    /** Whether {@code m} overrides a public method of a superclass (Swing's updateUI, doLayout, …). */
    private static boolean overridesASuperclass(Class<?> type, Method m) {
        Class<?> parent = type.getSuperclass();
        if (parent == null) {
            return false;
        }
        try {
            parent.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
