package dev.glassbox.swing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.LossHistory;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The optimizer race: the same start trained under SGD, momentum and Adam (each also without the
 * scenario's penalty, if it has one) for as many epochs as the model's run, off the event thread,
 * each a labelled curve; every curve equals a {@code train} run of the same scenario under that
 * optimizer, point for point; the race goes with a load, a reset or its Clear command.
 */
class OptimizerRaceGuiTest extends GuiTest {
    private static final int EPOCHS = 600;
    private static final int[] SAMPLED = {1, 2, 10, 99, 300, EPOCHS};

    private GlassboxModel model;
    private LossChartPanel chart;

    private void showTrained(String scenario, int epochs) {
        show(() -> {
            model = new GlassboxModel(BuiltInScenarios.get(scenario));
            model.session().run(epochs);
            chart = new LossChartPanel(model);
            return chart;
        }, 900, 500);
    }

    @AfterEach
    void close() {
        if (model != null) {
            onEdtRun(() -> {
                chart.clearRace();
                model.close();
            });
        }
    }

    /** Starts the race from the chart's context menu and waits for it to finish. */
    private List<OptimizerRace.Lane> race() {
        window.panel("lossChartView").showPopupMenu().menuItem("raceOptimizersItem").click();
        waitFor("the race to finish", () -> chart.race() != null && !chart.race().isRunning());
        return onEdt(() -> chart.race().lanes());
    }

    /** What {@code train} gives: a session of the scenario under these settings, trained {@code epochs}. */
    private static LossHistory trained(Scenario scenario, Optimizer optimizer, Regularization r, int epochs) {
        TrainingSession session = new TrainingSession(scenario.toBuilder().optimizer(optimizer).regularization(r).build());
        session.run(epochs);
        return session.lossHistory();
    }

    private static void requireSamePoints(LossHistory race, LossHistory train, String what) {
        assertThat(race.size()).as(what + " epochs").isEqualTo(train.size());
        for (int e : SAMPLED) {
            assertThat(race.get(e - 1)).as(what + " at epoch " + e).isEqualTo(train.get(e - 1));
        }
    }

    private List<String> legend() {
        return onEdt(() -> {
            List<String> keys = new ArrayList<>();
            for (int s = 0; s < chart.plot().getDataset().getSeriesCount(); s++) {
                keys.add(String.valueOf(chart.plot().getDataset().getSeriesKey(s)));
            }
            return keys;
        });
    }

    @Test
    void eachOptimizersCurveIsItsTrainRun() {
        showTrained("xor", EPOCHS);
        List<OptimizerRace.Lane> lanes = race();
        Scenario xor = BuiltInScenarios.get("xor");
        assertThat(lanes).extracting(OptimizerRace.Lane::label)
                .containsExactly("SGD", "momentum μ = 0.9", "Adam");
        List<Optimizer> optimizers = List.of(Optimizer.SGD, Momentum.withDefault(), Adam.withDefaults());
        for (int k = 0; k < 3; k++) {
            requireSamePoints(lanes.get(k).losses(), trained(xor, optimizers.get(k), Regularization.NONE, EPOCHS),
                    lanes.get(k).label());
        }
        // The scenario's own run under SGD is the model's curve again.
        requireSamePoints(lanes.get(0).losses(), onEdt(() -> model.lossHistory()), "SGD against the model");
        assertThat(legend()).containsExactly("mean loss (MSE)", "SGD", "momentum μ = 0.9", "Adam");
        // Momentum and Adam leave plain gradient descent behind on XOR.
        assertThat(lanes.get(2).losses().last()).isLessThan(lanes.get(0).losses().last());
        assertThat(onEdt(() -> chart.plot().getRenderer().getSeriesPaint(3)))
                .isEqualTo(GlassboxTheme.color(GlassboxTheme.CHART_RACE_ADAM));
    }

    @Test
    void aPenalisedScenarioRacesWithAndWithoutItsPenalty() {
        showTrained("xor-l2", 200);
        List<OptimizerRace.Lane> lanes = race();
        Scenario s = BuiltInScenarios.get("xor-l2");
        assertThat(lanes).extracting(OptimizerRace.Lane::label).containsExactly(
                "SGD + L2", "momentum μ = 0.9 + L2", "Adam + L2", "SGD, no L2", "momentum μ = 0.9, no L2", "Adam, no L2");
        assertThat(lanes).extracting(OptimizerRace.Lane::dashed).containsExactly(false, false, false, true, true, true);
        List<Optimizer> optimizers = List.of(Optimizer.SGD, Momentum.withDefault(), Adam.withDefaults());
        for (int k = 0; k < 6; k++) {
            Regularization r = k < 3 ? s.regularization() : Regularization.NONE;
            LossHistory train = trained(s, optimizers.get(k % 3), r, 200);
            assertThat(lanes.get(k).losses().size()).isEqualTo(200);
            for (int e : new int[] {1, 50, 200}) {
                assertThat(lanes.get(k).losses().get(e - 1)).as(lanes.get(k).label() + " at " + e)
                        .isEqualTo(train.get(e - 1));
            }
        }
        assertThat(((BasicStroke) onEdt(() -> chart.plot().getRenderer().getSeriesStroke(4))).getDashArray()).isNotNull();
        assertThat(((BasicStroke) onEdt(() -> chart.plot().getRenderer().getSeriesStroke(1))).getDashArray()).isNull();
    }

    @Test
    void theScenariosOwnMomentumKeepsItsSetting() {
        showTrained("xor-momentum", EPOCHS);
        Scenario s = BuiltInScenarios.get("xor-momentum");
        List<OptimizerRace.Lane> lanes = race();
        assertThat(lanes.get(1).scenario().optimizer()).isEqualTo(s.optimizer());
        requireSamePoints(lanes.get(1).losses(), onEdt(() -> model.lossHistory()), "the scenario's own run");
    }

    @Test
    void theClearCommandAResetAndALoadDropTheRace() {
        showTrained("xor", 100);
        race();
        assertThat(legend()).hasSize(4);
        window.panel("lossChartView").showPopupMenu().menuItem("clearRaceItem").click();
        assertThat(legend()).containsExactly("mean loss (MSE)");
        assertThat(onEdt(() -> chart.clearRaceAction().isEnabled())).isFalse();

        race();
        onEdtRun(() -> model.reset());
        assertThat(onEdt(() -> chart.race())).isNull();
        assertThat(legend()).containsExactly("mean loss (MSE)");
        // Nothing to race before an epoch is trained.
        assertThat(onEdt(() -> chart.raceOptimizersAction().isEnabled())).isFalse();

        onEdtRun(() -> model.session().run(100));
        race();
        onEdtRun(() -> model.load(BuiltInScenarios.get("and")));
        assertThat(onEdt(() -> chart.race())).isNull();
    }
}
