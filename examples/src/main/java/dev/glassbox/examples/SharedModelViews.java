package dev.glassbox.examples;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.swing.chart.LossChartPanel;
import dev.glassbox.swing.controls.TrainingControls;
import dev.glassbox.swing.loss.LossCalculationPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.network.NetworkView;
import dev.glassbox.swing.table.ActivationsTable;
import dev.glassbox.swing.table.DeltasTable;
import dev.glassbox.swing.table.WeightsTable;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

/**
 * The views one by one, laid out by the embedder around one shared model: they observe it as
 * JTables observe a TableModel, so hovering a connection in the network writes its chain rule,
 * and a step moves every view at once. The training commands are the controls' actions, also in a
 * menu and on keys.
 */
public final class SharedModelViews {
    private SharedModelViews() {
    }

    /**
     * Opens the window.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> frame().setVisible(true));
    }

    /**
     * The window, sized to fit a 1366×768 screen, not yet shown.
     *
     * @return the window
     */
    static JFrame frame() {
        GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("xor"));

        JSplitPane networkOverChart = new JSplitPane(JSplitPane.VERTICAL_SPLIT,
                new NetworkView(model),                  // hover or click a connection
                new LossChartPanel(model));              // loss per epoch
        networkOverChart.setResizeWeight(0.6);

        JTabbedPane numbers = new JTabbedPane();
        numbers.addTab("Loss", new LossCalculationPanel(model));
        numbers.addTab("Activations", new JScrollPane(new ActivationsTable(model)));
        numbers.addTab("Deltas", new JScrollPane(new DeltasTable(model)));
        numbers.addTab("Weights", new JScrollPane(new WeightsTable(model)));

        JScrollPane chainRule = new JScrollPane(new ChainRulePanel(model));   // a long derivation scrolls
        chainRule.setPreferredSize(new Dimension(560, 400));
        JSplitPane chainOverNumbers = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chainRule, numbers);
        chainOverNumbers.setResizeWeight(0.6);

        JFrame frame = new JFrame("Backpropagation, step by step");
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        TrainingControls controls = new TrainingControls(model);     // play, step, reset, speed
        frame.add(controls, BorderLayout.NORTH);
        JSplitPane columns = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, networkOverChart, chainOverNumbers);
        columns.setResizeWeight(0.55);
        frame.add(columns, BorderLayout.CENTER);

        // The same commands in a menu, and their keys (Space, Right, R, Shift+Right) in the whole window.
        JMenu training = new JMenu("Training");
        controls.actions().all().forEach(action -> training.add(new JMenuItem(action)));
        JMenuBar menus = new JMenuBar();
        menus.add(training);
        frame.setJMenuBar(menus);
        controls.actions().installKeys(frame.getRootPane());

        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                model.close();                           // every view's model: stops for good
            }
        });
        frame.setSize(1280, 720);
        frame.setLocationRelativeTo(null);
        return frame;
    }
}
