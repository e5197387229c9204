package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.demo.perf.EdtLatencyProbe;
import dev.glassbox.demo.perf.Heap;
import dev.glassbox.swing.model.GlassboxModel;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.Test;

class ResponsivenessGuiTest extends AppGuiTest {
    private static final long SLACK_BYTES = 16L << 20;

    @Test
    void trainingFlatOutKeepsTheEventThreadResponsiveAndMemoryFlat() throws InterruptedException {
        showApp();
        window.slider("speedSlider").slideToMaximum();
        assertThat(onEdt(() -> model().speed())).isEqualTo(GlassboxModel.MAX_SPEED);
        // Warm up (class loading, JIT) before measuring.
        window.button("playButton").click();
        Pause.pause(1000);
        window.button("playButton").click();
        robot.waitForIdle();
        long heapBefore = Heap.usedAfterGc();
        long historyBefore = onEdt(() -> model().session().lossHistory().footprintBytes());

        EdtLatencyProbe probe = EdtLatencyProbe.start(10);
        window.button("playButton").click();
        Pause.pause(4000);
        EdtLatencyProbe.Latency latency = probe.stop();
        window.button("playButton").click();
        robot.waitForIdle();
        int epochs = onEdt(() -> model().session().epoch());
        long history = onEdt(() -> model().session().lossHistory().footprintBytes()) - historyBefore;
        long growth = Heap.usedAfterGc() - heapBefore;
        System.out.printf("responsiveness: %d epochs in ~5 s; event thread %s; heap after GC grew %.1f MB, "
                + "the loss history's arrays %.1f MB%n", epochs, latency, growth / 1e6, history / 1e6);

        assertThat(latency.probes()).isGreaterThan(200);
        assertThat(latency.p99()).as("p99 event-thread latency, ms").isLessThan(50);
        assertThat(epochs).isGreaterThan(10_000);
        // The loss history grows by design (8 bytes an epoch, bounded by the core); nothing else may.
        assertThat(growth).as("heap growth beyond the loss history").isLessThan(history + SLACK_BYTES);
    }
}
