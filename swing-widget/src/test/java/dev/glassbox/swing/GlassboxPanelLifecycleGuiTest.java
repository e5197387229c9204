package dev.glassbox.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.chart.ComparisonRun;
import dev.glassbox.swing.model.FrameClock;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelEvent;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.ManualClock;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.swing.JDialog;
import org.assertj.swing.core.BasicRobot;
import org.junit.jupiter.api.Test;

/**
 * The widget's lifecycle as an embedder meets it, on the real Swing timer: a dialog closed while
 * training plays pauses it and stops the timer, so nothing trains off screen; {@code close()} stops
 * it for good; and a listener that throws neither stops playback nor the other listeners, its
 * exception reaching the event thread's uncaught-exception handler.
 */
class GlassboxPanelLifecycleGuiTest extends GuiTest {

    /** The Swing timer's clock, counting the frames it runs: none may run once the timer is stopped. */
    private static final class CountingClock implements FrameClock {
        private final FrameClock timer = FrameClock.swingTimer();
        private final AtomicInteger frames = new AtomicInteger();

        @Override
        public long nanoTime() {
            return timer.nanoTime();
        }

        @Override
        public void start(Runnable frame) {
            timer.start(() -> {
                frames.incrementAndGet();
                frame.run();
            });
        }

        @Override
        public void stop() {
            timer.stop();
        }

        @Override
        public boolean isRunning() {
            return timer.isRunning();
        }
    }

    private final CountingClock clock = new CountingClock();
    private GlassboxPanel panel;
    private JDialog dialog;

    /** A dialog holding a panel on the counting Swing clock, shown and playing at full speed. */
    private void showPlayingDialog() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        dialog = onEdt(() -> {
            GlassboxModel model = new GlassboxModel(new TrainingSession(BuiltInScenarios.get("xor")), clock);
            panel = new GlassboxPanel(model);
            JDialog d = new JDialog((java.awt.Frame) null, "Embedded Glassbox", false);
            d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
            d.add(panel);
            d.setPreferredSize(new Dimension(1000, 700));
            d.pack();
            d.setLocation(0, 0);
            return d;
        });
        onEdtRun(() -> dialog.setVisible(true));
        robot.waitForIdle();
        onEdtRun(() -> {
            panel.model().setSpeed(GlassboxModel.MAX_SPEED);
            panel.model().play();
        });
        awaitEpochAbove(100);
        assertThat(onEdt(panel.model()::isTimerRunning)).isTrue();
    }

    /** Lets the event thread run until the model passes {@code epoch} (the timer trains meanwhile). */
    private void awaitEpochAbove(int epoch) {
        for (int k = 0; k < 2000 && onEdt(panel.model()::epoch) <= epoch; k++) {
            sleep(10);
        }
        assertThat(onEdt(panel.model()::epoch)).isGreaterThan(epoch);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Nothing trains and no frame runs while the event thread works through several timer periods. */
    private void nothingMoves() {
        robot.waitForIdle();
        int frames = clock.frames.get();
        int epoch = onEdt(panel.model()::epoch);
        for (int k = 0; k < 10; k++) {
            sleep(15);
            robot.waitForIdle();
        }
        assertThat(clock.frames.get()).as("frames run after the timer stopped").isEqualTo(frames);
        assertThat(onEdt(panel.model()::epoch)).as("epochs trained off screen").isEqualTo(epoch);
    }

    @Test
    void aDialogClosedWhilePlayingPausesAndStopsItsTimerAndNothingResumesByItself() {
        showPlayingDialog();
        // A comparison run on the chart has a timer of its own, training up to the model's epoch.
        ComparisonRun comparison = onEdt(() -> ComparisonRun.start(panel.model(), Loss.CROSS_ENTROPY, panel.lossChart()));
        onEdtRun(dialog::dispose);
        robot.waitForIdle();
        GlassboxModel model = panel.model();
        assertThat(onEdt(model::isPlaying)).isFalse();
        assertThat(onEdt(model::isTimerRunning)).as("the model's Swing timer").isFalse();
        assertThat(clock.isRunning()).isFalse();
        nothingMoves();
        assertThat(onEdt(comparison::isRunning)).as("the comparison's Swing timer").isFalse();
        assertThat(onEdt(model::isClosed)).as("paused, not closed").isFalse();

        onEdtRun(() -> dialog.setVisible(true));
        robot.waitForIdle();
        assertThat(onEdt(model::isPlaying)).as("shown again, it stays paused").isFalse();
        nothingMoves();
        onEdtRun(model::play);
        int before = onEdt(model::epoch);
        awaitEpochAbove(before);
        onEdtRun(dialog::dispose);
        robot.waitForIdle();
        assertThat(onEdt(model::isTimerRunning)).isFalse();
        nothingMoves();
    }

    @Test
    void closeStopsThePlayingPanelForGoodAndNoCommandStartsItsTimerAgain() {
        showPlayingDialog();
        GlassboxModel model = panel.model();
        onEdtRun(panel::close);
        assertThat(onEdt(model::isClosed)).isTrue();
        assertThat(onEdt(model::isPlaying)).isFalse();
        assertThat(onEdt(model::isTimerRunning)).isFalse();
        nothingMoves();

        onEdtRun(() -> {
            model.play();
            model.setSpeed(GlassboxModel.BULK_SPEED - 1);
            model.stepEpoch();
            model.stepPhase();
        });
        assertThat(onEdt(model::isPlaying)).as("play after close").isFalse();
        assertThat(onEdt(model::isTimerRunning)).as("an animated step after close").isFalse();
        nothingMoves();
        onEdtRun(panel::close);
        onEdtRun(dialog::dispose);
        robot.waitForIdle();
        assertThat(onEdt(model::isTimerRunning)).isFalse();
    }

    @Test
    void aListenerThatThrowsStopsNeitherPlaybackNorTheOtherListeners() {
        ManualClock manual = new ManualClock();
        List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
        List<int[]> trained = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inspections = new AtomicInteger();
        show(() -> {
            GlassboxModel model = new GlassboxModel(new TrainingSession(BuiltInScenarios.get("xor")), manual);
            panel = new GlassboxPanel(model);
            return panel;
        }, 1366, 768);
        GlassboxModel model = panel.model();
        Thread.UncaughtExceptionHandler previous = onEdt(() -> Thread.currentThread().getUncaughtExceptionHandler());
        try {
            onEdtRun(() -> {
                Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
                model.addListener(e -> {
                    throw new IllegalArgumentException("training listener fails at epoch " + e.lastEpoch());
                });
                model.addListener(e -> {
                    if (e.kind() == GlassboxModelEvent.Kind.TRAINED) {
                        trained.add(new int[] {e.firstEpoch(), e.lastEpoch()});
                    }
                });
                model.addAnimationListener(e -> {
                    throw new IllegalStateException("animation listener fails");
                });
                model.addPlaybackListener(e -> {
                    throw new UnsupportedOperationException("playback listener fails");
                });
                model.inspection().addInspectionListener(e -> {
                    throw new ArithmeticException("inspection listener fails");
                });
                model.inspection().addInspectionListener(e -> inspections.incrementAndGet());
                model.setSpeed(GlassboxModel.BULK_SPEED + 20);
                model.play();
                manual.frames(60, 15);
            });
            int bulk = onEdt(model::epoch);
            assertThat(bulk).as("epochs trained in bulk").isPositive();
            assertThat(onEdt(model::isPlaying)).isTrue();
            assertThat(onEdt(model::isTimerRunning)).isTrue();

            onEdtRun(() -> {
                model.setSpeed(GlassboxModel.BULK_SPEED - 1);
                manual.frames(200, 15);
                model.setHovered(new NeuronId(1, 0));
            });
            int animated = onEdt(model::epoch);
            assertThat(animated).as("animated epochs after the animation listener threw").isGreaterThan(bulk + 2);
            assertThat(onEdt(model::isPlaying)).isTrue();

            // The other listener heard every epoch once, in order; the views still follow.
            int next = 1;
            for (int[] range : new ArrayList<>(trained)) {
                assertThat(range[0]).isEqualTo(next);
                next = range[1] + 1;
            }
            assertThat(next - 1).isEqualTo(animated);
            assertThat(inspections.get()).isEqualTo(1);
            window.label("epochLabel").requireText(Pattern.compile("Epoch " + animated + " · loss .*"));
            window.button("playButton").requireText("Pause");

            assertThat(uncaught).extracting(Throwable::getMessage)
                    .contains("training listener fails at epoch " + animated, "animation listener fails",
                            "playback listener fails", "inspection listener fails");
        } finally {
            onEdtRun(() -> {
                model.pause();
                Thread.currentThread().setUncaughtExceptionHandler(previous == Thread.currentThread().getThreadGroup()
                        ? null : previous);
            });
        }
    }
}
