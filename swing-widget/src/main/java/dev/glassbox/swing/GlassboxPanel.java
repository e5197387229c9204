package dev.glassbox.swing;

import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.swing.chart.LossChartPanel;
import dev.glassbox.swing.controls.LessonPanel;
import dev.glassbox.swing.controls.ParameterControls;
import dev.glassbox.swing.controls.TrainingActions;
import dev.glassbox.swing.controls.TrainingControls;
import dev.glassbox.swing.controls.TrainingKeys;
import dev.glassbox.swing.loss.LossCalculationPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.network.NetworkView;
import dev.glassbox.swing.table.ActivationsTable;
import dev.glassbox.swing.table.DeltasTable;
import dev.glassbox.swing.table.WeightsTable;
import java.awt.BorderLayout;
import java.awt.Dimension;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;

/**
 * Every Glassbox view around one model, ready to embed: controls and lesson on the left, the
 * network above the loss chart and the state tables in the middle, the chain rule on the right.
 * Plain Swing layouts only, so it needs no FlatLaf or MigLayout; the parts are reachable through
 * accessors for callers who lay them out themselves. The training keys (Space play/pause, Right
 * step, R reset, Shift+Right next phase; see {@link TrainingKeys}) work in the panel's window as
 * soon as it is shown; {@code trainingControls().actions()} offers the same commands for menus.
 *
 * <pre>{@code
 * GlassboxPanel glassbox = new GlassboxPanel(BuiltInScenarios.get("xor"));
 * frame.add(glassbox);
 * }</pre>
 */
public final class GlassboxPanel extends JPanel {
    private final GlassboxModel model;
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

    /** All views on a new model of {@code scenario}. */
    public GlassboxPanel(Scenario scenario) {
        this(new GlassboxModel(scenario));
    }

    /** All views on {@code model}. */
    public GlassboxPanel(GlassboxModel model) {
        super(new BorderLayout(6, 6));
        this.model = model;
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

        JPanel left = new JPanel(new BorderLayout(0, 8));
        left.add(parameterControls, BorderLayout.NORTH);
        left.add(lessonPanel, BorderLayout.CENTER);
        left.setPreferredSize(new Dimension(300, 400));

        JTabbedPane details = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.SCROLL_TAB_LAYOUT);
        details.addTab("Loss chart", lossChart);
        details.addTab("Loss calculation", lossCalculationPanel);
        details.addTab("Activations a", new JScrollPane(activationsTable));
        details.addTab("Deltas δ", new JScrollPane(deltasTable));
        details.addTab("Weights w", new JScrollPane(weightsTable));

        JSplitPane middle = new JSplitPane(JSplitPane.VERTICAL_SPLIT, networkView, details);
        middle.setResizeWeight(0.6);
        networkView.setPreferredSize(new Dimension(640, 400));
        details.setPreferredSize(new Dimension(640, 260));

        // The vertical bar is always there so that the panel's width, not a scroll bar, decides the column.
        JScrollPane chain = new JScrollPane(chainRulePanel, JScrollPane.VERTICAL_SCROLLBAR_ALWAYS,
                JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        chain.setBorder(BorderFactory.createEmptyBorder());

        add(trainingControls, BorderLayout.NORTH);
        add(left, BorderLayout.WEST);
        add(middle, BorderLayout.CENTER);
        add(chain, BorderLayout.EAST);
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        installKeys();
    }

    /** Binds the training keys for the whole panel (see {@link TrainingKeys}). */
    private void installKeys() {
        TrainingKeys.install(this, trainingControls.actions());
    }

    /** The model all views observe. */
    public GlassboxModel model() { return model; }

    /** The animated network. */
    public NetworkView networkView() { return networkView; }

    /** The chain rule of the hovered or selected connection. */
    public ChainRulePanel chainRulePanel() { return chainRulePanel; }

    /** Every sample's loss and the mean. */
    public LossCalculationPanel lossCalculationPanel() { return lossCalculationPanel; }

    /** z, a and slope per neuron. */
    public ActivationsTable activationsTable() { return activationsTable; }

    /** Raw error, slope and δ per neuron. */
    public DeltasTable deltasTable() { return deltasTable; }

    /** Weights and biases with their gradients and last change. */
    public WeightsTable weightsTable() { return weightsTable; }

    /** The loss-vs-epoch chart. */
    public LossChartPanel lossChart() { return lossChart; }

    /** Scenario and training parameters. */
    public ParameterControls parameterControls() { return parameterControls; }

    /** Play, step, reset, speed. */
    public TrainingControls trainingControls() { return trainingControls; }

    /** The scenario's lesson. */
    public LessonPanel lessonPanel() { return lessonPanel; }
}
