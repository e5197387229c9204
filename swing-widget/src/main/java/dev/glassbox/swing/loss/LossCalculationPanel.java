package dev.glassbox.swing.loss;

import dev.glassbox.swing.internal.explain.Explainer;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.model.InspectionEvent;
import dev.glassbox.swing.internal.table.StateTable;
import dev.glassbox.swing.internal.text.LossWording;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Insets;
import java.util.StringJoiner;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.event.TableModelEvent;

/**
 * The loss of every sample, written out with the loss formula and the trace's numbers, and their
 * mean, the loss of the epoch. The viewed sample's row is highlighted; selecting a row (by click
 * or keys) views that sample.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class LossCalculationPanel extends JPanel {
    /** At most this many sample losses are written out in the mean. */
    private static final int SHOWN_TERMS = 6;

    private final GlassboxModel model;
    private final LossTable table;
    private final JTextArea mean = new JTextArea();
    private final JScrollPane scroll;

    /**
     * A panel following {@code model}.
     *
     * @param model the model whose trace the panel shows
     */
    public LossCalculationPanel(GlassboxModel model) {
        super(new BorderLayout());
        this.model = model;
        setName("lossCalculationPanel");
        getAccessibleContext().setAccessibleName(Messages.text("loss.calculation"));
        table = new LossTable(new LossRows(model));
        table.getSelectionModel().setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0) {
                model.setViewedSample(row);
            }
        });
        mean.setName("lossMean");
        mean.setEditable(false);
        mean.setFocusable(false);
        mean.setOpaque(false);
        mean.setLineWrap(true);
        mean.setWrapStyleWord(true);
        mean.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        scroll = new RowsScrollPane(table);
        add(scroll, BorderLayout.CENTER);
        add(mean, BorderLayout.SOUTH);
        styleMean();
        showMean();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> showMean())
                .onInspection(e -> {
                    if (e.kind() == InspectionEvent.Kind.SAMPLE) {
                        table.showViewedSample();
                    } else if (e.kind() == InspectionEvent.Kind.CONCEALED) {
                        showMean();
                    }
                })
                .onAttach(() -> {
                    showMean();
                    table.showViewedSample();
                });
    }



    @Override
    public void updateUI() {
        super.updateUI();
        // JPanel's constructor calls this before the fields are set; the constructor styles then.
        if (mean != null) {
            styleMean();
        }
    }

    private void styleMean() {
        mean.setFont(GlassboxTheme.mathFont(1f));
        mean.setForeground(GlassboxTheme.color(GlassboxTheme.TEXT));
    }

    /**
     * The table over the mean, each at its preferred height where there is room; where there is not
     * (a presentation zoom on a small screen), the table's rows come first and the mean gets the rest.
     */
    @Override
    public void doLayout() {
        // A wrapping text area reports the height it needs at its current width: give it the panel's first.
        mean.setSize(getWidth(), Short.MAX_VALUE);
        Insets in = getInsets();
        int width = getWidth() - in.left - in.right;
        int height = getHeight() - in.top - in.bottom;
        int meanHeight = mean.getPreferredSize().height;
        int tableHeight = Math.max(Math.min(scroll.getPreferredSize().height, height), height - meanHeight);
        scroll.setBounds(in.left, in.top, width, tableHeight);
        mean.setBounds(in.left, in.top + tableHeight, width, Math.max(0, height - tableHeight));
    }

    /**
     * {@code mean after update e = L} over {@code = (L₁ + L₂ + …) / n}, with the trace's numbers: the
     * result first, the sum on a line of its own, so that a narrow panel breaks the line where the
     * math does rather than inside the sum.
     */
    private void showMean() {
        EpochTrace t = model.trace();
        int n = t.samples().size();
        // A loss the quiz conceals (it is written in an output's a), and the mean that carries it, show as "?".
        Explainer x = new Explainer(t, model.viewedSample(), model.inspection());
        boolean hidden = false;
        StringJoiner terms = new StringJoiner(" + ", "(", ")");
        for (int s = 0; s < n; s++) {
            hidden |= x.outputLossHidden(s);
            if (s < SHOWN_TERMS) {
                terms.add(x.outputLossHidden(s) ? Concealed.MARK : Numbers.format(t.sample(s).loss()));
            }
        }
        if (n > SHOWN_TERMS) {
            terms.add("…");
        }
        mean.setText(LossWording.meanAfter(model.viewedEpoch()) + " = " + (hidden ? Concealed.MARK : Numbers.format(t.loss()))
                + "\n= " + terms + " / " + n);
        mean.setToolTipText(Explainer.html(Explainer.of(x.meanLoss())));
        mean.getAccessibleContext().setAccessibleDescription(Explainer.plain(Explainer.of(x.meanLoss())));
    }

    /** {@return the text of the mean below the table} */
    public String meanText() {
        return mean.getText();
    }

    /**
     * The table's scroll pane, asking room for the rows the table asks for and, where the table is
     * wider than the pane, for the horizontal scroll bar under them too: JScrollPane leaves the bar
     * out of its preferred height, so at a high zoom the bar would cover the last row.
     */
    private static final class RowsScrollPane extends JScrollPane {
        RowsScrollPane(LossTable table) {
            super(table);
        }

        @Override
        public Dimension getPreferredSize() {
            Dimension d = super.getPreferredSize();
            Component view = getViewport().getView();
            if (getWidth() > 0 && view.getPreferredSize().width > getViewport().getWidth()) {
                d.height += getHorizontalScrollBar().getPreferredSize().height;
            }
            return d;
        }
    }

    /**
     * The sample table: its highlighted row, and so its selection, is the viewed sample. It asks for
     * the height of all its rows (up to {@link #SHOWN_ROWS}), in the row height of the theme and zoom
     * of the moment, so that no row hides below the fold after a theme switch.
     */
    private static final class LossTable extends StateTable {
        /** At most this many rows are asked room for; more scroll. */
        private static final int SHOWN_ROWS = 8;
        /**
         * Little room beyond each column's widest value: the loss formulas, with the digits that
         * make them check by hand, fill the window's column, and five slacks of the tables' usual
         * width would push the last one out of it.
         */
        private static final int SLACK = 4;

        LossTable(LossRows rows) {
            super(rows, "lossTable", Messages.text("loss.eachSample"));
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return new Dimension(getPreferredSize().width, Math.min(getRowCount(), SHOWN_ROWS) * getRowHeight());
        }

        @Override
        protected int columnSlack() {
            return SLACK;
        }

        @Override
        protected boolean isHighlighted(int row) {
            return row == traceModel().model().viewedSample();
        }

        @Override
        public void tableChanged(TableModelEvent e) {
            super.tableChanged(e);
            // New data clears the selection; put it back on the viewed sample (without scrolling there).
            if (traceModel() != null) {
                select();
            }
        }

        /** Selects, scrolls to and repaints the viewed sample's row. */
        void showViewedSample() {
            select();
            scrollRectToVisible(getCellRect(traceModel().model().viewedSample(), 0, true));
            repaint();
        }

        private void select() {
            int s = traceModel().model().viewedSample();
            if (s < getRowCount() && getSelectedRow() != s) {
                setRowSelectionInterval(s, s);
            }
        }
    }
}
