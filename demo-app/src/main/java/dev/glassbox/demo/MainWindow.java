package dev.glassbox.demo;

import dev.glassbox.core.math.Loss;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioException;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.demo.export.PngExport;
import dev.glassbox.demo.export.Exports;
import dev.glassbox.demo.files.ErrorDialog;
import dev.glassbox.demo.files.FileChoosers;
import dev.glassbox.demo.files.IoProblem;
import dev.glassbox.demo.files.ScenarioDropHandler;
import dev.glassbox.demo.settings.AppSettings;
import dev.glassbox.demo.theme.Restyle;
import dev.glassbox.demo.theme.Theme;
import dev.glassbox.demo.theme.Zoom;
import dev.glassbox.swing.boundary.DecisionBoundaryView;
import dev.glassbox.swing.editor.NetworkEditor;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.swing.chart.ComparisonRun;
import dev.glassbox.swing.chart.LossChartPanel;
import dev.glassbox.swing.controls.LessonPanel;
import dev.glassbox.swing.controls.ParameterControls;
import dev.glassbox.swing.controls.TrainingActions;
import dev.glassbox.swing.controls.TrainingControls;
import dev.glassbox.swing.loss.LossCalculationPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelEvent;
import dev.glassbox.swing.network.NetworkView;
import dev.glassbox.swing.data.DatasetPanel;
import dev.glassbox.swing.table.ActivationsTable;
import dev.glassbox.swing.table.DeltasTable;
import dev.glassbox.swing.table.WeightsTable;
import dev.glassbox.demo.experiments.SweepDialog;
import dev.glassbox.swing.internal.layout.VerticalScrolling;
import dev.glassbox.swing.undo.UndoActions;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.quiz.QuizModel;
import dev.glassbox.swing.quiz.QuizPanel;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;

/**
 * The Glassbox application window: the training controls on top; the parameters, the lesson and
 * state tables, and the loss calculation on the left; the network over the loss chart; the chain
 * rule on the right — all within reach at 1366×768. It also opens and saves scenario files
 * (menu, recent files, drag and drop), exports pictures and the training trace, switches theme
 * and zoom, and binds the training keys ({@link TrainingActions#installKeys}) for the whole window.
 *
 * <p>The window neither sizes nor positions itself: the caller packs, positions and shows it.
 */
public final class MainWindow extends JFrame {
    private final transient AppSettings settings;
    private final transient GlassboxModel model;
    private final ParameterControls parameters;
    private final NetworkView networkView;
    private final LossChartPanel lossChart;
    private transient LazyTab<DatasetPanel> data;
    /** The quiz's tab, which takes the loss calculation's room while selected (see {@link LeftColumn}). */
    private transient LazyTab<QuizPanel> quizTab;
    private final JLabel status = new JLabel(" ");
    private final transient FileChoosers choosers = new FileChoosers();
    private final transient Exports exports = new Exports(this, this::say);
    private final transient TrainingActions actions;
    private final transient QuizModel quiz;
    private final transient UndoActions undo;
    private HelpDialog help;

    /** Set when {@link #switchLanguage} handed the session to a new window: closing this one then ends nothing. */
    private boolean handedOver;

    /** A window training {@code scenario}, remembering its settings in {@code settings}. */
    public MainWindow(AppSettings settings, Scenario scenario) {
        this(settings, new GlassboxModel(scenario), null, null);
    }

    /** A window on a running session: its model, quiz answers and undo history ({@code null}: new ones). */
    private MainWindow(AppSettings settings, GlassboxModel model, QuizModel keptQuiz, UndoActions keptUndo) {
        super("Glassbox"); //$NON-NLS$ the product's name, in every language
        this.settings = settings;
        this.model = model;
        parameters = new ParameterControls(model);
        networkView = new NetworkView(model);
        lossChart = new LossChartPanel(model);
        this.quiz = keptQuiz != null ? keptQuiz : new QuizModel(model);
        status.setName("statusMessage");
        status.putClientProperty("html.disable", Boolean.TRUE);
        actions = new TrainingActions(model, getRootPane());
        this.undo = keptUndo != null ? keptUndo : new UndoActions(model);
        setJMenuBar(new AppMenus(this).build());
        setContentPane(layout(new TrainingControls(model, actions)));
        actions.installKeys(getRootPane());
        undo.installKeys(getRootPane());
        setTransferHandler(new ScenarioDropHandler(this::openScenario));
        // A message about one scenario ("Opened xor1000.json") does not outlive it.
        model.addListener(e -> {
            if (e.kind() == GlassboxModelEvent.Kind.LOADED) {
                say(" ");
            }
        });
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                if (!handedOver) {
                    quiz.dispose();
                    model.close();
                }
                if (help != null) {
                    help.dispose();
                }
            }
        });
    }

    /**
     * Three columns under the training controls: the parameters over the lesson (sharing a tabbed
     * pane with the state tables) over the loss calculation ({@link LeftColumn}: in a short window a
     * tab beside the lesson); the network over the loss chart; and the
     * chain rule, the heart of the product, with a column of its own from top to bottom, so that a
     * whole derivation shows without scrolling at 1366×768. Under the first two columns a status line
     * with the theme chooser: the toolbar alone on its row keeps its room at a presentation zoom, and a
     * long status message has the width of two columns. The columns and rows start from nothing and
     * share the space by weight, so that no view's preferred size can push another out of the window.
     */
    private JPanel layout(TrainingControls training) {
        JPanel content = new JPanel(new MigLayout("fill, insets 6, gap 6, hidemode 2",
                "[0:0:, grow 31, fill][0:0:, grow 35, fill][0:0:, grow 34, fill]",
                "[][][0:0:, grow 55, fill][0:0:, grow 45, fill][]"));
        // The whole width: at its own preferred width, which follows its rows, a folded epoch label
        // narrowed the toolbar, which folded and wrapped more, down to the buttons alone.
        content.add(training, "span 3, growx, wmin 0, wrap");
        content.add(new DivergenceBanner(model), "span 3, growx, wrap");

        LessonPanel lesson = new LessonPanel(model);
        JTabbedPane tabs = tables(lesson);
        content.add(new LeftColumn(parameters, tabs, lesson, "Loss calculation", new LossCalculationPanel(model), quizTab),
                "spany 2, grow, wmin 0");

        content.add(new Section("Network", networkView));
        // Of no height of its own (it scrolls): a long derivation, e.g. of a 16-wide layer, would
        // otherwise pour its height into the last row it spans and squeeze the network and chart.
        content.add(new Section("Chain rule", new ChainRulePanel(model)), "spany 3, grow, h 0:0:, wrap");
        content.add(new Section("Loss over epochs", lossChart), "wrap");
        content.add(statusLine(), "span 2, growx");
        return content;
    }

    /** The status message, as wide as it can be, and the theme chooser. */
    private JPanel statusLine() {
        JPanel line = new JPanel(new MigLayout("insets 0 2 0 0, gap 8", "[0:0:, grow, fill][][]"));
        line.add(status);
        line.add(new JLabel("Theme"));
        line.add(themeCombo());
        return line;
    }

    /**
     * The lesson and the quiz, then the activations, deltas and weights tables, what the network
     * learned and the network editor, one click apart. Name:
     * {@code tablesTabs}.
     */
    private JTabbedPane tables(LessonPanel lesson) {
        // One row of tabs, whatever the zoom: wrapped onto two rows they would take the lesson's room.
        JTabbedPane tabs = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.SCROLL_TAB_LAYOUT);
        tabs.setName("tablesTabs");
        lesson.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 6, 4, 6));
        tabs.addTab("Lesson", lesson);
        quizTab = LazyTab.add(tabs, "Quiz", () -> new QuizPanel(quiz), quizPanel -> {
            quizPanel.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 6, 4, 6));
            return VerticalScrolling.of(quizPanel);
        });
        LazyTab.add(tabs, "Activations", () -> new ActivationsTable(model), JScrollPane::new);
        LazyTab.add(tabs, "Deltas", () -> new DeltasTable(model), JScrollPane::new);
        LazyTab.add(tabs, "Weights", () -> new WeightsTable(model), JScrollPane::new);
        data = LazyTab.add(tabs, "Data", () -> new DatasetPanel(model), VerticalScrolling::of);
        // Scrolled: a wide input layer brings a spinner per fixed input, which must not push the rows.
        LazyTab.add(tabs, "What it learned", this::decisionBoundary, VerticalScrolling::of);
        LazyTab.add(tabs, "Network", () -> new NetworkEditor(model), VerticalScrolling::of);
        return tabs;
    }

    /**
     * What the network learned, its neuron maps drawn in the network view (which repaints when they change).
     */
    private DecisionBoundaryView decisionBoundary() {
        DecisionBoundaryView boundary = new DecisionBoundaryView(model);
        networkView.setNeuronRenderer(boundary.neuronMapRenderer());
        boundary.addPropertyChangeListener("neuronMaps", e -> networkView.repaint());
        return boundary;
    }

    private JComboBox<Theme> themeCombo() {
        JComboBox<Theme> combo = new JComboBox<>(Theme.values());
        combo.setName("themeCombo");
        combo.setSelectedItem(Theme.named(settings.theme()));
        combo.addActionListener(e -> {
            Theme theme = (Theme) combo.getSelectedItem();
            if (theme != null && !theme.name().equals(settings.theme())) {
                settings.setTheme(theme.name());
                Restyle.afterThisEvent(theme::switchTo);
            }
        });
        return combo;
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

    TrainingActions actions() {
        return actions;
    }

    /** Undo and Redo of every change of the session, for the Edit menu. */
    UndoActions undoActions() {
        return undo;
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
     * Saves the scenario as it stands now — the current weights and biases (those set by hand
     * included), learning rate, and the bookmarks from the current epoch on, counted from it — so
     * that a run can be handed on from an interesting state: opened again, it starts at epoch 0 from
     * exactly these values (the optimizer's memory and the history are not saved). Returns whether
     * it was written.
     */
    public boolean saveScenario(Path file) {
        TrainingSession session = model.session();
        Scenario now = session.scenario().toBuilder().parameters(session.parameters())
                .learningRate(session.learningRate()).bookmarks(model.bookmarksFrom(session.epoch())).build();
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

    // ---------------------------------------------------------------- data files

    /**
     * Replaces the training samples with those of a CSV file (undoable; training starts again from
     * epoch 0). A file that cannot be read or holds a bad row gets an error dialog naming the row
     * and column, and the samples stay as they were. Returns whether the file was imported.
     */
    public boolean importData(Path file) {
        try {
            data.view().table().importCsv(file);
        } catch (IOException e) {
            ErrorDialog.show(this, "Cannot import data", "Cannot read " + file.getFileName() + ": "
                    + IoProblem.describe(e));
            return false;
        } catch (IllegalArgumentException e) {
            ErrorDialog.show(this, "Cannot import data", e.getMessage());
            return false;
        }
        say(data.view().table().message());
        return true;
    }

    /** Writes the training samples as CSV with a header ({@code x1,x2,y}); returns whether it was written. */
    public boolean exportData(Path file) {
        try {
            data.view().table().exportCsv(file);
        } catch (IOException e) {
            ErrorDialog.show(this, "Cannot export data", "Cannot write " + file.getFileName() + ": "
                    + IoProblem.describe(e));
            return false;
        }
        say("Exported " + model.samples().size() + " samples to " + file.getFileName());
        return true;
    }

    // ---------------------------------------------------------------- export

    /** Writes the network view as a PNG at {@code scale} × its size on screen. */
    public boolean exportNetworkPng(Path file, int scale) {
        return exports.picture(file, scale, () -> PngExport.write(networkView, file, scale));
    }

    /** Writes the loss chart as a PNG at {@code scale} × its size on screen. */
    public boolean exportChartPng(Path file, int scale) {
        return exports.picture(file, scale, () -> lossChart.exportPng(file, scale));
    }

    /** Writes the whole window (menu bar and content) as a PNG at {@code scale} × its size. */
    public boolean exportWindowPng(Path file, int scale) {
        return exports.picture(file, scale, () -> PngExport.write(getRootPane(), file, scale));
    }

    /**
     * Writes the training trace so far (epoch, loss, every weight and bias) as CSV, in the
     * background; the returned worker is done when the file is complete.
     */
    public SwingWorker<Void, Void> exportTrace(Path file) {
        return exports.trace(model.session(), file);
    }

    /**
     * Writes the quiz answers given so far as CSV, for the teacher; returns whether it was written
     * (not when there are none yet, nor when the write fails, which a dialog explains).
     */
    public boolean exportQuizAnswers(Path file) {
        return exports.quizAnswers(file, model.architecture(), quiz.answers());
    }

    /** {@return the window's quiz} */
    public QuizModel quiz() {
        return quiz;
    }

    // ---------------------------------------------------------------- view and help

    /**
     * Opens a sweep of the current scenario (many seeds, learning rates, optimizers, trained on
     * every core) in a window of its own; the training here goes on untouched.
     *
     * @return the sweep's window
     */
    public SweepDialog openSweep() {
        SweepDialog sweep = new SweepDialog(this, model.scenario());
        sweep.setVisible(true);
        return sweep;
    }

    /**
     * Overlays on the loss chart the same start trained under the other loss (MSE ↔ cross-entropy)
     * up to the current epoch. Refused with a message when the network cannot use it.
     */
    public void compareWithOtherLoss() {
        Loss other = model.session().architecture().loss() == Loss.MSE ? Loss.CROSS_ENTROPY : Loss.MSE;
        try {
            ComparisonRun.start(model, other, lossChart);
            say("Comparing with " + Names.loss(other) + " from the same start, up to epoch "
                    + model.session().epoch());
        } catch (ScenarioException e) {
            say("Cannot compare: " + e.getMessage());
        }
    }

    /** Removes the comparison from the loss chart. */
    public void clearComparison() {
        lossChart.clearComparison();
        say(" ");
    }

    /** The loss chart, whose optimizer race the Training menu offers. */
    LossChartPanel lossChart() {
        return lossChart;
    }

    /** Sets the presentation zoom (100, 125, 150 or 200 percent) and remembers it. */
    public void setZoom(int percent) {
        Zoom.switchTo(percent);
        settings.setZoomPercent(percent);
    }

    /**
     * Shows the application in {@code locale}: makes it the default, remembers it for the next start,
     * and replaces this window by one built anew in that language (its words are taken when built) on
     * the same session — scenario, epoch, weights, history, quiz answers and undo history — at the
     * same place and size. This window is disposed.
     *
     * @return the new window
     */
    public MainWindow switchLanguage(Locale locale) {
        Locale.setDefault(locale);
        settings.setLanguage(locale);
        MainWindow next = new MainWindow(settings, model, quiz, undo);
        next.setDefaultCloseOperation(getDefaultCloseOperation());
        next.setBounds(getBounds());
        next.setExtendedState(getExtendedState());
        handedOver = true;
        next.setVisible(true);
        dispose();
        return next;
    }

    /** Shows the keyboard shortcuts. */
    public JDialog showHelp() {
        if (help == null) {
            help = new HelpDialog(this, actions.all(), getJMenuBar());
        }
        if (!help.isVisible()) {
            // Sized at each opening: a zoom or theme switched since the last one resizes its text.
            help.pack();
            help.setLocationRelativeTo(this);
        }
        help.setVisible(true);
        return help;
    }

    private void say(String message) {
        status.setText(message);
    }
}
