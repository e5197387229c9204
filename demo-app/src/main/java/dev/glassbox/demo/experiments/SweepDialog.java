package dev.glassbox.demo.experiments;

import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioException;
import dev.glassbox.demo.cli.Cli;
import dev.glassbox.demo.cli.OptimizerSpec;
import dev.glassbox.demo.cli.Sweep;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * "How often does XOR get stuck?": trains the window's scenario many times, every combination of
 * seeds, learning rates and optimizers, on every core, each run exactly as the command line's
 * {@code sweep} (and {@code train}) trains it, and shows the outcome as it comes in: a histogram of
 * the final losses (on a log scale, so that "learned" and "stuck" fall apart) and each run's final
 * loss against its learning rate, one colour per optimizer. Training runs on worker threads; the
 * event thread only draws. Cancel stops the runs not yet done.
 *
 * <p>Names: {@code sweepDialog}, {@code sweepSeedsFrom}, {@code sweepSeedsTo}, {@code sweepEpochs},
 * {@code sweepRates}, {@code sweepOptimizers}, {@code sweepThreshold}, {@code sweepRunButton},
 * {@code sweepCancelButton}, {@code sweepCloseButton} (Escape too), {@code sweepProgress}, {@code sweepMessage}, {@code sweepHistogram},
 * {@code sweepByRate}.
 */
public final class SweepDialog extends JDialog {
    /** Bars of the histogram. */
    static final int BINS = 20;
    /** Runs offered at first: enough to see a spread, done in seconds for the built-ins. */
    private static final int FIRST_SEEDS = 20;
    private static final int FIRST_EPOCHS = 2000;

    private final transient Scenario scenario;
    private final JSpinner seedsFrom = new JSpinner(new SpinnerNumberModel(1L, -Scenario.MAX_SEED, Scenario.MAX_SEED, 1L));
    private final JSpinner seedsTo = new JSpinner(new SpinnerNumberModel((long) FIRST_SEEDS, -Scenario.MAX_SEED,
            Scenario.MAX_SEED, 1L));
    private final JSpinner epochs = new JSpinner(new SpinnerNumberModel(FIRST_EPOCHS, 1, Cli.MAX_EPOCHS, 100));
    private final JTextField rates = new JTextField(14);
    private final JTextField optimizers = new JTextField(14);
    private final JTextField threshold = new JTextField(Double.toString(Cli.DEFAULT_THRESHOLD), 6);
    private final JButton run = new JButton("Run");
    private final JButton cancel = new JButton("Cancel");
    private final JButton close = new JButton("Close");
    private final JProgressBar progress = new JProgressBar();
    private final JLabel message = new JLabel(" ");
    private final XYIntervalSeriesCollection histogram = new XYIntervalSeriesCollection();
    private final XYSeriesCollection byRate = new XYSeriesCollection();
    private final LogAxis rateAxis = logAxis("learning rate η (log scale)");
    private final transient List<Sweep.Outcome> outcomes = new ArrayList<>();
    private transient Sweep sweep;
    private transient SwingWorker<List<Sweep.Outcome>, Sweep.Outcome> worker;
    private double shownThreshold = Cli.DEFAULT_THRESHOLD;

    /**
     * A dialog sweeping {@code scenario}, its learning rate and optimizer offered as the first settings.
     *
     * @param owner    the window it belongs to
     * @param scenario the scenario to train again and again (its weights come from each run's seed)
     */
    public SweepDialog(Window owner, Scenario scenario) {
        super(owner, "Sweep: " + scenario.name(), ModalityType.MODELESS);
        this.scenario = scenario;
        setName("sweepDialog");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        seedsFrom.setName("sweepSeedsFrom");
        seedsTo.setName("sweepSeedsTo");
        epochs.setName("sweepEpochs");
        rates.setName("sweepRates");
        optimizers.setName("sweepOptimizers");
        threshold.setName("sweepThreshold");
        run.setName("sweepRunButton");
        cancel.setName("sweepCancelButton");
        close.setName("sweepCloseButton");
        progress.setName("sweepProgress");
        message.setName("sweepMessage");
        message.putClientProperty("html.disable", Boolean.TRUE);
        rates.setText(Numbers.compact(scenario.learningRate()));
        optimizers.setText(OptimizerSpec.label(scenario.optimizer()));
        rates.setToolTipText("Learning rates, separated by commas");
        optimizers.setToolTipText(OptimizerSpec.SYNTAX + ", separated by commas");
        progress.setStringPainted(true);
        progress.setString("");
        cancel.setEnabled(false);
        run.addActionListener(e -> start());
        cancel.addActionListener(e -> stop());
        close.addActionListener(e -> dispose());
        // Escape closes it, as every dialog of the application (a running sweep is cancelled).
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        JPanel settings = new JPanel(new MigLayout("insets 8, gap 6 4", "[][grow, fill][][grow, fill]"));
        settings.add(new JLabel("Seeds from"));
        settings.add(seedsFrom);
        settings.add(new JLabel("to"));
        settings.add(seedsTo, "wrap");
        settings.add(new JLabel("Epochs per run"));
        settings.add(epochs);
        settings.add(new JLabel("Learned below loss"));
        settings.add(threshold, "wrap");
        settings.add(new JLabel("Learning rates η"));
        settings.add(rates, "span 3, wrap");
        settings.add(new JLabel("Optimizers"));
        settings.add(optimizers, "span 3, wrap");
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 6", "[][][grow, fill][]"));
        buttons.add(run);
        buttons.add(cancel);
        buttons.add(progress);
        buttons.add(close);
        settings.add(buttons, "span 4, growx, wrap");
        settings.add(message, "span 4, growx, wmin 0");

        JPanel charts = new JPanel(new GridLayout(1, 2, 8, 0));
        charts.add(chart(histogramChart(), "sweepHistogram"));
        charts.add(chart(byRateChart(), "sweepByRate"));
        JPanel content = new JPanel(new BorderLayout());
        content.add(settings, BorderLayout.NORTH);
        content.add(charts, BorderLayout.CENTER);
        setContentPane(content);
        pack();
        setMinimumSize(new Dimension(640, 480));
        setLocationRelativeTo(owner);
    }

    @Override
    public void dispose() {
        stop();
        super.dispose();
    }

    /** {@return the outcomes shown so far, in the sweep's order} */
    public List<Sweep.Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** {@return whether a sweep is running} */
    public boolean isRunning() {
        return worker != null && !worker.isDone();
    }

    // ---------------------------------------------------------------- running

    private void start() {
        Sweep next;
        try {
            next = sweepFromTheFields();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            return;
        }
        sweep = next;
        outcomes.clear();
        progress.setMaximum(next.size());
        progress.setValue(0);
        progress.setString("0 of " + next.size());
        message.setText("Training " + next.size() + (next.size() == 1 ? " run" : " runs") + " on "
                + Runtime.getRuntime().availableProcessors() + " threads…");
        run.setEnabled(false);
        cancel.setEnabled(true);
        redraw();
        worker = new SwingWorker<>() {
            @Override
            protected List<Sweep.Outcome> doInBackground() {
                return next.run(this::publish, done -> { });
            }

            @Override
            protected void process(List<Sweep.Outcome> chunk) {
                if (sweep == next) {
                    outcomes.addAll(chunk);
                    progress.setValue(outcomes.size());
                    progress.setString(outcomes.size() + " of " + next.size());
                    redraw();
                }
            }

            @Override
            protected void done() {
                if (sweep != next) {
                    return;
                }
                run.setEnabled(true);
                cancel.setEnabled(false);
                try {
                    get();
                    message.setText(summary(next.size()));
                } catch (ExecutionException e) {
                    message.setText("The sweep failed: " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
    }

    private void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
    }

    /** The sweep the fields describe; an {@link IllegalArgumentException} names the field at fault. */
    private Sweep sweepFromTheFields() {
        // The spinners' editors may commit a Double for a typed whole number: read any Number.
        long from = ((Number) seedsFrom.getValue()).longValue();
        long to = ((Number) seedsTo.getValue()).longValue();
        if (from > to) {
            throw new IllegalArgumentException("Seeds: the first seed must not be above the last (" + from + " > " + to + ").");
        }
        List<Double> etas = list(rates.getText(), "Learning rates", text -> {
            double v = Double.parseDouble(text.replace('−', '-'));
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        });
        List<Optimizer> opts = list(optimizers.getText(), "Optimizers", text -> OptimizerSpec.parse(text, "Optimizers"));
        double limit;
        try {
            limit = Double.parseDouble(threshold.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Learned below loss: “" + threshold.getText().strip() + "” is not a number.");
        }
        long count = (to - from + 1) * etas.size() * opts.size();
        if (to - from + 1 > Sweep.MAX_RUNS || count > Sweep.MAX_RUNS) {
            throw new IllegalArgumentException("A sweep has at most " + Sweep.MAX_RUNS + " runs; these settings make "
                    + (to - from + 1) + " × " + etas.size() + " × " + opts.size() + ".");
        }
        long[] seeds = new long[(int) (to - from + 1)];
        for (int k = 0; k < seeds.length; k++) {
            seeds[k] = from + k;
        }
        shownThreshold = limit;
        try {
            return new Sweep(scenario, ((Number) epochs.getValue()).intValue(), seeds, etas, opts,
                    Runtime.getRuntime().availableProcessors(), limit);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException("These settings break a rule of the scenario: " + e.getMessage());
        }
    }

    /** A comma-separated list, each item read by {@code item}; the field is named when one is not. */
    private static <T> List<T> list(String text, String field, java.util.function.Function<String, T> item) {
        List<T> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(item.apply(p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + ": “" + p + "” is not "
                        + (field.equals("Optimizers") ? "one of " + OptimizerSpec.SYNTAX : "a number above 0") + ".");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(field + ": give at least one.");
        }
        return out;
    }

    /** "20 of 20 runs · 14 learned (below 0.01) · 6 stuck · 0 diverged · median final loss 0.0031". */
    private String summary(int runs) {
        long learned = outcomes.stream().filter(o -> o.firstBelow() > 0).count();
        long stuck = outcomes.stream().filter(Sweep.Outcome::stuck).count();
        long diverged = outcomes.stream().filter(o -> o.diverged() > 0).count();
        double[] losses = outcomes.stream().mapToDouble(Sweep.Outcome::loss).sorted().toArray();
        String median = losses.length == 0 ? "" : " · median final loss " + Numbers.format(losses[losses.length / 2]);
        String done = outcomes.size() < runs ? "Cancelled: " + outcomes.size() + " of " + runs + " runs done"
                : runs + (runs == 1 ? " run" : " runs");
        return done + " · " + learned + " learned (below " + Numbers.compact(shownThreshold) + ") · " + stuck + " stuck · "
                + diverged + " diverged" + median;
    }

    // ---------------------------------------------------------------- charts

    /** Rebuilds both charts' data from the outcomes so far. */
    private void redraw() {
        histogram.removeAllSeries();
        byRate.removeAllSeries();
        double[] losses = outcomes.stream().mapToDouble(Sweep.Outcome::loss).filter(v -> v > 0 && Double.isFinite(v))
                .toArray();
        XYIntervalSeries bars = new XYIntervalSeries("runs");
        for (Bin b : bins(losses)) {
            bars.add(Math.sqrt(b.from() * b.to()), b.from(), b.to(), b.count(), b.count(), b.count());
        }
        histogram.addSeries(bars);
        for (Sweep.Outcome o : outcomes) {
            String label = OptimizerSpec.label(o.settings().optimizer());
            int k = byRate.getSeriesIndex(label);
            XYSeries series = k >= 0 ? byRate.getSeries(k) : new XYSeries(label, false, true);
            if (k < 0) {
                byRate.addSeries(series);
            }
            if (o.loss() > 0 && Double.isFinite(o.loss())) {
                series.add(o.settings().learningRate(), o.loss());
            }
        }
        // One learning rate is a range of width 0, which a log axis cannot label: a decade around it.
        double[] etas = outcomes.stream().mapToDouble(o -> o.settings().learningRate()).distinct().toArray();
        if (etas.length == 1) {
            rateAxis.setRange(etas[0] / Math.sqrt(10), etas[0] * Math.sqrt(10));
        } else {
            rateAxis.setAutoRange(true);
        }
    }

    /** One bar: runs whose final loss lies in {@code [from, to)}. */
    record Bin(double from, double to, int count) {
    }

    /**
     * {@link #BINS} bars of equal width on a log scale from the smallest final loss to the largest
     * (one bar when they are all the same).
     */
    static List<Bin> bins(double[] losses) {
        if (losses.length == 0) {
            return List.of();
        }
        double min = Arrays.stream(losses).min().orElseThrow();
        double max = Arrays.stream(losses).max().orElseThrow();
        if (min == max) {
            return List.of(new Bin(min / 1.1, max * 1.1, losses.length));
        }
        double lo = Math.log10(min);
        double width = (Math.log10(max) - lo) / BINS;
        int[] counts = new int[BINS];
        for (double v : losses) {
            counts[Math.min(BINS - 1, (int) ((Math.log10(v) - lo) / width))]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int k = 0; k < BINS; k++) {
            bins.add(new Bin(Math.pow(10, lo + k * width), Math.pow(10, lo + (k + 1) * width), counts[k]));
        }
        return bins;
    }

    private JFreeChart histogramChart() {
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        bars.setSeriesPaint(0, GlassboxTheme.color(GlassboxTheme.CHART_LINE));
        NumberAxis count = new NumberAxis("runs");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(histogram, logAxis("final loss (log scale)"), count, bars);
        return styled(new JFreeChart("Final loss of each run", GlassboxTheme.textFont(1f), plot, false));
    }

    private JFreeChart byRateChart() {
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(byRate, rateAxis, logAxis("final loss (log scale)"), dots);
        return styled(new JFreeChart("Final loss against η", GlassboxTheme.textFont(1f), plot, true));
    }

    private static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(1e-12);
        // The values themselves (0.001, 0.03), as the rest of the window writes numbers, not 10^-1.5.
        axis.setNumberFormatOverride(new java.text.NumberFormat() {
            @Override
            public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
                return to.append(Numbers.compact(number));
            }

            @Override
            public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
                return to.append(number);
            }

            @Override
            public Number parse(String source, java.text.ParsePosition pos) {
                throw new UnsupportedOperationException("tick labels are only written");
            }
        });
        return axis;
    }

    /** Colours and fonts from the theme's {@code Glassbox.*} keys, as the loss chart has them. */
    private static JFreeChart styled(JFreeChart chart) {
        Color background = GlassboxTheme.color(GlassboxTheme.BACKGROUND);
        Color grid = GlassboxTheme.color(GlassboxTheme.GRID);
        Color text = GlassboxTheme.color(GlassboxTheme.TEXT);
        chart.setBackgroundPaint(background);
        chart.getTitle().setPaint(text);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(background);
        plot.setOutlinePaint(grid);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setLabelPaint(GlassboxTheme.color(GlassboxTheme.MUTED));
            axis.setTickLabelPaint(text);
            axis.setLabelFont(GlassboxTheme.textFont(0.9f));
            axis.setTickLabelFont(GlassboxTheme.textFont(0.9f));
            axis.setAxisLinePaint(grid);
        }
        if (plot.getRenderer() instanceof XYLineAndShapeRenderer dots) {
            for (int k = 0; k < 8; k++) {
                dots.setSeriesPaint(k, GlassboxTheme.color(k == 0 ? GlassboxTheme.CHART_LINE
                        : k == 1 ? GlassboxTheme.CHART_COMPARISON_LINE : GlassboxTheme.chartSampleLine(k)));
                dots.setSeriesStroke(k, new BasicStroke(1f));
            }
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setBackgroundPaint(background);
            chart.getLegend().setItemPaint(text);
        }
        return chart;
    }

    private static ChartPanel chart(JFreeChart chart, String name) {
        ChartPanel panel = new ChartPanel(chart, 380, 300, 200, 160, 1600, 1200, true, false, false, false, false, false);
        panel.setName(name);
        return panel;
    }
}
