package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.demo.cli.Sweep;
import dev.glassbox.demo.experiments.SweepDialog;
import java.util.List;
import org.assertj.swing.fixture.DialogFixture;
import org.jfree.chart.ChartPanel;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A teacher asks "how often does XOR get stuck?" from the Training menu: the sweep trains every
 * combination off the event thread, each run exactly as {@code train} would (the same session from
 * the same seed), and draws the final losses as they come in.
 */
class SweepGuiTest extends AppGuiTest {
    private SweepDialog dialog;
    private DialogFixture sweep;

    @BeforeEach
    void openTheSweep() {
        showApp();
        dialog = onEdt(() -> app.openSweep());
        sweep = new DialogFixture(robot, dialog);
    }

    private void settings(long from, long to, int epochs, String rates, String optimizers) {
        sweep.spinner("sweepSeedsFrom").enterTextAndCommit(Long.toString(from));
        sweep.spinner("sweepSeedsTo").enterTextAndCommit(Long.toString(to));
        sweep.spinner("sweepEpochs").enterTextAndCommit(Integer.toString(epochs));
        sweep.textBox("sweepRates").deleteText().enterText(rates);
        sweep.textBox("sweepOptimizers").deleteText().enterText(optimizers);
    }

    private void awaitTheEnd() {
        javax.swing.JButton run = sweep.button("sweepRunButton").target();
        await("the sweep's end", () -> onEdt(() -> !dialog.isRunning() && run.isEnabled()));
    }

    @Test
    void everyRunIsTrainAsTheCommandLineTrainsItAndTheChartsCountThem() {
        settings(1, 6, 300, "2", "sgd, momentum:0.9");
        sweep.button("sweepRunButton").click();
        awaitTheEnd();
        List<Sweep.Outcome> outcomes = onEdt(dialog::outcomes);
        assertThat(outcomes).hasSize(12);
        Scenario xor = BuiltInScenarios.get("xor");
        for (int k = 0; k < outcomes.size(); k++) {
            Sweep.Outcome o = outcomes.get(k);
            Optimizer expected = k < 6 ? Optimizer.SGD : new Momentum(0.9);
            assertThat(o.settings().optimizer()).isEqualTo(expected);
            assertThat(o.settings().seed()).isEqualTo(k % 6 + 1);
            TrainingSession alone = new TrainingSession(xor.toBuilder().parameters(null).seed(k % 6 + 1)
                    .learningRate(2).optimizer(expected).build());
            alone.run(300);
            assertThat(o.loss()).isEqualTo(alone.datasetLoss());
            assertThat(o.parameters()).isEqualTo(alone.parameters());
        }
        // The histogram's bars hold every run; the plot against η has a series per optimizer.
        XYDataset bars = onEdt(() -> ((ChartPanel) sweep.robot().finder().findByName(dialog, "sweepHistogram"))
                .getChart().getXYPlot().getDataset());
        double counted = 0;
        for (int i = 0; i < bars.getItemCount(0); i++) {
            counted += bars.getYValue(0, i);
        }
        assertThat(counted).isEqualTo(12);
        XYDataset byRate = onEdt(() -> ((ChartPanel) sweep.robot().finder().findByName(dialog, "sweepByRate"))
                .getChart().getXYPlot().getDataset());
        assertThat(byRate.getSeriesCount()).isEqualTo(2);
        assertThat(byRate.getSeriesKey(1)).isEqualTo("momentum:0.9");
        sweep.label("sweepMessage").requireText(java.util.regex.Pattern.compile(
                "12 runs · \\d+ learned \\(below 0\\.01\\) · \\d+ stuck · 0 diverged · median final loss .+"));
        sweep.progressBar("sweepProgress").requireValue(12);
    }

    @Test
    void aBadSettingIsNamedAndNothingRuns() {
        settings(1, 4, 100, "0.5, abc", "sgd");
        sweep.button("sweepRunButton").click();
        sweep.label("sweepMessage").requireText("Learning rates: “abc” is not a number above 0.");
        sweep.textBox("sweepRates").deleteText().enterText("1");
        sweep.textBox("sweepOptimizers").deleteText().enterText("rmsprop");
        sweep.button("sweepRunButton").click();
        sweep.label("sweepMessage").requireText(java.util.regex.Pattern.compile("Optimizers: “rmsprop” is not one of .*"));
        assertThat(onEdt(dialog::outcomes)).isEmpty();
        assertThat(onEdt(dialog::isRunning)).isFalse();
    }

    @Test
    void cancelStopsTheRunsNotYetDoneAndSaysHowManyWere() {
        settings(1, 5000, 1_000_000, "1", "sgd");
        sweep.button("sweepRunButton").click();
        sweep.button("sweepCancelButton").requireEnabled().click();
        awaitTheEnd();
        int done = onEdt(() -> dialog.outcomes().size());
        assertThat(done).isLessThan(5000);
        sweep.label("sweepMessage").requireText(java.util.regex.Pattern.compile("Cancelled: " + done + " of 5000 runs done.*"));
        sweep.button("sweepRunButton").requireEnabled();
        sweep.button("sweepCancelButton").requireDisabled();
    }

    @Test
    void escapeClosesTheSweepAndCancelsARunningOne() {
        settings(1, 5000, 1_000_000, "1", "sgd");
        sweep.button("sweepRunButton").click();
        sweep.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ESCAPE);
        await("the sweep's window closed", () -> !dialog.isDisplayable());
        await("the runs stopped", () -> !dialog.isRunning());
        assertThat(onEdt(() -> dialog.outcomes().size())).isLessThan(5000);
    }
}
