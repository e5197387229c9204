package dev.glassbox.swing;

import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.swing.boundary.DecisionBoundaryView;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.swing.chart.LossChartPanel;
import dev.glassbox.swing.controls.LessonPanel;
import dev.glassbox.swing.controls.ParameterControls;
import dev.glassbox.swing.controls.TrainingActions;
import dev.glassbox.swing.undo.UndoActions;
import dev.glassbox.swing.controls.TrainingControls;
import dev.glassbox.swing.internal.layout.VerticalScrolling;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.loss.LossCalculationPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.network.NetworkView;
import dev.glassbox.swing.quiz.QuizModel;
import dev.glassbox.swing.quiz.QuizPanel;
import dev.glassbox.swing.table.ActivationsTable;
import dev.glassbox.swing.table.DeltasTable;
import dev.glassbox.swing.table.WeightsTable;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import dev.glassbox.swing.GlassboxPanelOptions.View;
import dev.glassbox.swing.editor.NetworkEditor;
import javax.swing.JComponent;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.ToolTipManager;

/**
 * Every Glassbox view around one model, ready to embed: the training controls on top; the
 * parameters and lesson on the left, the network above the loss chart in the middle, the chain rule
 * above the loss calculation and the state tables on the right. Below a width of about 72 em
 * (900 to 1000 pixels) the side panels fold into tabs beside the network and the chart, which keep
 * a readable minimum size down to 640×480; the chain rule always scrolls. Plain Swing layouts only,
 * so it needs no FlatLaf or MigLayout; {@link GlassboxPanelOptions} chooses which views appear, and
 * the parts are reachable through accessors for callers who lay them out themselves. The training
 * keys (Space play/pause, Right step, R reset, Shift+Right next phase; see {@link TrainingActions#installKeys})
 * work in the panel's window as soon as it is shown; {@code trainingControls().actions()} offers
 * the same commands for menus. So do Undo and Redo (Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, ⌘ on macOS),
 * which {@link #undoActions()} offers for an Edit menu.
 *
 * <pre>{@code
 * GlassboxPanel glassbox = new GlassboxPanel(BuiltInScenarios.get("xor"));
 * frame.add(glassbox);
 * }</pre>
 *
 * <h2>Lifecycle and threading</h2>
 * Build, show and change the panel on the Swing event thread (inside
 * {@code SwingUtilities.invokeLater}); the model's mutators throw an {@link IllegalStateException}
 * when called from another thread. The views listen to the model only while they are displayable:
 * when the panel's window is disposed (or the panel removed from it), training pauses and the
 * model's timer stops; nothing resumes by itself when it is shown again. {@link #close()} stops the
 * model for good, after which nothing of the panel is referenced by a Swing timer or a global
 * listener; a program that disposes its last window exits on its own, playing or not, even without
 * a close. See {@link GlassboxModel} for the model's side.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class GlassboxPanel extends JPanel implements AutoCloseable {
    /** Below this width, in em of the panel's font, the side panels fold into tabs. */
    private static final float NARROW_BELOW_EM = 72;
    /**
     * The height a packed panel asks for, in em: room for the network and the chart at a readable
     * size, and within a 768-pixel screen up to a 150 % presentation zoom.
     */
    private static final float PREFERRED_HEIGHT_EM = 40;

    private final GlassboxModel model;
    private final GlassboxPanelOptions options;
    private final NetworkView networkView;
    private final ChainRulePanel chainRulePanel;
    private final LossCalculationPanel lossCalculationPanel;
    private final ActivationsTable activationsTable;
    private final DeltasTable deltasTable;
    private final WeightsTable weightsTable;
    private final LossChartPanel lossChart;
    private final ParameterControls parameterControls;
    private final TrainingControls trainingControls;
    private final LessonPanel lessonPanel;
    private final UndoActions undoActions;
    private final QuizPanel quizPanel;
    private final DecisionBoundaryView decisionBoundaryView;
    private final NetworkEditor networkEditor;
    /** Holds the views below the training controls, arranged wide or narrow. */
    private final JPanel body = new JPanel(new GridBagLayout());
    private final JScrollPane chainScroll;
    private final JScrollPane activationsScroll;
    private final JScrollPane deltasScroll;
    private final JScrollPane weightsScroll;
    /** Whether the body is arranged narrow (side panels in tabs); null before the first layout. */
    private Boolean narrow;

    /**
     * All views on a new model of {@code scenario}.
     *
     * @param scenario the scenario to train
     */
    public GlassboxPanel(Scenario scenario) {
        this(new GlassboxModel(scenario));
    }

    /**
     * All views on {@code model}.
     *
     * @param model the model the views observe
     */
    public GlassboxPanel(GlassboxModel model) {
        this(model, GlassboxPanelOptions.all());
    }

    /**
     * The views {@code options} asks for, on {@code model}.
     *
     * @param model   the model the views observe
     * @param options which views appear and which scenarios are offered
     */
    public GlassboxPanel(GlassboxModel model, GlassboxPanelOptions options) {
        super(new BorderLayout(6, 6));
        this.model = model;
        this.options = options;
        networkView = new NetworkView(model);
        chainRulePanel = new ChainRulePanel(model);
        lossCalculationPanel = new LossCalculationPanel(model);
        activationsTable = new ActivationsTable(model);
        deltasTable = new DeltasTable(model);
        weightsTable = new WeightsTable(model);
        lossChart = new LossChartPanel(model);
        parameterControls = new ParameterControls(model);
        trainingControls = new TrainingControls(model, new TrainingActions(model, this));
        lessonPanel = new LessonPanel(model);
        quizPanel = new QuizPanel(new QuizModel(model));
        undoActions = new UndoActions(model);
        decisionBoundaryView = new DecisionBoundaryView(model);
        networkEditor = new NetworkEditor(model);
        options.scenarios().ifPresent(parameterControls::setScenarios);
        parameterControls.setScenarioChooserVisible(options.shows(View.SCENARIO_CHOOSER));

        // The vertical bar is always there so that the panel's width, not a scroll bar, decides the column.
        chainScroll = new JScrollPane(chainRulePanel, JScrollPane.VERTICAL_SCROLLBAR_ALWAYS,
                JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        chainScroll.setBorder(BorderFactory.createEmptyBorder());
        activationsScroll = new JScrollPane(activationsTable);
        deltasScroll = new JScrollPane(deltasTable);
        weightsScroll = new JScrollPane(weightsTable);
        lossChart.setMinimumSize(new Dimension(240, 140));

        add(trainingControls, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        installKeys();
        installNeuronMaps();
    }

    /** Binds the training keys for the whole panel (see {@link TrainingActions#installKeys}). */
    private void installKeys() {
        trainingControls.actions().installKeys(this);
        undoActions.installKeys(this);
    }

    // ---------------------------------------------------------------- layout

    /**
     * The panel's preferred size: room for its wide layout (72 em wide, 40 em high: some 860 × 480
     * pixels at a 12-point font), or more if its controls need it. Its columns prefer no size of
     * their own, so that the panel's width shares them out; without this a frame packed around the
     * panel would show the controls only, the network and the chart squeezed to nothing. A size
     * given with {@code setPreferredSize} wins.
     *
     * @return the preferred size
     */
    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        if (isPreferredSizeSet()) {
            return d;
        }
        float em = getFont().getSize2D();
        return new Dimension(Math.max(d.width, Math.round(NARROW_BELOW_EM * em)),
                Math.max(d.height, Math.round(PREFERRED_HEIGHT_EM * em)));
    }

    @Override
    public void doLayout() {
        arrange(getWidth() < NARROW_BELOW_EM * getFont().getSize2D());
        super.doLayout();
    }

    /** Puts the views into the body, wide or narrow, when that changes (the body is then laid out after this panel). */
    private void arrange(boolean narrowNow) {
        if (Boolean.valueOf(narrowNow).equals(narrow)) {
            return;
        }
        narrow = narrowNow;
        body.removeAll();
        if (narrowNow) {
            JTabbedPane side = tabs();
            side.setName("sideTabs");
            side.insertTab("Controls", null, VerticalScrolling.of(sidePanel()), null, 0);
            if (options.shows(View.CHAIN_RULE)) {
                side.insertTab("Chain rule", null, chainScroll, null, 1);
            }
            side.setSelectedIndex(0);
            column(middle(), 0.58);
            column(side, 0.42);
        } else {
            column(sidePanel(), 0.24);
            column(middle(), 0.42);
            JTabbedPane details = tabs();
            details.setName("detailTabs");
            column(details.getTabCount() == 0 ? chainOrNothing()
                    : options.shows(View.CHAIN_RULE) ? split(chainScroll, details, 0.62) : details, 0.34);
        }
        body.revalidate();
        body.repaint();
    }

    /** A column of the body taking {@code share} of its width, whatever its contents would prefer. */
    private void column(JComponent c, double share) {
        c.setPreferredSize(new Dimension(1, 1));
        GridBagConstraints g = new GridBagConstraints();
        g.gridy = 0;
        g.fill = GridBagConstraints.BOTH;
        g.weightx = share;
        g.weighty = 1;
        g.insets = new Insets(0, body.getComponentCount() == 0 ? 0 : 6, 0, 0);
        body.add(c, g);
    }

    /**
     * The parameter controls over the lesson and the quiz, a tab each: the quiz is taken beside
     * the network and the chain rule, which stay in view.
     */
    private JPanel sidePanel() {
        JPanel side = new JPanel(new BorderLayout(0, 8));
        side.add(parameterControls, BorderLayout.NORTH);
        boolean lesson = options.shows(View.LESSON);
        boolean quiz = options.shows(View.QUIZ);
        if (lesson && quiz) {
            JTabbedPane both = new JTabbedPane();
            both.setName("lessonTabs");
            both.addTab("Lesson", lessonPanel);
            both.addTab("Quiz", VerticalScrolling.of(quizPanel));
            side.add(both, BorderLayout.CENTER);
        } else if (lesson || quiz) {
            side.add(lesson ? lessonPanel : VerticalScrolling.of(quizPanel), BorderLayout.CENTER);
        }
        return side;
    }

    /** The network over the loss chart, each kept at its minimum size. */
    private JComponent middle() {
        return options.shows(View.LOSS_CHART) ? split(networkView, lossChart, 0.6) : networkView;
    }

    /** The loss calculation and the state tables, a tab each. */
    private JTabbedPane tabs() {
        JTabbedPane tabs = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.SCROLL_TAB_LAYOUT);
        if (options.shows(View.LOSS_CALCULATION)) {
            tabs.addTab("Loss calculation", lossCalculationPanel);
        }
        if (options.shows(View.STATE_TABLES)) {
            tabs.addTab("Activations a", activationsScroll);
            tabs.addTab("Deltas δ", deltasScroll);
            tabs.addTab("Weights w", weightsScroll);
        }
        if (options.shows(View.BOUNDARY)) {
            tabs.addTab("What it learned", VerticalScrolling.of(decisionBoundaryView));
        }
        if (options.shows(View.NETWORK_EDITOR)) {
            tabs.addTab("Network", VerticalScrolling.of(networkEditor));
        }
        return tabs;
    }

    private JComponent chainOrNothing() {
        return options.shows(View.CHAIN_RULE) ? chainScroll : new JPanel();
    }

    /**
     * {@code top} over {@code bottom}, sharing the height by {@code weight} (not by their preferred
     * heights: each is wrapped in a panel that prefers nothing), neither below its minimum.
     */
    private static JSplitPane split(JComponent top, JComponent bottom, double weight) {
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, share(top), share(bottom));
        split.setResizeWeight(weight);
        split.setBorder(BorderFactory.createEmptyBorder());
        return split;
    }

    private static JPanel share(JComponent c) {
        JPanel wrapper = new JPanel(new BorderLayout());
        wrapper.add(c);
        wrapper.setPreferredSize(new Dimension(1, 1));
        return wrapper;
    }

    /**
     * Closes the model the views observe ({@link GlassboxModel#close()}), shared with other views or
     * not: playback stops for good and the model forgets its listeners. The panel stays on screen
     * (showing the last state) until its window is disposed. Closing twice does nothing.
     *
     * @throws IllegalStateException if called off the event thread
     */
    @Override
    public void close() {
        EventThread.require("GlassboxPanel.close");
        quizPanel.quiz().dispose();
        model.close();
        ToolTipManager.sharedInstance().unregisterComponent(networkView);
    }

    /** {@return the model all views observe} */
    public GlassboxModel model() { return model; }

    /** {@return the animated network} */
    public NetworkView networkView() { return networkView; }

    /** {@return the chain rule of the hovered or selected connection} */
    public ChainRulePanel chainRulePanel() { return chainRulePanel; }

    /** {@return every sample's loss and the mean} */
    public LossCalculationPanel lossCalculationPanel() { return lossCalculationPanel; }

    /** {@return z, a and slope per neuron} */
    public ActivationsTable activationsTable() { return activationsTable; }

    /** {@return raw error, slope and δ per neuron} */
    public DeltasTable deltasTable() { return deltasTable; }

    /** {@return weights and biases with their gradients and last change} */
    public WeightsTable weightsTable() { return weightsTable; }

    /** {@return the loss-vs-epoch chart} */
    public LossChartPanel lossChart() { return lossChart; }

    /** {@return scenario and training parameters} */
    public ParameterControls parameterControls() { return parameterControls; }

    /** {@return play, step, reset, speed} */
    public TrainingControls trainingControls() { return trainingControls; }

    /** {@return the quiz, where a student computes a value before it is shown} */
    public QuizPanel quizPanel() { return quizPanel; }

    /** {@return the scenario's lesson} */
    public LessonPanel lessonPanel() { return lessonPanel; }

    /** {@return Undo and Redo of every change of the session, for an embedder's Edit menu; keys bound in the panel} */
    public UndoActions undoActions() { return undoActions; }

    // ---------------------------------------------------------------- what it learned

    /**
     * Lets the decision boundary view's neuron maps draw the network's neurons: its renderer draws
     * them (as the standard one while the maps are off), and the network repaints when they change.
     */
    private void installNeuronMaps() {
        if (!options.shows(View.BOUNDARY)) {
            return;
        }
        networkView.setNeuronRenderer(decisionBoundaryView.neuronMapRenderer());
        decisionBoundaryView.addPropertyChangeListener("neuronMaps", e -> networkView.repaint());
    }

    /** {@return what the network learned: its output over the input plane, the neuron maps} */
    public DecisionBoundaryView decisionBoundaryView() { return decisionBoundaryView; }

    /** {@return the network editor, shown in a "Network" tab with {@link View#NETWORK_EDITOR}} */
    public NetworkEditor networkEditor() { return networkEditor; }
}
