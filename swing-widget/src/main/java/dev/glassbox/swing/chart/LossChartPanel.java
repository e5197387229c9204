package dev.glassbox.swing.chart;

import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.Divergence;
import dev.glassbox.core.session.LossHistory;
import dev.glassbox.core.session.SampleLossHistory;
import dev.glassbox.swing.internal.action.Commands;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelEvent;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import dev.glassbox.swing.internal.explain.Explainer;

/**
 * The loss-versus-epoch chart ({@code lossChart}): the session's mean loss per epoch, fast at any
 * length because only one first/min/max/last bucket per pixel column of the visible epochs is
 * handed to JFreeChart, recomputed once per model event and whenever the view moves.
 *
 * <p>Around the curve: a marker at the current epoch; a labelled line at the epoch of the session's
 * divergence and of each of its warnings (hover for the session's sentence); neuron-event marks along the top (padlock:
 * saturated, open padlock: recovered, skull: a ReLU died, arrow: revived; hover for which neuron);
 * optional per-sample lines; an optional second run for comparison ({@link #setComparison}, see
 * {@link ComparisonRun}); an optional optimizer race, the same start under SGD, momentum and Adam
 * ({@link #raceOptimizers}, in the context menu). Controls: linear/log loss axis, "follow
 * training", per-sample lines and PNG export (1× or 2×). Zoom by dragging across the epochs, with the wheel or with {@code +}/{@code −};
 * pan with ctrl-drag or the arrow keys; {@code Home} shows all epochs and follows training again.
 *
 * <p>Colors and fonts come from the {@code Glassbox.*} theme keys and are re-read on every
 * look-and-feel switch. Event-thread only, like the model.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class LossChartPanel extends JPanel {
    /** Room above the curve for the neuron-event marks, as a fraction of the loss range. */
    private static final double HEADROOM = 0.14;
    private static final double ZOOM_STEP = 0.8;
    private static final double PAN_STEP = 0.1;
    /** Samples with more inputs than this are named by number only. */
    private static final int MAX_NAMED_INPUTS = 3;
    /** Pixel columns assumed before the chart has a size. */
    private static final int DEFAULT_COLUMNS = 1000;
    /** How near, in pixels at 100 %, the mouse must come to a point for the point's tooltip. */
    private static final double POINT_REACH = 6;

    private final GlassboxModel model;
    private final LossChartDataset data = new LossChartDataset();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final NumberAxis epochAxis = new NumberAxis("epoch");
    private final NumberAxis linearAxis = new NumberAxis("loss") {
        /**
         * JFreeChart searches the next tick unit starting from the last one. When the range shrinks
         * by hundreds of orders of magnitude — a reset after a divergence — that start underflows
         * and the search runs for a minute; starting from a tenth of the current range keeps it short.
         */
        @Override
        protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            double length = getRange().getLength();
            if (length > 0 && Double.isFinite(length)) {
                setTickUnit(new NumberTickUnit(length / 10), false, false);
            }
            super.selectAutoTickUnit(g2, dataArea, edge);
        }
    };
    private final DecadeLogAxis logAxis = new DecadeLogAxis("loss (log scale)");
    private final ValueMarker viewedEpoch = new ValueMarker(0);
    private final NeuronEventLayer events = new NeuronEventLayer();
    private final JToggleButton logToggle = toggle("Log scale", "logScaleToggle",
            "Loss on a logarithmic scale: each step is a factor, so slow late progress stays visible");
    private final JToggleButton followToggle = toggle("Follow", "followToggle",
            "Follow training: keep the latest epochs in view (Home shows all epochs)");
    private final JToggleButton sampleToggle = toggle("Per sample", "sampleLinesToggle",
            "Also draw each training sample's own loss as a thin line");
    private final JButton exportButton = new JButton("Export");
    private final XYPlot plot;
    private final DivergenceMarks divergences;
    /** The teacher's bookmarks, labelled along the top of the plot; a click on one views its epoch. */
    private final MarkedEpochs bookmarks;
    private final JFreeChart chart;
    private final ChartView view;
    private final ChartNavigator navigator;
    private final ChartExport export;

    private LossHistory comparison;
    private String comparisonLabel;
    /** The optimizer race shown, or null. */
    private OptimizerRace race;
    private final Action raceAction = Commands.command("Race optimizers", KeyEvent.VK_R, null, this::raceOptimizers);
    private final Action clearRaceAction = Commands.command("Clear the race", KeyEvent.VK_C, null, this::clearRace);
    /** The scenario the events and the comparison belong to. */
    private Scenario scenario;
    /** The session's epoch at the last refresh: an earlier one means a reset or a rewind. */
    private int shownEpoch;

    /**
     * A chart of {@code model}'s session; it observes the model while it is displayable.
     *
     * @param model the model whose losses are drawn
     */
    public LossChartPanel(GlassboxModel model) {
        super(new BorderLayout());
        this.model = Objects.requireNonNull(model);
        setName("lossChart");

        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultToolTipGenerator(this::pointTooltip);
        renderer.setLegendLine(new Line2D.Double(-12, 0, 12, 0));
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        linearAxis.setAutoRangeIncludesZero(true);
        linearAxis.setUpperMargin(HEADROOM);
        logAxis.setUpperMargin(HEADROOM);
        plot = new XYPlot(data, epochAxis, linearAxis, renderer);
        plot.setDomainPannable(true);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.addDomainMarker(viewedEpoch, Layer.BACKGROUND);
        plot.addAnnotation(events);
        divergences = new DivergenceMarks(plot);
        bookmarks = new MarkedEpochs(plot, GlassboxTheme.BOOKMARK, true);
        chart = new JFreeChart(plot);
        chart.setPadding(new RectangleInsets(6, 4, 2, 10));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        view = new ChartView(chart, (p, area) -> {
            String event = events.tooltipAt(p);
            String divergence = event != null ? event : divergences.tooltipAt(p, area);
            String bookmark = divergence != null ? divergence : bookmarks.tooltipAt(p, area);
            return bookmark != null ? bookmark : pointTooltipAt(p, area);
        }, this::showAll);
        view.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (SwingUtilities.isLeftMouseButton(e)) {
                    jumpToBookmarkAt(e.getPoint());
                }
            }
        });
        view.setName("lossChartView");
        export = new ChartExport(chart, view);
        navigator = new ChartNavigator(epochAxis, new ChartNavigator.Listener() {
            @Override
            public void followChanged(boolean following) {
                followToggle.setSelected(following);
            }

            @Override
            public void windowMoved() {
                updatePoints(false);
            }
        });

        followToggle.setSelected(true);
        logToggle.addActionListener(e -> setLogScale(logToggle.isSelected()));
        followToggle.addActionListener(e -> setFollowing(followToggle.isSelected()));
        sampleToggle.addActionListener(e -> setSampleLinesVisible(sampleToggle.isSelected()));
        exportButton.setName("exportButton");
        exportButton.setToolTipText("Save the chart as a PNG image, at screen size or twice it (for slides)");
        exportButton.putClientProperty("JButton.buttonType", "toolBarButton");
        exportButton.addActionListener(e -> {
            JPopupMenu menu = new JPopupMenu();
            export.addMenuItems(menu);
            menu.show(exportButton, 0, exportButton.getHeight());
        });
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 2));
        controls.setOpaque(false);
        controls.add(logToggle);
        controls.add(followToggle);
        controls.add(sampleToggle);
        controls.add(exportButton);
        add(controls, BorderLayout.NORTH);
        add(view, BorderLayout.CENTER);

        bindKeys();
        view.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                updatePoints(false);
            }
        });
        restyle();
        view.setPopupMenu(contextMenu());
        refresh();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> {
                    if (e.kind() == GlassboxModelEvent.Kind.VIEWED) {
                        // Only the marker moves: the history and its points are as they were.
                        viewedEpoch.setValue(model.viewedEpoch());
                    } else {
                        refresh();
                    }
                })
                .onAttach(this::refresh);
    }

    private static JToggleButton toggle(String text, String name, String tip) {
        JToggleButton b = new JToggleButton(text);
        b.setName(name);
        b.setToolTipText(tip);
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        return b;
    }

    /**
     * Re-reads the model (and the comparison history, which its trainer may have extended) and
     * recomputes the chart's points once. Called on every training event of the model (a past epoch
     * viewed only moves the viewed epoch's marker).
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void refresh() {
        EventThread.require("LossChartPanel.refresh");
        boolean newScenario = model.scenario() != scenario;
        if (newScenario && scenario != null) {
            // A comparison belongs to the scenario it was trained from.
            comparison = null;
            comparisonLabel = null;
        }
        if (race != null && (newScenario || model.epoch() == 0 && shownEpoch > 0)) {
            // So does a race, which a reset drops too.
            dropRace();
        }
        raceAction.setEnabled(model.epoch() > 0);
        clearRaceAction.setEnabled(race != null);
        scenario = model.scenario();
        if (newScenario || model.neuronEventCount() != events.eventCount()) {
            events.setEvents(model.neuronEvents(), model.architecture());
        }
        List<Divergence> found = new ArrayList<>(model.warnings());
        model.divergence().ifPresent(found::add);
        divergences.set(found);
        bookmarks.set(model.bookmarks().stream().map(b -> new MarkedEpochs.Mark(b.epoch(), b.label(),
                "bookmark at epoch " + b.epoch() + ": " + b.label())).toList());
        if (data.setSeries(series())) {
            restyle();
        }
        viewedEpoch.setValue(model.viewedEpoch());
        // The epoch that diverged was not committed; it stays in view so that its mark does.
        navigator.setLatestEpoch(model.divergence().map(Divergence::epoch).orElse(model.epoch()));
        if (newScenario || model.epoch() < shownEpoch) {
            // A zoom belongs to the run it was made on: a reset or another lesson starts from the whole view.
            showAll();
        }
        shownEpoch = model.epoch();
        updatePoints(true);
    }

    /** Views the epoch of the bookmark whose line is near {@code screen}, if it is trained already. */
    private void jumpToBookmarkAt(Point screen) {
        Point2D p = view.translateScreenToJava2D(screen);
        Rectangle2D area = view.getChartRenderingInfo().getPlotInfo().getDataArea();
        bookmarks.near(p, area).stream().mapToInt(MarkedEpochs.Mark::epoch).filter(e -> e <= model.epoch())
                .findFirst().ifPresent(model::viewEpoch);
    }

    /**
     * The tooltip of the drawn point nearest {@code p} (in Java2D, within {@link #POINT_REACH} pixels),
     * written by the renderer's tooltip generator; the chart has no entities to find it by.
     */
    private String pointTooltipAt(Point2D p, Rectangle2D area) {
        double reach = POINT_REACH * GlassboxTheme.zoom();
        double best = reach * reach;
        int bestSeries = -1;
        int bestItem = -1;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                double x = epochAxis.valueToJava2D(data.getXValue(s, i), area, plot.getDomainAxisEdge());
                double y = plot.getRangeAxis().valueToJava2D(data.getYValue(s, i), area, plot.getRangeAxisEdge());
                double d = (x - p.getX()) * (x - p.getX()) + (y - p.getY()) * (y - p.getY());
                if (d <= best) {
                    best = d;
                    bestSeries = s;
                    bestItem = i;
                }
            }
        }
        return bestSeries < 0 ? null : renderer.getToolTipGenerator(bestSeries, bestItem)
                .generateToolTip(data, bestSeries, bestItem);
    }

    /** A point explained: its epoch, what loss it is and its formula ({@link Explainer}). */
    private String pointTooltip(XYDataset dataset, int series, int item) {
        LossChartDataset.Series s = data.series(series);
        int epoch = (int) Math.round(dataset.getXValue(series, item));
        double loss = dataset.getYValue(series, item);
        return Explainer.html(switch (s.role()) {
            case MEAN -> Explainer.meanLossPoint(epoch, loss, model.samples().size(), model.architecture());
            case SAMPLE -> Explainer.sampleLossPoint(epoch, loss, ((SampleLine) s.line()).sample(), model.architecture());
            case COMPARISON, RACE -> List.of("epoch " + epoch + ": " + s.key() + " = " + Numbers.format(loss));
        });
    }

    private List<LossChartDataset.Series> series() {
        List<LossChartDataset.Series> list = new ArrayList<>();
        list.add(new LossChartDataset.Series("mean loss (" + Names.loss(model.architecture().loss()) + ")",
                LossChartDataset.Role.MEAN, new HistoryLine(model.lossHistory())));
        if (comparison != null) {
            list.add(new LossChartDataset.Series(comparisonLabel, LossChartDataset.Role.COMPARISON,
                    new HistoryLine(comparison)));
        }
        if (race != null) {
            for (OptimizerRace.Lane lane : race.lanes()) {
                list.add(new LossChartDataset.Series(lane.label(), LossChartDataset.Role.RACE, lane));
            }
        }
        if (sampleToggle.isSelected()) {
            SampleLossHistory samples = model.sampleLossHistory();
            for (int s = 0; s < samples.sampleCount(); s++) {
                list.add(new LossChartDataset.Series(sampleName(model, s), LossChartDataset.Role.SAMPLE,
                        new SampleLine(samples, s)));
            }
        }
        return list;
    }

    /** "sample 2 (0, 1)": numbered from 1, with its inputs when there are few enough to read. */
    private static String sampleName(GlassboxModel model, int s) {
        List<Double> x = model.samples().get(s).x();
        String name = "sample " + (s + 1);
        if (x.size() > MAX_NAMED_INPUTS) {
            return name;
        }
        StringJoiner inputs = new StringJoiner(", ", " (", ")");
        for (double v : x) {
            inputs.add(Numbers.compact(v));
        }
        return name + inputs;
    }

    /** Recomputes the points for the visible epochs and the chart's width, if they (or the data) changed. */
    private void updatePoints(boolean dataChanged) {
        Range r = epochAxis.getRange();
        int columns = view.getWidth() > 0 ? view.getWidth() : DEFAULT_COLUMNS;
        data.update(r.getLowerBound(), r.getUpperBound(), columns, isLogScale(), dataChanged);
    }

    // ---------------------------------------------------------------- options

    /** {@return whether the loss axis is logarithmic} */
    public boolean isLogScale() {
        return plot.getRangeAxis() == logAxis;
    }

    /**
     * Switches the loss axis between linear and logarithmic.
     *
     * @param log whether the loss axis is logarithmic
     * @throws IllegalStateException if called off the event thread
     */
    public void setLogScale(boolean log) {
        EventThread.require("LossChartPanel.setLogScale");
        logToggle.setSelected(log);
        if (log == isLogScale()) {
            return;
        }
        plot.setRangeAxis(log ? logAxis : linearAxis);
        plot.setRangeMinorGridlinesVisible(log);
        restyle();
        updatePoints(false);
    }

    /** {@return whether the chart follows training (keeps the latest epochs in view)} */
    public boolean isFollowing() {
        return navigator.isFollowing();
    }

    /**
     * Follows training or stops. Switched on, the view jumps to the latest epoch, keeping as many
     * epochs in view as now (all of them if all are in view).
     *
     * @param follow whether the chart follows training
     * @throws IllegalStateException if called off the event thread
     */
    public void setFollowing(boolean follow) {
        EventThread.require("LossChartPanel.setFollowing");
        navigator.setFollowing(follow);
        followToggle.setSelected(navigator.isFollowing());
        if (follow) {
            autoRangeLoss();
        }
    }

    /** {@return whether each sample's own loss is drawn} */
    public boolean isSampleLinesVisible() {
        return sampleToggle.isSelected();
    }

    /**
     * Shows or hides each sample's own loss (thin lines, one legend entry each).
     *
     * @param visible whether each sample's loss is drawn
     * @throws IllegalStateException if called off the event thread
     */
    public void setSampleLinesVisible(boolean visible) {
        EventThread.require("LossChartPanel.setSampleLinesVisible");
        sampleToggle.setSelected(visible);
        refresh();
    }

    /**
     * Overlays another run's mean loss per epoch, e.g. the same start trained under another loss
     * (see {@link ComparisonRun}). The history may still grow: call {@link #refresh()} after.
     * It is dropped when the model loads another scenario.
     *
     * @param other the other run's mean loss per epoch
     * @param label its name in the legend
     * @throws NullPointerException if either is null
     * @throws IllegalStateException if called off the event thread
     */
    public void setComparison(LossHistory other, String label) {
        EventThread.require("LossChartPanel.setComparison");
        comparison = Objects.requireNonNull(other);
        comparisonLabel = Objects.requireNonNull(label);
        refresh();
    }

    /**
     * Removes the comparison run.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void clearComparison() {
        EventThread.require("LossChartPanel.clearComparison");
        comparison = null;
        comparisonLabel = null;
        refresh();
    }

    /**
     * Races the optimizers from the model's start: its scenario trained afresh under plain gradient
     * descent, momentum and Adam (and, if it has a weight penalty, each also without it) with the
     * same weights and learning rates, for as many epochs as the model's run, on a worker thread;
     * each run is a labelled curve in its optimizer's color ({@link GlassboxTheme#CHART_RACE_SGD}
     * …), growing as it trains. A race running or shown before is dropped. The race is dropped when
     * the model loads another scenario or is reset, or by {@link #clearRace()}.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void raceOptimizers() {
        EventThread.require("LossChartPanel.raceOptimizers");
        if (race != null) {
            race.cancel();
        }
        race = OptimizerRace.start(model, this);
        refresh();
    }

    /**
     * Removes the optimizer race, stopping its training if it still runs.
     *
     * @throws IllegalStateException if called off the event thread
     */
    public void clearRace() {
        EventThread.require("LossChartPanel.clearRace");
        dropRace();
        refresh();
    }

    private void dropRace() {
        if (race != null) {
            race.cancel();
            race = null;
        }
    }

    /**
     * The "Race optimizers" command ({@link #raceOptimizers()}), for a menu; enabled once the model
     * has trained an epoch. The chart's context menu has it.
     *
     * @return the action
     */
    public Action raceOptimizersAction() {
        return raceAction;
    }

    /**
     * The "Clear the race" command ({@link #clearRace()}), for a menu; enabled while a race is shown.
     *
     * @return the action
     */
    public Action clearRaceAction() {
        return clearRaceAction;
    }

    /** The race shown, or null. */
    OptimizerRace race() {
        return race;
    }

    /** The comparison history shown, or null. */
    LossHistory comparison() {
        return comparison;
    }

    /** The plot, for tests. */
    XYPlot plot() {
        return plot;
    }

    // ---------------------------------------------------------------- navigation

    /** Shows every epoch, follows training, and lets the loss axis fit the losses again. */
    private void showAll() {
        navigator.showAll();
        autoRangeLoss();
    }

    /** Both loss axes (the one shown and the other) fit the visible losses, whatever zoomed them before. */
    private void autoRangeLoss() {
        linearAxis.setAutoRange(true);
        logAxis.setAutoRange(true);
    }

    private void bindKeys() {
        bind("zoomIn", () -> navigator.zoom(ZOOM_STEP), KeyStroke.getKeyStroke('+'), KeyStroke.getKeyStroke('='));
        bind("zoomOut", () -> navigator.zoom(1 / ZOOM_STEP), KeyStroke.getKeyStroke('-'),
                KeyStroke.getKeyStroke('\u2212'));
        bind("panLeft", () -> navigator.pan(-PAN_STEP), KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, 0));
        bind("panRight", () -> navigator.pan(PAN_STEP), KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, 0));
        bind("showAll", this::showAll, KeyStroke.getKeyStroke(KeyEvent.VK_HOME, 0));
    }

    private void bind(String name, Runnable action, KeyStroke... keys) {
        for (KeyStroke k : keys) {
            getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(k, name);
        }
        getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    private JPopupMenu contextMenu() {
        JPopupMenu menu = new JPopupMenu();
        menu.add(menuItem("Zoom in (+)", () -> navigator.zoom(ZOOM_STEP)));
        menu.add(menuItem("Zoom out (−)", () -> navigator.zoom(1 / ZOOM_STEP)));
        menu.add(menuItem("Show all epochs (Home)", this::showAll));
        menu.addSeparator();
        menu.add(raceAction).setName("raceOptimizersItem");
        menu.add(clearRaceAction).setName("clearRaceItem");
        menu.addSeparator();
        export.addMenuItems(menu);
        return menu;
    }

    private static JMenuItem menuItem(String text, Runnable action) {
        JMenuItem item = new JMenuItem(text);
        item.addActionListener(e -> action.run());
        return item;
    }

    // ---------------------------------------------------------------- export

    /**
     * Writes the chart as a PNG of {@code scale} × its current size (its preferred size if it has
     * none yet), drawn as vectors at that scale — 2 gives sharp slides.
     *
     * @param file  the file to write (replaced if it exists)
     * @param scale the factor of the image's size to the chart's, at least 1
     * @throws IOException if the file cannot be written
     */
    public void exportPng(Path file, int scale) throws IOException {
        export.write(file, scale);
    }

    // ---------------------------------------------------------------- theme

    @Override
    public void updateUI() {
        super.updateUI();
        // Called by the JPanel constructor too, before the chart exists.
        if (chart != null) {
            restyle();
            view.setPopupMenu(contextMenu());
        }
    }

    private void restyle() {
        setBackground(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
        Font font = GlassboxTheme.textFont(0.9f);
        for (AbstractButton b : List.of(logToggle, followToggle, sampleToggle, exportButton)) {
            b.setFont(font);
        }
        ChartStyle.apply(chart, view, data, renderer, viewedEpoch);
        divergences.restyle();
        bookmarks.restyle();
    }
}
