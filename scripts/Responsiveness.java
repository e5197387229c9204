import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.demo.MainWindow;
import dev.glassbox.demo.perf.EdtLatencyProbe;
import dev.glassbox.demo.perf.Heap;
import dev.glassbox.demo.settings.AppSettings;
import dev.glassbox.demo.theme.Theme;
import dev.glassbox.swing.model.GlassboxModel;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;

/**
 * The one-minute responsiveness figure of scripts/responsiveness.sh: the real main window trains
 * xor flat out (GlassboxModel.MAX_SPEED) while event-thread latency is probed every 10 ms; the
 * heap in use after the collector's own collections is sampled along the way (no forced GC while
 * probing). Run by the script, not by the build.
 */
public final class Responsiveness {
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        AtomicReference<MainWindow> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Theme.LIGHT.install();
            // A throwaway preferences node: the run must not touch the user's settings.
            MainWindow w = new MainWindow(new AppSettings(Preferences.userRoot().node("dev/glassbox/responsiveness")),
                    BuiltInScenarios.get("xor"));
            w.setSize(1366, 768);
            w.setLocation(0, 0);
            window.set(w);
        });
        SwingUtilities.invokeAndWait(() -> window.get().setVisible(true));
        Thread.sleep(2000);
        GlassboxModel model = window.get().model();
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
        Preferences.userRoot().node("dev/glassbox/responsiveness").removeNode();
        System.exit(0);
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> read) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(read.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result.get();
    }
}
