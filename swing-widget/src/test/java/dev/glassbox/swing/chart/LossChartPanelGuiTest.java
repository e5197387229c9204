package dev.glassbox.swing.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.Divergence;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelEvent;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.ManualClock;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Paint;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.assertj.swing.core.MouseButton;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LossChartPanelGuiTest extends GuiTest {
    private final AtomicReference<GlassboxModel> model = new AtomicReference<>();
    private final AtomicReference<LossChartPanel> chart = new AtomicReference<>();
    private final ManualClock clock = new ManualClock();

    private void showChart(String scenario) {
        showChart(BuiltInScenarios.get(scenario));
    }

    private void showChart(Scenario scenario) {
        show(() -> {
            TrainingSession session = new TrainingSession(scenario);
            clock.chargeTraining(session, 1000);
            GlassboxModel m = new GlassboxModel(session, clock);
            model.set(m);
            LossChartPanel c = new LossChartPanel(m);
            chart.set(c);
            return c;
        }, 900, 500);
    }

    /** Runs {@code test} and restores the look and feel it started with, whatever happens. */
    private void restoringLookAndFeel(Runnable test) {
        LookAndFeel before = UIManager.getLookAndFeel();
        try {
            test.run();
        } finally {
            onEdtRun(() -> {
                try {
                    UIManager.setLookAndFeel(before);
                } catch (javax.swing.UnsupportedLookAndFeelException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @AfterEach
    void disposeModel() {
        if (model.get() != null) {
            onEdtRun(() -> {
                model.get().close();
            });
        }
    }

    private void train(int epochs) {
        onEdtRun(() -> model.get().session().run(epochs));
        robot.waitForIdle();
    }

    private XYPlot plot() {
        return chart.get().plot();
    }

    private Range domain() {
        return onEdt(() -> plot().getDomainAxis().getRange());
    }

    private ChartView view() {
        return (ChartView) window.panel("lossChartView").target();
    }

    @Test
    void trainingFiveThousandEpochsUpdatesTheChart() {
        showChart("xor");
        train(5000);
        assertThat(onEdt(() -> plot().getDataset().getItemCount(0))).isPositive();
        Range r = domain();
        assertThat(r.getUpperBound()).isCloseTo(5000, within(5000 * 0.03));
        assertThat(r.contains(5000)).isTrue();
        assertThat(r.getLowerBound()).isLessThanOrEqualTo(1);
    }

    @Test
    void playingAtFullSpeedRecomputesOncePerTickNotOncePerEpoch() {
        showChart("xor");
        AtomicInteger datasetEvents = new AtomicInteger();
        AtomicInteger trainingEvents = new AtomicInteger();
        onEdtRun(() -> {
            plot().getDataset().addChangeListener(e -> datasetEvents.incrementAndGet());
            model.get().addListener(e -> {
                if (e.kind() == GlassboxModelEvent.Kind.TRAINED) {
                    trainingEvents.incrementAndGet();
                }
            });
            model.get().setSpeed(GlassboxModel.MAX_SPEED);
            model.get().play();
        });
        for (int k = 0; k < 100 && onEdt(() -> model.get().session().epoch()) < 5000; k++) {
            onEdtRun(() -> clock.frame(15));
        }
        onEdtRun(() -> model.get().pause());
        robot.waitForIdle();
        int epochs = onEdt(() -> model.get().session().epoch());
        assertThat(datasetEvents.get()).isPositive().isLessThanOrEqualTo(trainingEvents.get()).isLessThan(epochs / 10);
        assertThat(domain().contains(epochs)).isTrue();
    }

    @Test
    void logToggleSwitchesTheLossAxisAndBack() {
        showChart("xor");
        train(2000);
        window.toggleButton("logScaleToggle").click();
        assertThat(onEdt(() -> plot().getRangeAxis())).isInstanceOf(LogAxis.class);
        Range log = onEdt(() -> plot().getRangeAxis().getRange());
        assertThat(log.getLowerBound()).isPositive();
        assertThat(log.getUpperBound() / log.getLowerBound()).isGreaterThanOrEqualTo(10);
        window.toggleButton("logScaleToggle").requireSelected().click();
        assertThat(onEdt(() -> plot().getRangeAxis())).isInstanceOf(NumberAxis.class);
        assertThat(onEdt(() -> chart.get().isLogScale())).isFalse();
    }

    @Test
    void zoomThenFollowReturnsToTheLatestEpoch() {
        showChart("xor");
        train(5000);
        Rectangle2D area = onEdt(() -> view().getScreenDataArea());
        onEdtRun(() -> view().zoomInDomain(area.getCenterX(), area.getCenterY()));
        window.toggleButton("followToggle").requireNotSelected();
        Range zoomed = domain();
        assertThat(zoomed.getLength()).isLessThan(4000);
        assertThat(zoomed.contains(5000)).isFalse();

        window.toggleButton("followToggle").click();
        Range followed = domain();
        assertThat(followed.contains(5000)).isTrue();
        assertThat(followed.getUpperBound()).isCloseTo(5000, within(zoomed.getLength() * 0.05));
        assertThat(followed.getLength()).isCloseTo(zoomed.getLength(), within(zoomed.getLength() * 0.05));

        train(1000);
        assertThat(domain().contains(6000)).isTrue();
    }

    /** Drags across the epochs from {@code from} to {@code to}, as fractions of the data area's width. */
    private void dragZoom(double from, double to) {
        Rectangle2D area = onEdt(() -> view().getScreenDataArea());
        int y = (int) area.getCenterY();
        robot.pressMouse(view(), new Point((int) (area.getX() + from * area.getWidth()), y), MouseButton.LEFT_BUTTON);
        robot.moveMouse(view(), new Point((int) (area.getX() + (from + to) / 2 * area.getWidth()), y));
        robot.moveMouse(view(), new Point((int) (area.getX() + to * area.getWidth()), y));
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }

    private Range loss() {
        return onEdt(() -> plot().getRangeAxis().getRange());
    }

    @Test
    void aDragZoomKeepsTheLossAxisFittingAndHomeFollowResetAndLoadShowEverything() {
        showChart("xor");
        train(3000);
        dragZoom(0.05, 0.3);
        window.toggleButton("followToggle").requireNotSelected();
        assertThat(domain().getUpperBound()).isLessThan(1500);
        assertThat(onEdt(() -> plot().getRangeAxis().isAutoRange())).isTrue();

        window.panel("lossChartView").pressAndReleaseKeys(KeyEvent.VK_HOME);
        assertThat(domain().contains(3000)).isTrue();
        assertThat(onEdt(() -> plot().getRangeAxis().isAutoRange())).isTrue();

        dragZoom(0.5, 0.9);
        window.toggleButton("followToggle").click();
        assertThat(onEdt(() -> plot().getRangeAxis().isAutoRange())).isTrue();

        // Zoomed in, then a reset: the next run starts from the whole view, following.
        dragZoom(0.1, 0.2);
        onEdtRun(() -> model.get().reset());
        robot.waitForIdle();
        window.toggleButton("followToggle").requireSelected();
        train(200);
        assertThat(domain().getLowerBound()).isLessThanOrEqualTo(1);
        assertThat(domain().contains(200)).isTrue();

        // Zoomed in, then another lesson with a loss of another size: the loss axis fits it.
        dragZoom(0.1, 0.2);
        onEdtRun(() -> model.get().load(BuiltInScenarios.get("xor-saturated-mse")));
        robot.waitForIdle();
        train(50);
        window.toggleButton("followToggle").requireSelected();
        assertThat(domain().contains(50)).isTrue();
        double last = onEdt(() -> model.get().session().lossHistory().last());
        assertThat(loss().contains(last)).isTrue();
    }

    @Test
    void panningAndZoomingOutNeverShowNegativeEpochs() {
        showChart("xor");
        train(1000);
        window.panel("lossChartView").click();
        for (int i = 0; i < 15; i++) {
            window.panel("lossChartView").pressAndReleaseKeys(KeyEvent.VK_LEFT);
        }
        assertThat(domain().getLowerBound()).isGreaterThanOrEqualTo(0);
        robot.type('-');
        robot.type('-');
        assertThat(domain().getLowerBound()).isGreaterThanOrEqualTo(0);
        onEdtRun(() -> plot().getDomainAxis().setRange(-300, 200));
        assertThat(domain()).isEqualTo(new Range(0, 200));
    }

    @Test
    void keysPanZoomAndShowAll() {
        showChart("xor");
        train(5000);
        window.panel("lossChartView").click();
        window.panel("lossChartView").pressAndReleaseKeys(KeyEvent.VK_LEFT);
        window.toggleButton("followToggle").requireNotSelected();
        assertThat(domain().contains(5000)).isFalse();
        double before = domain().getLength();
        robot.type('+');
        assertThat(domain().getLength()).isCloseTo(before * 0.8, within(1.0));
        window.panel("lossChartView").pressAndReleaseKeys(KeyEvent.VK_HOME);
        window.toggleButton("followToggle").requireSelected();
        assertThat(domain().getLowerBound()).isLessThanOrEqualTo(1);
        assertThat(domain().contains(5000)).isTrue();
    }

    @Test
    void hoveringANeuronEventMarkNamesTheNeuronAndWhatHappened() {
        showChart("xor-saturated-mse");
        train(2000);
        String tip = onEdt(() -> {
            Rectangle2D area = view().getScreenDataArea();
            double x = plot().getDomainAxis().valueToJava2D(841, area, RectangleEdge.BOTTOM);
            MouseEvent hover = new MouseEvent(view(), MouseEvent.MOUSE_MOVED, 0, 0,
                    (int) Math.round(x), (int) area.getY() + 12, 0, false);
            return view().getToolTipText(hover);
        });
        assertThat(tip).contains("epoch 841").contains("output").contains("no longer saturated");
    }

    @Test
    void sampleLinesToggleAddsOneLabelledSeriesPerSample() {
        showChart("xor");
        train(100);
        window.toggleButton("sampleLinesToggle").click();
        assertThat(onEdt(() -> plot().getDataset().getSeriesCount())).isEqualTo(5);
        assertThat(onEdt(() -> plot().getDataset().getSeriesKey(2))).isEqualTo("sample 2 (0, 1)");
        assertThat(onEdt(() -> plot().getDataset().getItemCount(4))).isEqualTo(100);
        window.toggleButton("sampleLinesToggle").click();
        assertThat(onEdt(() -> plot().getDataset().getSeriesCount())).isEqualTo(1);
    }

    @Test
    void comparisonRunTrainsTheOtherLossToTheSameEpochAndOverlaysIt() {
        showChart("xor-saturated-mse");
        train(3000);
        ComparisonRun run = onEdt(() -> ComparisonRun.start(model.get(), Loss.CROSS_ENTROPY, chart.get()));
        waitFor("comparison trained", () -> !run.isRunning());
        assertThat(onEdt(() -> run.session().epoch())).isEqualTo(3000);
        assertThat(onEdt(() -> plot().getDataset().getSeriesCount())).isEqualTo(2);
        assertThat(onEdt(() -> plot().getDataset().getSeriesKey(1))).isEqualTo("mean loss (cross-entropy)");
        assertThat(onEdt(() -> plot().getDataset().getItemCount(1))).isPositive();
        onEdtRun(() -> chart.get().clearComparison());
        assertThat(onEdt(() -> plot().getDataset().getSeriesCount())).isEqualTo(1);
    }

    @Test
    void comparisonRunChangesTheLearningRateAtTheEpochsTheModelsRunDid() {
        showChart("xor-saturated-mse");
        train(200);
        onEdtRun(() -> model.get().session().setLearningRate(0.5));
        train(150);
        onEdtRun(() -> model.get().session().setLearningRate(4));
        train(100);
        ComparisonRun run = onEdt(() -> ComparisonRun.start(model.get(), Loss.CROSS_ENTROPY, chart.get()));
        waitFor("comparison trained", () -> !run.isRunning());

        TrainingSession byHand = new TrainingSession(BuiltInScenarios.get("xor-saturated-mse").toBuilder().loss(Loss.CROSS_ENTROPY).build());
        byHand.run(200);
        byHand.setLearningRate(0.5);
        byHand.run(150);
        byHand.setLearningRate(4);
        byHand.run(100);
        assertThat(onEdt(() -> run.session().epoch())).isEqualTo(450);
        assertThat(onEdt(() -> run.session().parameters())).isEqualTo(byHand.parameters());
        assertThat(onEdt(() -> run.session().learningRateAt(201))).isEqualTo(0.5);
    }

    @Test
    void exportWritesThePngAtOneAndTwiceTheChartsSize(@TempDir Path dir) throws Exception {
        showChart("xor");
        train(300);
        int width = onEdt(() -> view().getWidth());
        for (int scale = 1; scale <= 2; scale++) {
            Path file = dir.resolve("loss" + scale + ".png");
            int s = scale;
            onEdtRun(() -> {
                try {
                    chart.get().exportPng(file, s);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(width * scale);
        }
    }

    /** The colors of the per-sample lines (series 1 on), as painted now. */
    private List<Paint> samplePaints() {
        return onEdt(() -> {
            List<Paint> paints = new ArrayList<>();
            for (int s = 1; s < plot().getDataset().getSeriesCount(); s++) {
                paints.add(plot().getRenderer().getSeriesPaint(s));
            }
            return paints;
        });
    }

    @Test
    void perSampleLinesHaveDistinctThemeColorsInLightAndDark() {
        restoringLookAndFeel(() -> {
            onEdtRun(FlatLightLaf::setup);
            showChart("xor");
            train(20);
            window.toggleButton("sampleLinesToggle").click();
            List<Paint> light = samplePaints();
            assertThat(light).hasSize(4).doesNotHaveDuplicates()
                    .doesNotContain(onEdt(() -> GlassboxTheme.color(GlassboxTheme.CHART_LINE)));
            for (int s = 0; s < 4; s++) {
                int sample = s;
                assertThat(light.get(s)).isEqualTo(onEdt(() -> UIManager.getColor(GlassboxTheme.chartSampleLine(sample))));
            }
            onEdtRun(() -> {
                FlatDarkLaf.setup();
                SwingUtilities.updateComponentTreeUI(window.target());
            });
            List<Paint> dark = samplePaints();
            assertThat(dark).hasSize(4).doesNotHaveDuplicates();
            for (int s = 0; s < 4; s++) {
                int sample = s;
                assertThat(dark.get(s)).isEqualTo(onEdt(() -> UIManager.getColor(GlassboxTheme.chartSampleLine(sample))))
                        .isNotEqualTo(light.get(s));
            }
        });
    }

    @Test
    void aLookAndFeelSwitchRestylesTheChart() {
        restoringLookAndFeel(() -> {
            onEdtRun(FlatLightLaf::setup);
            showChart("xor");
            assertThat(onEdt(() -> plot().getBackgroundPaint())).isEqualTo(onEdt(() ->
                    GlassboxTheme.color(GlassboxTheme.BACKGROUND)));
            onEdtRun(() -> {
                FlatDarkLaf.setup();
                SwingUtilities.updateComponentTreeUI(window.target());
            });
            assertThat(GlassboxTheme.isDark()).isTrue();
            assertThat(onEdt(() -> plot().getBackgroundPaint()))
                    .isEqualTo(onEdt(() -> GlassboxTheme.color(GlassboxTheme.BACKGROUND)));
            assertThat(onEdt(() -> plot().getRenderer().getSeriesPaint(0)))
                    .isEqualTo(onEdt(() -> GlassboxTheme.color(GlassboxTheme.CHART_LINE)));
            assertThat(onEdt(() -> plot().getDomainAxis().getTickLabelPaint()))
                    .isEqualTo(onEdt(() -> GlassboxTheme.color(GlassboxTheme.TEXT)));
        });
    }

    /** The labelled divergence lines on the chart: "label@epoch". */
    private List<String> marks() {
        return onEdt(() -> {
            List<String> marks = new ArrayList<>();
            @SuppressWarnings("unchecked")
            Collection<Marker> all = chart.get().plot().getDomainMarkers(Layer.FOREGROUND);
            if (all != null) {
                for (Marker m : all) {
                    marks.add(m.getLabel() + "@" + (int) ((ValueMarker) m).getValue());
                }
            }
            return marks;
        });
    }

    private String tooltipAtEpoch(int epoch) {
        return onEdt(() -> {
            ChartView view = (ChartView) window.panel("lossChartView").target();
            Rectangle2D area = view.getScreenDataArea();
            double x = chart.get().plot().getDomainAxis().valueToJava2D(epoch, area, RectangleEdge.BOTTOM);
            MouseEvent hover = new MouseEvent(view, MouseEvent.MOUSE_MOVED, 0, 0,
                    (int) Math.round(x), (int) area.getCenterY(), 0, false);
            return view.getToolTipText(hover);
        });
    }

    @Test
    void bookmarksAreLabelledLinesInTheirThemeColorAndAClickOnOneViewsItsEpoch() {
        showChart("xor");
        train(300);
        onEdtRun(() -> {
            model.get().addBookmark(120, "plateau ends here");
            model.get().addBookmark(900, "not yet trained");
        });
        robot.waitForIdle();
        assertThat(marks()).contains("plateau ends here@120", "not yet trained@900");
        assertThat(onEdt(() -> plot().getDomainMarkers(Layer.FOREGROUND).stream()
                .filter(m -> "plateau ends here".equals(((Marker) m).getLabel())).map(m -> ((Marker) m).getPaint())
                .findFirst().orElseThrow())).isEqualTo(onEdt(() -> GlassboxTheme.color(GlassboxTheme.BOOKMARK)));
        assertThat(tooltipAtEpoch(120)).contains("bookmark at epoch 120: plateau ends here");

        Point line = onEdt(() -> {
            Rectangle2D area = view().getScreenDataArea();
            double x = plot().getDomainAxis().valueToJava2D(120, area, RectangleEdge.BOTTOM);
            return new Point((int) Math.round(x), (int) area.getCenterY());
        });
        robot.click(view(), line);
        robot.waitForIdle();
        assertThat(onEdt(() -> model.get().viewedEpoch())).isEqualTo(120);
        assertThat(onEdt(() -> ((ValueMarker) chart.get().plot().getDomainMarkers(Layer.BACKGROUND).iterator().next())
                .getValue())).as("the viewed epoch's marker").isEqualTo(120.0);
        onEdtRun(() -> model.get().removeBookmark(120));
        assertThat(marks()).doesNotContain("plateau ends here@120");
    }

    @Test
    void aDivergenceIsMarkedAtItsEpochWithTheSessionsSentenceAndAResetClearsIt() {
        showChart(BuiltInScenarios.get("xor").toBuilder()
                .activations(Activation.SIGMOID, Activation.LINEAR).learningRate(50).build());
        onEdtRun(() -> model.get().session().run(200));
        robot.waitForIdle();
        Divergence d = onEdt(() -> model.get().session().divergence().orElseThrow());
        assertThat(marks()).contains("diverged@" + d.epoch());
        // The epoch that diverged was never committed, yet its line is in view.
        assertThat(onEdt(() -> chart.get().plot().getDomainAxis().getRange().contains(d.epoch()))).isTrue();
        assertThat(tooltipAtEpoch(d.epoch())).contains(d.message());

        onEdtRun(() -> model.get().reset());
        robot.waitForIdle();
        assertThat(marks()).isEmpty();
    }

    @Test
    void everyWarningOfTheSessionIsMarkedAtItsEpoch() {
        showChart(BuiltInScenarios.get("xor").toBuilder().learningRate(1000).build());
        onEdtRun(() -> model.get().session().run(3000));
        robot.waitForIdle();
        List<Divergence> warnings = onEdt(() -> model.get().session().warnings());
        assertThat(warnings).isNotEmpty();
        List<String> expected = new ArrayList<>();
        for (Divergence w : warnings) {
            expected.add(switch (w.kind()) {
                case LOSS_JUMP -> "loss jump";
                case SATURATION -> "saturated";
                case STALL -> "stalled";
                case NON_FINITE -> "diverged";
            } + "@" + w.epoch());
        }
        assertThat(marks()).containsExactlyInAnyOrderElementsOf(expected);
    }
}
