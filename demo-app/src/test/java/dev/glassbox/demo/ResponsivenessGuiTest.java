package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.session.SessionEvent;
import dev.glassbox.core.session.TrainingListener;
import dev.glassbox.demo.perf.Heap;
import dev.glassbox.swing.model.GlassboxModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import java.util.function.BooleanSupplier;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;

/**
 * Training flat out leaves the event thread free between slices of training and keeps memory flat.
 * What is asserted is counted, not timed — in slices, epochs and events that ran between them — so
 * that a loaded machine cannot fail it; the event-thread latency in milliseconds (goal: p99 under
 * 50 ms) is measured by {@code scripts/responsiveness.sh}.
 */
class ResponsivenessGuiTest extends AppGuiTest {
    private static final long SLACK_BYTES = 16L << 20;
    /** Only a hang should reach this: the waits end as soon as their condition holds. */
    private static final Timeout PATIENCE = Timeout.timeout(5, TimeUnit.MINUTES);

    /** What ran on the event thread, in order: a slice of training (its epochs), or a posted event (0). */
    private final List<Integer> edtLog = new ArrayList<>();

    @Test
    void trainingFlatOutIsSlicedSoOtherEventsRunInBetweenAndMemoryStaysFlat() throws InterruptedException {
        showApp();
        window.slider("speedSlider").slideToMaximum();
        assertThat(onEdt(() -> model().speed())).isEqualTo(GlassboxModel.MAX_SPEED);
        // Warm up (class loading, JIT, the model's estimate of epochs per slice) before counting.
        window.button("playButton").click();
        waitUntil("training has started", () -> onEdt(() -> model().session().epoch()) > 0);
        window.button("playButton").click();
        robot.waitForIdle();
        long heapBefore = Heap.usedAfterGc();
        long historyBefore = onEdt(() -> model().session().lossHistory().footprintBytes());
        int epochsBefore = onEdt(() -> model().session().epoch());

        TrainingListener slices = e -> {
            if (e.kind() == SessionEvent.Kind.TRAINED) {
                edtLog.add(e.epochs());
            }
        };
        onEdtRun(() -> model().session().addListener(slices));
        ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "edt-event-poster");
            t.setDaemon(true);
            return t;
        });
        poster.scheduleAtFixedRate(() -> SwingUtilities.invokeLater(() -> edtLog.add(0)), 0, 10, TimeUnit.MILLISECONDS);
        window.button("playButton").click();
        // Until enough has happened, however long that takes on this machine: no wall-clock budget,
        // and no count of epochs (how many a slice trains depends on the machine's speed).
        waitUntil("40 slices", () -> onEdt(() -> edtLog.stream().filter(n -> n > 0).count() > 40));
        window.button("playButton").click();
        poster.shutdown();
        assertThat(poster.awaitTermination(1, TimeUnit.SECONDS)).isTrue();
        robot.waitForIdle();
        onEdtRun(() -> model().session().removeListener(slices));

        List<Integer> log = onEdt(() -> List.copyOf(edtLog));
        int epochs = onEdt(() -> model().session().epoch()) - epochsBefore;
        List<Integer> sliceSizes = log.stream().filter(n -> n > 0).toList();
        int first = log.indexOf(sliceSizes.get(0));
        int last = log.lastIndexOf(sliceSizes.get(sliceSizes.size() - 1));
        long eventsBetween = log.subList(first, last).stream().filter(n -> n == 0).count();
        int largest = sliceSizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        long history = onEdt(() -> model().session().lossHistory().footprintBytes()) - historyBefore;
        long growth = Heap.usedAfterGc() - heapBefore;
        System.out.printf("responsiveness: %d epochs in %d slices (largest %d), %d posted events ran between them; "
                + "heap after GC grew %.1f MB, the loss history's arrays %.1f MB%n", epochs, sliceSizes.size(),
                largest, eventsBetween, growth / 1e6, history / 1e6);

        assertThat(sliceSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(epochs);
        // (How many epochs a slice trains depends on the machine's speed: scripts/responsiveness.sh
        // checks that the slices are bulk, many epochs each.)
        // Many slices, none of them a large part of the run, and the event thread ran other events between them.
        assertThat(sliceSizes).hasSizeGreaterThan(20);
        assertThat(largest).isLessThan(epochs / 10);
        assertThat(eventsBetween).isGreaterThan(10);
        // The loss history grows by design (8 bytes an epoch, bounded by the core); nothing else may.
        assertThat(growth).as("heap growth beyond the loss history").isLessThan(history + SLACK_BYTES);
    }

    private static void waitUntil(String what, BooleanSupplier done) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return done.getAsBoolean();
            }
        }, PATIENCE);
    }
}
