package dev.glassbox.swing.internal.table;

import dev.glassbox.swing.model.InspectionEvent;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.event.HierarchyEvent;
import dev.glassbox.swing.internal.explain.Explainer;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.event.TableModelEvent;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/**
 * A read-only table of trace values: its {@link TraceTableModel} follows the model while the table
 * is displayable (bound by {@link ModelBinding}), colors numbers by sign and magnitude, and sizes
 * its columns to their content: afresh when the rows, the font or the look and feel change, and
 * wider whenever new values would be cut. Fills the width of a scroll pane that is wider than it
 * needs, and scrolls sideways in one that is narrower.
 */
public abstract class StateTable extends JTable {
    /**
     * Room left in a column for slightly longer numbers than those it was sized to (a column too
     * narrow for a new value widens anyway): small, so that the loss table fits its panel unscrolled.
     */
    private static final int SLACK = 12;
    /** Columns are sized to at most this many rows. */
    private static final int SIZED_ROWS = 200;

    private final TraceTableModel traceModel;
    private int sizedRows = -1;
    /** Whether the columns are being measured: then the renderers need no explanations. */
    private boolean measuring;
    /** Whether the rows changed while the table was out of sight, so that its columns were not sized. */
    private boolean columnsStale;

    /** A table of {@code model}'s rows, with its component name and the name a screen reader says. */
    protected StateTable(TraceTableModel model, String name, String accessibleName) {
        super(model);
        this.traceModel = model;
        setName(name);
        getAccessibleContext().setAccessibleName(accessibleName);
        TableCellRenderer renderer = new SignedCellRenderer();
        setDefaultRenderer(Object.class, renderer);
        setAutoResizeMode(AUTO_RESIZE_LAST_COLUMN);
        setFillsViewportHeight(true);
        getTableHeader().setReorderingAllowed(false);
        model.refresh();
        ModelBinding.whileDisplayable(this, model.model())
                .onTraining(e -> model.refresh())
                .onInspection(e -> {
                    if (e.kind() == InspectionEvent.Kind.CONCEALED
                            || e.kind() == InspectionEvent.Kind.SAMPLE && model.followsViewedSample()) {
                        model.refresh();
                    }
                })
                .onAttach(model::refresh);
        // A table out of sight (a hidden tab) is not measured on every training tick: once shown, afresh.
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && isShowing() && columnsStale) {
                sizeColumns(true);
            }
        });
    }

    /** The model the rows come from. */
    protected final TraceTableModel traceModel() {
        return traceModel;
    }

    /** Whether a row (in view order) is shown highlighted, e.g. the viewed sample. None by default. */
    protected boolean isHighlighted(int row) {
        return false;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return false;
    }

    /**
     * The renderer of a cell, with the cell's explanation ({@link TraceTableModel#explanation}) as
     * its tooltip and its accessible description, which the table's accessible cell reports.
     */
    @Override
    public Component prepareRenderer(TableCellRenderer renderer, int row, int column) {
        Component c = super.prepareRenderer(renderer, row, column);
        if (!measuring && traceModel != null && c instanceof JComponent j) {
            List<String> lines = traceModel.explanation(convertRowIndexToModel(row), convertColumnIndexToModel(column));
            j.setToolTipText(lines == null ? null : Explainer.html(lines));
            j.getAccessibleContext().setAccessibleDescription(lines == null ? null : Explainer.plain(lines));
        }
        return c;
    }

    @Override
    public void tableChanged(TableModelEvent e) {
        super.tableChanged(e);
        // Called from JTable's constructor too, before this table's fields are set.
        if (traceModel != null && !isShowing()) {
            columnsStale = true;
        } else if (traceModel != null) {
            // New values only widen a column that would cut them, so columns do not jitter during training;
            // new columns are sized afresh.
            sizeColumns(e.getFirstRow() == TableModelEvent.HEADER_ROW || getRowCount() != sizedRows);
        }
    }

    @Override
    public void updateUI() {
        super.updateUI();
        followZoom();
        if (traceModel != null) {
            sizeColumns(true);
        }
    }

    /**
     * The look and feel's table font, header font and row height, enlarged by the presentation
     * zoom: read afresh on every UI update, which a zoom switch triggers. At 100 % the look and
     * feel's own values are set, so that a theme switch restyles the table as usual.
     */
    private void followZoom() {
        float zoom = GlassboxTheme.zoom();
        float fontZoom = GlassboxTheme.fontZoom();
        Font font = UIManager.getFont("Table.font");
        Font header = UIManager.getFont("TableHeader.font");
        if (font != null) {
            setFont(fontZoom == 1f ? font : font.deriveFont(font.getSize2D() * fontZoom));
        }
        if (header != null && getTableHeader() != null) {
            getTableHeader().setFont(fontZoom == 1f ? header : header.deriveFont(header.getSize2D() * fontZoom));
        }
        int rowHeight = UIManager.getInt("Table.rowHeight");
        if (rowHeight > 0) {
            setRowHeight(Math.round(rowHeight * zoom));
        } else if (font != null) {
            setRowHeight(getFontMetrics(getFont()).getHeight() + Math.round(2 * zoom));
        }
    }

    @Override
    public void setFont(Font font) {
        super.setFont(font);
        if (traceModel != null) {
            sizeColumns(true);
        }
    }

    /**
     * Gives a column the width of its header and widest cell (of the first rows) plus some slack:
     * every column when {@code afresh}, else only those too narrow for a cell.
     */
    private void sizeColumns(boolean afresh) {
        sizedRows = getRowCount();
        columnsStale = false;
        int rows = Math.min(sizedRows, SIZED_ROWS);
        for (int c = 0; c < getColumnCount(); c++) {
            TableColumn column = getColumnModel().getColumn(c);
            TableCellRenderer header = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                    : getTableHeader().getDefaultRenderer();
            int width = header.getTableCellRendererComponent(this, column.getHeaderValue(), false, false, -1, c)
                    .getPreferredSize().width;
            measuring = true;
            try {
                for (int r = 0; r < rows; r++) {
                    Component cell = prepareRenderer(getCellRenderer(r, c), r, c);
                    width = Math.max(width, cell.getPreferredSize().width);
                }
            } finally {
                measuring = false;
            }
            if (afresh || width > column.getPreferredWidth()) {
                column.setPreferredWidth(width + columnSlack());
            }
        }
    }

    /**
     * The room a column is given beyond its widest value, for slightly longer numbers to come.
     *
     * @return the slack in pixels; {@value #SLACK} by default
     */
    protected int columnSlack() {
        return SLACK;
    }

    /** Columns keep their preferred widths; the last one takes what is left (JTable would spread it over all). */
    @Override
    public void doLayout() {
        int n = getColumnModel().getColumnCount();
        if (n == 0 || (getTableHeader() != null && getTableHeader().getResizingColumn() != null)) {
            super.doLayout();
            return;
        }
        int used = 0;
        for (int c = 0; c < n - 1; c++) {
            TableColumn column = getColumnModel().getColumn(c);
            column.setWidth(column.getPreferredWidth());
            used += column.getWidth();
        }
        TableColumn last = getColumnModel().getColumn(n - 1);
        last.setWidth(Math.max(last.getPreferredWidth(), getWidth() - used));
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        Container parent = getParent();
        return parent == null || getPreferredSize().width < parent.getWidth();
    }
}
