package dev.glassbox.demo;

import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioException;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.demo.export.PngExport;
import dev.glassbox.demo.export.TraceExport;
import dev.glassbox.demo.files.ErrorDialog;
import dev.glassbox.demo.files.FileChoosers;
import dev.glassbox.demo.files.IoProblem;
import dev.glassbox.demo.files.ScenarioDropHandler;
import dev.glassbox.demo.settings.AppSettings;
import dev.glassbox.demo.theme.Theme;
import dev.glassbox.demo.theme.Zoom;
import dev.glassbox.swing.controls.LessonPanel;
import dev.glassbox.swing.controls.ParameterControls;
import dev.glassbox.swing.controls.TrainingControls;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;

/**
 * The Glassbox application window: the controls and the lesson on the left; the network view,
 * the chain rule and the loss calculation above; the activations, deltas and weights tables and
 * the loss chart below — all visible at once from 1366×768 up. It also opens and saves scenario
 * files (menu, recent files, drag and drop), exports pictures and the training trace, switches
 * theme and zoom, and binds the training shortcuts.
 *
 * <p>The window neither sizes nor positions itself: the caller packs, positions and shows it.
 */
public final class MainWindow extends JFrame {
    private final transient AppSettings settings;
    private final transient GlassboxModel model;
    private final ParameterControls parameters;
    private final JComponent networkView;
    private final JComponent lossChart;
    private final JLabel status = new JLabel(" ");
    private final transient FileChoosers choosers = new FileChoosers();
    private final transient List<Shortcuts.Shortcut> shortcuts;
    private HelpDialog help;

    /** A window training {@code scenario}, remembering its settings in {@code settings}. */
    public MainWindow(AppSettings settings, Scenario scenario) {
        super("Glassbox");
        this.settings = settings;
        model = new GlassboxModel(scenario);
        parameters = new ParameterControls(model);
        networkView = Views.network(model);
        lossChart = Views.lossChart(model);
        TrainingControls training = new TrainingControls(model);
        // Clicking a button must not move the focus onto it, or Space would press that button
        // instead of playing; keyboard users can still tab to them.
        forEachNamed(training, Set.of("playButton", "stepButton", "phaseButton", "resetButton", "speedSlider"),
                c -> c.setRequestFocusEnabled(false));

        status.setName("statusMessage");
        status.putClientProperty("html.disable", Boolean.TRUE);
        setJMenuBar(new AppMenus(this).build());
        setContentPane(layout(training));
        shortcuts = Shortcuts.training(model);
        Shortcuts.install(getRootPane(), shortcuts);
        setTransferHandler(new ScenarioDropHandler(this::openScenario));
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                model.dispose();
                if (help != null) {
                    help.dispose();
                }
            }
        });
    }

    private JPanel layout(TrainingControls training) {
        JPanel content = new JPanel(new MigLayout("fill, insets 6, gap 6, hidemode 2",
                "[][grow 62, fill][grow 38, fill]", "[][][grow 60, fill][grow 40, fill][]"));
        content.add(training, "span 2, growx");
        content.add(new JLabel("Theme"), "split 2, right");
        content.add(themeCombo(), "growx 0, wrap");
        content.add(new DivergenceBanner(model), "span, growx, wrap");

        JPanel left = new JPanel(new MigLayout("fill, insets 0, gap 0 8, wrap 1", "[grow, fill]", "[][grow, fill]"));
        left.add(parameters);
        left.add(new Section("Lesson", new LessonPanel(model)));
        content.add(left, "spany 2, grow");

        content.add(new Section("Network", networkView), "grow");
        JPanel explain = new JPanel(new MigLayout("fill, insets 0, gap 0 6, wrap 1", "[grow, fill]",
                "[grow 55, fill][grow 45, fill]"));
        explain.add(new Section("Chain rule", Views.chainRule(model)));
        explain.add(new Section("Loss calculation", Views.lossCalculation(model)));
        content.add(explain, "grow, wrap");

        JPanel tables = new JPanel(new MigLayout("fill, insets 0, gap 6 0", "[grow, sg table, fill][grow, sg table, fill][grow, sg table, fill]",
                "[grow, fill]"));
        tables.add(new Section("Activations", Views.activations(model)));
        tables.add(new Section("Deltas", Views.deltas(model)));
        tables.add(new Section("Weights", Views.weights(model)));
        content.add(tables, "grow");
        content.add(new Section("Loss over epochs", lossChart), "grow, wrap");
        content.add(status, "span, growx");
        return content;
    }

    private JComboBox<Theme> themeCombo() {
        JComboBox<Theme> combo = new JComboBox<>(Theme.values());
        combo.setName("themeCombo");
        combo.setSelectedItem(Theme.named(settings.theme()));
        combo.addActionListener(e -> {
            Theme theme = (Theme) combo.getSelectedItem();
            if (theme != null && !theme.name().equals(settings.theme())) {
                theme.switchTo();
                settings.setTheme(theme.name());
            }
        });
        return combo;
    }

    private static void forEachNamed(Container root, Set<String> names, java.util.function.Consumer<JComponent> f) {
        for (Component c : root.getComponents()) {
            if (c instanceof JComponent j && names.contains(c.getName())) {
                f.accept(j);
            }
            if (c instanceof Container child) {
                forEachNamed(child, names, f);
            }
        }
    }

    /** The model the window shows. */
    public GlassboxModel model() {
        return model;
    }

    AppSettings settings() {
        return settings;
    }

    FileChoosers choosers() {
        return choosers;
    }

    // ---------------------------------------------------------------- scenario files

    /**
     * Opens a scenario file, offers it in the scenario chooser and trains it from its epoch 0. A
     * file that cannot be read or is not a valid scenario gets an error dialog naming the problem,
     * and the current session stays exactly as it was. Returns whether the file was opened.
     */
    public boolean openScenario(Path file) {
        Scenario scenario;
        try {
            scenario = ScenarioFiles.read(file);
        } catch (ScenarioException e) {
            if (!Files.exists(file)) {
                settings.removeRecentFile(file);
            }
            ErrorDialog.show(this, "Cannot open scenario", file.getFileName() + ": " + e.getMessage());
            return false;
        }
        parameters.addScenario(file.getFileName().toString(), scenario);
        settings.addRecentFile(file);
        say("Opened " + file.getFileName());
        return true;
    }

    /**
     * Saves the scenario as it stands now — the current weights and biases and learning rate — so
     * that a run can be handed on from an interesting state. Returns whether it was written.
     */
    public boolean saveScenario(Path file) {
        TrainingSession session = model.session();
        Scenario now = session.scenario().withParameters(session.parameters())
                .withLearningRate(session.learningRate());
        try {
            ScenarioFiles.write(now, file);
        } catch (IOException e) {
            ErrorDialog.show(this, "Cannot save scenario", "Cannot write " + file.getFileName() + ": "
                    + IoProblem.describe(e));
            return false;
        }
        settings.addRecentFile(file);
        say("Saved " + file.getFileName() + " (the weights after epoch " + session.epoch() + ")");
        return true;
    }

    // ---------------------------------------------------------------- export

    /** Writes the network view as a PNG at {@code scale} × its size on screen. */
    public boolean exportNetworkPng(Path file, int scale) {
        return exportPng(networkView, file, scale);
    }

    /** Writes the loss chart as a PNG at {@code scale} × its size on screen. */
    public boolean exportChartPng(Path file, int scale) {
        return exportPng(lossChart, file, scale);
    }

    /** Writes the whole window (menu bar and content) as a PNG at {@code scale} × its size. */
    public boolean exportWindowPng(Path file, int scale) {
        return exportPng(getRootPane(), file, scale);
    }

    private boolean exportPng(JComponent c, Path file, int scale) {
        try {
            PngExport.write(c, file, scale);
        } catch (IOException e) {
            ErrorDialog.show(this, "Cannot export", "Cannot write " + file.getFileName() + ": "
                    + IoProblem.describe(e));
            return false;
        }
        say("Exported " + file.getFileName() + (scale > 1 ? " at " + scale + "×" : ""));
        return true;
    }

    /**
     * Writes the training trace so far (epoch, loss, every weight and bias) as CSV, in the
     * background; the returned worker is done when the file is complete.
     */
    public SwingWorker<Void, Void> exportTrace(Path file) {
        TraceExport export = new TraceExport(model.session());
        say("Writing " + file.getFileName() + "…");
        SwingWorker<Void, Void> worker = new SwingWorker<>() {
            @Override
            protected Void doInBackground() throws IOException {
                export.write(file);
                return null;
            }

            @Override
            protected void done() {
                try {
                    get();
                    say("Exported " + file.getFileName() + ": " + export.rows() + " epochs"
                            + (export.stride() > 1 ? ", every " + export.stride() + "th" : ""));
                } catch (ExecutionException e) {
                    String why = e.getCause() instanceof IOException io ? IoProblem.describe(io) : e.getCause().toString();
                    say(" ");
                    ErrorDialog.show(MainWindow.this, "Cannot export", "Cannot write " + file.getFileName() + ": " + why);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        return worker;
    }

    // ---------------------------------------------------------------- view and help

    /** Sets the presentation zoom (100, 125, 150 or 200 percent) and remembers it. */
    public void setZoom(int percent) {
        Zoom.switchTo(percent);
        settings.setZoomPercent(percent);
    }

    /** Shows the keyboard shortcuts. */
    public JDialog showHelp() {
        if (help == null) {
            help = new HelpDialog(this, shortcuts, getJMenuBar());
            help.setLocationRelativeTo(this);
        }
        help.setVisible(true);
        return help;
    }

    private void say(String message) {
        status.setText(message);
    }
}
