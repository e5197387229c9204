import static dev.glassbox.demo.perf.MeasuredWindow.onEdt;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.demo.perf.EdtLatencyProbe;
import dev.glassbox.demo.perf.Heap;
import dev.glassbox.demo.perf.MeasuredWindow;
import dev.glassbox.swing.model.GlassboxModel;
import java.util.Locale;
import javax.swing.SwingUtilities;

/**
 * The one-minute responsiveness figure of scripts/responsiveness.sh: the real main window trains
 * xor flat out (GlassboxModel.MAX_SPEED) while event-thread latency is probed every 10 ms; the
 * heap in use after the collector's own collections is sampled along the way (no forced GC while
 * probing). Run by the script, not by the build; exits 1 if the p99 latency misses its goal.
 */
public final class Responsiveness {
    /** The event-thread latency goal, checked here rather than in the build's tests: it depends on the machine's load. */
    private static final double P99_GOAL_MILLIS = 50;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        MeasuredWindow window = MeasuredWindow.show("dev/glassbox/responsiveness", BuiltInScenarios.get("xor"));
        Thread.sleep(2000);
        GlassboxModel model = window.window().model();
        SwingUtilities.invokeAndWait(() -> {
            model.setSpeed(GlassboxModel.MAX_SPEED);
            model.play();
        });
        Thread.sleep(3000); // warm-up
        long heapStart = Heap.usedAfterGc();
        long historyStart = onEdt(() -> model.session().lossHistory().footprintBytes());
        EdtLatencyProbe probe = EdtLatencyProbe.start(10);
        for (int t = 0; t < seconds; t += 10) {
            Thread.sleep(10_000);
            System.out.printf(Locale.ROOT, "%3d s: epoch %,d, heap after the last GC %.1f MB%n", t + 10,
                    onEdt(() -> (long) model.session().epoch()), Heap.usedAfterLastGc() / 1e6);
        }
        // Stop probing before forcing a collection: its pause is the measurement's, not the program's.
        EdtLatencyProbe.Latency latency = probe.stop();
        long heapEnd = Heap.usedAfterGc();
        long historyEnd = onEdt(() -> model.session().lossHistory().footprintBytes());
        System.out.println("event thread over " + seconds + " s at full speed: " + latency);
        System.out.printf(Locale.ROOT, "heap after GC: %.1f MB -> %.1f MB (+%.1f MB), of which the loss history's "
                + "arrays +%.1f MB%n", heapStart / 1e6, heapEnd / 1e6, (heapEnd - heapStart) / 1e6,
                (historyEnd - historyStart) / 1e6);
        boolean met = latency.p99() < P99_GOAL_MILLIS;
        System.out.printf(Locale.ROOT, "goal: p99 under %.0f ms: %s%n", P99_GOAL_MILLIS, met ? "met" : "NOT MET");
        window.forgetSettings();
        System.exit(met ? 0 : 1);
    }
}
