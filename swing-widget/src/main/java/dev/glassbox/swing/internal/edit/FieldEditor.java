package dev.glassbox.swing.internal.edit;

import java.awt.event.KeyEvent;
import java.util.EventObject;
import javax.swing.DefaultCellEditor;

/**
 * A table cell's editor over a {@link ParameterField}: a double-click, F2 or typing starts it, and
 * leaving it with Escape takes away any problem shown. Its table calls {@link #started} from
 * {@code editCellAt}, so that typing into a cell replaces its value rather than adding to its digits.
 */
public abstract class FieldEditor extends DefaultCellEditor {
    /** The field the value is typed in. */
    protected final ParameterField field;

    /**
     * An editor typing into {@code field}.
     *
     * @param field the field
     */
    protected FieldEditor(ParameterField field) {
        super(field);
        this.field = field;
        setClickCountToStart(2);
    }

    /**
     * What the table's {@code editCellAt} returns, after emptying the field when a key started the edit.
     *
     * @param editing whether the edit started
     * @param e       what started it
     * @return {@code editing}
     */
    public boolean started(boolean editing, EventObject e) {
        if (editing && e instanceof KeyEvent) {
            field.setText("");
        }
        return editing;
    }

    @Override
    public void cancelCellEditing() {
        field.clearProblem();
        super.cancelCellEditing();
    }
}
