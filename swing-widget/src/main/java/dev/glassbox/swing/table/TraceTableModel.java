package dev.glassbox.swing.table;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.NeuronTrace;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelEvent;
import dev.glassbox.swing.model.GlassboxModelListener;
import dev.glassbox.swing.text.Names;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.swing.table.AbstractTableModel;

/**
 * A table model whose rows are read from a {@link GlassboxModel}'s trace: once on
 * {@link #attach()}, then once per model event of the kinds that change them (during bulk training
 * the model fires one training event per timer tick). Cells hold names ({@code String}), numbers
 * ({@code Double}, null where a value is not defined) or {@link NeuronState}s.
 */
public abstract class TraceTableModel extends AbstractTableModel {
    private final GlassboxModel model;
    private final Set<GlassboxModelEvent.Kind> kinds;
    private final List<String> columns;
    private final GlassboxModelListener listener = this::modelChanged;
    private List<Object[]> rows = List.of();
    private double[] scales;

    /**
     * @param model   the model to read
     * @param kinds   the events after which the rows are read again
     * @param columns the column names
     */
    protected TraceTableModel(GlassboxModel model, Set<GlassboxModelEvent.Kind> kinds, String... columns) {
        this.model = model;
        this.kinds = EnumSet.copyOf(kinds);
        this.columns = List.of(columns);
        this.scales = new double[columns.length];
    }

    /** The rows for the model's current state, one array of cells per row. */
    protected abstract List<Object[]> read(GlassboxModel model);

    /** The cells of one neuron's row on the viewed sample. */
    @FunctionalInterface
    protected interface NeuronRow {
        Object[] cells(EpochTrace trace, int sample, NeuronId id, String name, NeuronTrace neuron);
    }

    /** One row per neuron of the model's trace on its viewed sample, layer by layer from {@code firstLayer}. */
    protected static List<Object[]> neuronRows(GlassboxModel model, int firstLayer, NeuronRow row) {
        EpochTrace t = model.trace();
        Architecture arch = t.architecture();
        int s = model.viewedSample();
        List<Object[]> rows = new ArrayList<>();
        for (int l = firstLayer; l <= arch.depth(); l++) {
            for (int j = 0; j < arch.size(l); j++) {
                NeuronId id = new NeuronId(l, j);
                rows.add(row.cells(t, s, id, Names.neuron(arch, id), t.sample(s).neuron(id)));
            }
        }
        return rows;
    }

    /** The model the rows come from. */
    public GlassboxModel model() {
        return model;
    }

    /** Starts following the model (reading the rows now). */
    public void attach() {
        model.addListener(listener);
        refresh();
    }

    /** Stops following the model. */
    public void detach() {
        model.removeListener(listener);
    }

    private void modelChanged(GlassboxModelEvent e) {
        if (kinds.contains(e.kind())) {
            refresh();
        }
    }

    /**
     * Reads the rows again and tells the table once: as updated rows when their number stayed (so a
     * selection survives), else as new data.
     */
    public void refresh() {
        int before = rows.size();
        rows = List.copyOf(read(model));
        scales = new double[columns.size()];
        for (Object[] row : rows) {
            for (int c = 0; c < scales.length; c++) {
                if (row[c] instanceof Double v && Double.isFinite(v)) {
                    scales[c] = Math.max(scales[c], Math.abs(v));
                }
            }
        }
        if (rows.size() != before) {
            fireTableDataChanged();
        } else if (!rows.isEmpty()) {
            fireTableRowsUpdated(0, rows.size() - 1);
        }
    }

    /** The largest magnitude among the finite numbers of a column (0 if none): the scale of its tints. */
    public double scale(int column) {
        return scales[column];
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column);
    }

    @Override
    public Object getValueAt(int row, int column) {
        return rows.get(row)[column];
    }
}
