import static dev.glassbox.demo.perf.MeasuredWindow.onEdt;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.SessionEvent;
import dev.glassbox.core.session.TrainingListener;
import java.util.concurrent.atomic.AtomicLong;
import java.nio.file.Path;
import dev.glassbox.demo.perf.EdtLatencyProbe;
import dev.glassbox.demo.perf.Heap;
import dev.glassbox.demo.perf.MeasuredWindow;
import dev.glassbox.swing.boundary.DecisionBoundaryView;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Component;
import java.awt.Container;
import javax.swing.JTabbedPane;
import java.util.Locale;
import javax.swing.SwingUtilities;

/**
 * The one-minute responsiveness figure of scripts/responsiveness.sh: the real main window trains
 * a built-in scenario (xor, or the one named, or a scenario file ending in .json) flat out (GlassboxModel.MAX_SPEED) while event-thread
 * latency is probed every 10 ms; with "boundary", the "What it learned" tab is shown with the neuron
 * maps on, so that the heatmaps are computed and painted all along (the spiral's 2-8-8-1 net: issue
 * 14's goal). The heap in use after the collector's own collections is sampled along the way (no
 * forced GC while probing). Run by the script, not by the build; exits 1 if the p99 latency misses
 * its goal, or if the slices of training are not bulk (more than ten epochs each on average).
 */
public final class Responsiveness {
    /** The event-thread latency goal, checked here rather than in the build's tests: it depends on the machine's load. */
    private static final double P99_GOAL_MILLIS = 50;
    /** More epochs than this a slice on average: training flat out is bulk, not an epoch a frame. */
    private static final int BULK_EPOCHS_PER_SLICE = 10;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        String scenario = args.length > 1 ? args[1] : "xor";
        boolean boundary = args.length > 2 && args[2].equals("boundary");
        MeasuredWindow window = MeasuredWindow.show("dev/glassbox/responsiveness", scenario.endsWith(".json")
                ? ScenarioFiles.read(Path.of(scenario)) : BuiltInScenarios.get(scenario));
        Thread.sleep(2000);
        GlassboxModel model = window.window().model();
        if (boundary) {
            SwingUtilities.invokeAndWait(() -> {
                JTabbedPane tabs = named(window.window(), "tablesTabs", JTabbedPane.class);
                tabs.setSelectedIndex(tabs.indexOfTab("What it learned"));
                named(window.window(), "decisionBoundaryView", DecisionBoundaryView.class).setNeuronMapsShown(true);
            });
            System.out.println("showing what it learned, with the neuron maps");
        }
        SwingUtilities.invokeAndWait(() -> {
            model.setSpeed(GlassboxModel.MAX_SPEED);
            model.play();
        });
        Thread.sleep(3000); // warm-up
        long heapStart = Heap.usedAfterGc();
        long historyStart = onEdt(() -> model.session().lossHistory().footprintBytes());
        AtomicLong slices = new AtomicLong();
        AtomicLong sliced = new AtomicLong();
        TrainingListener counter = e -> {
            if (e.kind() == SessionEvent.Kind.TRAINED) {
                slices.incrementAndGet();
                sliced.addAndGet(e.epochs());
            }
        };
        SwingUtilities.invokeAndWait(() -> model.session().addListener(counter));
        EdtLatencyProbe probe = EdtLatencyProbe.start(10);
        for (int t = 0; t < seconds; t += 10) {
            Thread.sleep(10_000);
            System.out.printf(Locale.ROOT, "%3d s: epoch %,d, heap after the last GC %.1f MB%n", t + 10,
                    onEdt(() -> (long) model.session().epoch()), Heap.usedAfterLastGc() / 1e6);
        }
        // Stop probing before forcing a collection: its pause is the measurement's, not the program's.
        EdtLatencyProbe.Latency latency = probe.stop();
        SwingUtilities.invokeAndWait(() -> model.session().removeListener(counter));
        long heapEnd = Heap.usedAfterGc();
        long historyEnd = onEdt(() -> model.session().lossHistory().footprintBytes());
        System.out.println("event thread over " + seconds + " s at full speed on " + scenario + ": " + latency);
        System.out.printf(Locale.ROOT, "heap after GC: %.1f MB -> %.1f MB (+%.1f MB), of which the loss history's "
                + "arrays +%.1f MB%n", heapStart / 1e6, heapEnd / 1e6, (heapEnd - heapStart) / 1e6,
                (historyEnd - historyStart) / 1e6);
        // Bulk: a slice of flat-out training trains many epochs, not one a frame (a machine's speed,
        // so checked here rather than in ResponsivenessGuiTest).
        double perSlice = slices.get() == 0 ? 0 : (double) sliced.get() / slices.get();
        boolean bulk = perSlice > BULK_EPOCHS_PER_SLICE;
        System.out.printf(Locale.ROOT, "%,d slices of %,.0f epochs on average: %s%n", slices.get(), perSlice,
                bulk ? "bulk" : "NOT BULK");
        boolean met = latency.p99() < P99_GOAL_MILLIS && bulk;
        System.out.printf(Locale.ROOT, "goal: p99 under %.0f ms: %s%n", P99_GOAL_MILLIS,
                latency.p99() < P99_GOAL_MILLIS ? "met" : "NOT MET");
        window.forgetSettings();
        System.exit(met ? 0 : 1);
    }

    /** The component named {@code name} under {@code root} (component names are the product's contract). */
    private static <T extends Component> T named(Container root, String name, Class<T> type) {
        T found = find(root, name, type);
        if (found == null) {
            throw new IllegalStateException("no " + name + " in the window");
        }
        return found;
    }

    private static <T extends Component> T find(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            T below = c instanceof Container k ? find(k, name, type) : null;
            if (below != null) {
                return below;
            }
        }
        return null;
    }
}
