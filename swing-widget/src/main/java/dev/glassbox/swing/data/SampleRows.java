package dev.glassbox.swing.data;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Sample;
import dev.glassbox.swing.internal.data.SampleText;
import dev.glassbox.swing.model.GlassboxModel;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * The session's samples as rows: the sample's number ("#"), then its inputs and targets. Reads
 * the model's list as it is (no copy), and tells the table only when the list or the network's
 * shape changed, so that training epochs cost nothing here.
 */
final class SampleRows extends AbstractTableModel {
    private final GlassboxModel model;
    private List<Sample> shown;
    private Architecture arch;

    SampleRows(GlassboxModel model) {
        this.model = model;
        this.shown = model.samples();
        this.arch = model.architecture();
    }

    /** Follows the model: a new training set or another network shape. */
    void refresh() {
        List<Sample> now = model.samples();
        Architecture a = model.architecture();
        boolean reshaped = a.size(0) != arch.size(0) || SampleText.outputs(a) != SampleText.outputs(arch);
        arch = a;
        if (reshaped) {
            shown = now;
            fireTableStructureChanged();
        } else if (now != shown) {
            boolean sameCount = now.size() == shown.size();
            shown = now;
            if (sameCount) {
                // Rows updated, not "data changed": the table keeps its selection (an edit, a move).
                fireTableRowsUpdated(0, shown.size() - 1);
            } else {
                fireTableDataChanged();
            }
        }
    }

    List<Sample> samples() {
        return shown;
    }

    Architecture architecture() {
        return arch;
    }

    /** The model column of the first value (after "#"). */
    static final int FIRST_VALUE = 1;

    @Override
    public int getRowCount() {
        return shown.size();
    }

    @Override
    public int getColumnCount() {
        return FIRST_VALUE + SampleText.columns(arch);
    }

    @Override
    public String getColumnName(int column) {
        return column < FIRST_VALUE ? "#" : SampleText.columnName(arch, column - FIRST_VALUE);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column < FIRST_VALUE ? Integer.class : Double.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        if (column < FIRST_VALUE) {
            return row + 1;
        }
        Sample s = shown.get(row);
        int c = column - FIRST_VALUE;
        return c < s.x().size() ? s.x().get(c) : s.y().get(c - s.x().size());
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column >= FIRST_VALUE;
    }

    /**
     * The samples with one value replaced.
     *
     * @param row    the sample
     * @param column the model column (after "#")
     * @param value  the new value
     */
    List<Sample> with(int row, int column, double value) {
        Sample s = shown.get(row);
        double[] x = s.x().stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = s.y().stream().mapToDouble(Double::doubleValue).toArray();
        int c = column - FIRST_VALUE;
        if (c < x.length) {
            x[c] = value;
        } else {
            y[c - x.length] = value;
        }
        List<Sample> next = new ArrayList<>(shown);
        next.set(row, Sample.of(x, y));
        return next;
    }
}
