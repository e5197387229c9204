package dev.glassbox.swing.data;

import dev.glassbox.core.internal.files.AtomicFiles;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioException;
import dev.glassbox.swing.internal.action.Commands;
import dev.glassbox.swing.internal.data.SampleText;
import dev.glassbox.swing.internal.edit.FieldEditor;
import dev.glassbox.swing.internal.edit.ParameterField;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * The training samples as an editable table, one row per sample: its number, then a column for each
 * input ({@code x1}, {@code x2}, …) and each target ({@code y}, or {@code y1}, {@code y2}, …). It
 * observes a {@link GlassboxModel} and changes the samples only through
 * {@link GlassboxModel#setSamples}: every change is one undoable edit, and trains again from epoch 0
 * (the {@linkplain #message() message} says so).
 *
 * <ul>
 * <li>Edit a cell: double-click, F2 or start typing, then Enter. Text that is not a number (a decimal
 * comma such as {@code 0,5} among them) or a value the scenario refuses (a cross-entropy target
 * outside [0, 1]) is marked in place and explained under the cell, and nothing changes. The
 * editor's field is named {@value #EDITOR_NAME}.
 * <li>{@linkplain #addAction() Add} (Insert) a copy of the selected sample below it,
 * {@linkplain #removeAction() remove} (Delete) the selected samples, move them
 * {@linkplain #moveUpAction() up} (Alt+Up) or {@linkplain #moveDownAction() down} (Alt+Down).
 * <li>{@linkplain #copyAction() Copy} (Ctrl+C) the selected samples, or all of them, as
 * tab-separated rows; {@linkplain #pasteAction() paste} (Ctrl+V) rows copied from a spreadsheet,
 * with or without a header row: they replace the samples from the first selected one on (and add
 * rows past the end), or are added at the end when none is selected. A bad paste (a row with too
 * few or too many cells, a cell that is not a number) is refused as a whole with a message naming
 * the row and the column.
 * <li>{@linkplain #importCsv Import} and {@linkplain #exportCsv export} CSV files with a header
 * naming the inputs and targets ({@code x1,x2,y}).
 * </ul>
 *
 * At most {@link Scenario#MAX_SAMPLES} samples and at least one: beyond either, the change is
 * refused with the scenario's message.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class DatasetTable extends JTable {
    /** The component name of the text field a value is typed in. */
    public static final String EDITOR_NAME = "datasetTableEditor";
    /** The bound property of {@link #message()}. */
    public static final String MESSAGE_PROPERTY = "message";
    /**
     * The largest CSV file read: ten times what 10,000 samples of 16 inputs and outputs take with
     * every digit, so that a wrong file (a log, a video) is refused rather than read into memory.
     */
    private static final long MAX_CSV_BYTES = 64L << 20;
    /** The rows the table asks room for. */
    private static final int SHOWN_ROWS = 6;

    private final transient GlassboxModel model;
    private final SampleRows rows;
    private final ParameterField field = new ParameterField(EDITOR_NAME);
    private final ValueEditor editor = new ValueEditor();
    private final Action add;
    private final Action remove;
    private final Action moveUp;
    private final Action moveDown;
    private final Action copy;
    private final Action paste;
    private String message = "";
    private boolean problem;
    /** Whether the cell editor is handing its value to the model (so that the change does not cancel it). */
    private boolean applying;

    /**
     * A table of {@code model}'s samples, following it while displayable.
     *
     * @param model the model whose samples it shows and changes
     */
    public DatasetTable(GlassboxModel model) {
        this(model, new SampleRows(model));
    }

    private DatasetTable(GlassboxModel model, SampleRows rows) {
        super(rows);
        this.model = model;
        this.rows = rows;
        setName("datasetTable");
        getAccessibleContext().setAccessibleName("Training samples");
        setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        setFillsViewportHeight(true);
        getTableHeader().setReorderingAllowed(false);
        setDefaultRenderer(Double.class, new ValueRenderer());
        setDefaultEditor(Double.class, editor);
        add = Commands.command("Add", KeyEvent.VK_A, KeyStroke.getKeyStroke(KeyEvent.VK_INSERT, 0), this::addSample);
        remove = Commands.command("Remove", KeyEvent.VK_R, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0),
                this::removeSelected);
        moveUp = Commands.command("Up", KeyEvent.VK_U, KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.ALT_DOWN_MASK),
                () -> moveSelected(-1));
        moveDown = Commands.command("Down", KeyEvent.VK_D,
                KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK), () -> moveSelected(1));
        int menu = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        copy = Commands.command("Copy", KeyEvent.VK_C, KeyStroke.getKeyStroke(KeyEvent.VK_C, menu), this::copySelected);
        paste = Commands.command("Paste", KeyEvent.VK_P, KeyStroke.getKeyStroke(KeyEvent.VK_V, menu),
                this::pasteClipboard);
        add.putValue(Action.SHORT_DESCRIPTION, "Add a copy of the selected sample below it (Insert)");
        remove.putValue(Action.SHORT_DESCRIPTION, "Remove the selected samples (Delete)");
        moveUp.putValue(Action.SHORT_DESCRIPTION, "Move the selected samples up (Alt+Up)");
        moveDown.putValue(Action.SHORT_DESCRIPTION, "Move the selected samples down (Alt+Down)");
        copy.putValue(Action.SHORT_DESCRIPTION, "Copy the selected samples (or all) as tab-separated rows (Ctrl+C)");
        paste.putValue(Action.SHORT_DESCRIPTION, "Paste rows copied from a spreadsheet (Ctrl+V)");
        for (Action a : List.of(add, remove, moveUp, moveDown, copy, paste)) {
            String key = (String) a.getValue(Action.NAME);
            getInputMap(JComponent.WHEN_FOCUSED).put((KeyStroke) a.getValue(Action.ACCELERATOR_KEY), key);
            getActionMap().put(key, a);
        }
        // Ctrl+C and Ctrl+V through these actions, not the transfer handler's cell text.
        getActionMap().put("copy", copy);
        getActionMap().put("paste", paste);
        getSelectionModel().addListSelectionListener(e -> enableActions());
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> {
                    if (e.startsOver()) {
                        // Another change of the samples (an undo) while a cell is typed in: the cell may be gone.
                        if (isEditing() && !applying) {
                            getCellEditor().cancelCellEditing();
                        }
                        rows.refresh();
                        enableActions();
                    }
                })
                .onAttach(() -> {
                    rows.refresh();
                    enableActions();
                });
        enableActions();
        sizeNumberColumn();
    }

    // ---------------------------------------------------------------- what it offers

    /**
     * Adds a copy of the selected sample (or of the last) below it, and selects it.
     *
     * @return the action, Insert
     */
    public Action addAction() {
        return add;
    }

    /**
     * Removes the selected samples (a scenario keeps at least one).
     *
     * @return the action, Delete
     */
    public Action removeAction() {
        return remove;
    }

    /**
     * Moves the selected samples one row up.
     *
     * @return the action, Alt+Up
     */
    public Action moveUpAction() {
        return moveUp;
    }

    /**
     * Moves the selected samples one row down.
     *
     * @return the action, Alt+Down
     */
    public Action moveDownAction() {
        return moveDown;
    }

    /**
     * Copies the selected samples, or all of them when none is selected, as tab-separated rows.
     *
     * @return the action, Ctrl+C (⌘C)
     */
    public Action copyAction() {
        return copy;
    }

    /**
     * Pastes tab-separated rows from the clipboard (see the class).
     *
     * @return the action, Ctrl+V (⌘V)
     */
    public Action pasteAction() {
        return paste;
    }

    /**
     * What the last change did ("Pasted 12 samples: training starts again from epoch 0.") or why it
     * was refused; a bound property ({@value #MESSAGE_PROPERTY}).
     *
     * @return the message, empty before any change
     */
    public String message() {
        return message;
    }

    /**
     * Whether {@link #message()} says why a change was refused.
     *
     * @return true for a refusal, false for a change made
     */
    public boolean isMessageAProblem() {
        return problem;
    }

    /**
     * Replaces the samples with those of a CSV file (see docs/scenario-format.md for the header rule).
     *
     * @param file a UTF-8 CSV file with one row per sample
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException naming the row and column of the first problem in the file,
     *                                  or the scenario's refusal; nothing changes
     * @throws IllegalStateException    if called off the event thread
     */
    public void importCsv(Path file) throws IOException {
        EventThread.require("DatasetTable.importCsv");
        if (Files.size(file) > MAX_CSV_BYTES) {
            throw new IllegalArgumentException(file.getFileName() + ": " + (Files.size(file) >> 20) + " MB is more than a"
                    + " CSV file of " + Scenario.MAX_SAMPLES + " samples holds (at most " + (MAX_CSV_BYTES >> 20) + " MB)");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // Excel starts its UTF-8 CSV files with a byte order mark.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Architecture arch = model.architecture();
        List<Sample> read;
        try {
            read = SampleText.readCsv(new StringReader(text), arch);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
        try {
            model.setSamples(read);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + SampleText.describe(e, arch), e);
        }
        clearSelection();
        done("Imported " + count(read.size()) + " from " + file.getFileName());
    }

    /**
     * Writes the samples to a CSV file with a header ({@code x1,x2,y}), replacing it in one step:
     * a write that fails leaves the file as it was.
     *
     * @param file where to write
     * @throws IOException           if the file cannot be written
     * @throws IllegalStateException if called off the event thread
     */
    public void exportCsv(Path file) throws IOException {
        EventThread.require("DatasetTable.exportCsv");
        Architecture arch = model.architecture();
        List<Sample> samples = model.samples();
        AtomicFiles.replace(file, temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                SampleText.writeCsv(out, arch, samples);
            }
        });
    }

    // ---------------------------------------------------------------- the changes

    private void addSample() {
        List<Sample> now = rows.samples();
        int at = selectedOrLast() + 1;
        List<Sample> next = new ArrayList<>(now);
        next.add(at, now.get(at - 1));
        if (change(next, "Added sample " + (at + 1) + " (a copy of sample " + at + ")")) {
            select(at, at);
        }
    }

    private void removeSelected() {
        int[] selected = selectedSamples();
        if (selected.length == 0) {
            return;
        }
        List<Sample> next = new ArrayList<>(rows.samples());
        for (int i = selected.length - 1; i >= 0; i--) {
            next.remove(selected[i]);
        }
        if (next.isEmpty()) {
            refuse("A scenario needs at least one sample: add another before removing this one.");
            return;
        }
        String what = selected.length == 1 ? "sample " + (selected[0] + 1) : count(selected.length);
        if (change(next, "Removed " + what)) {
            int row = Math.min(selected[0], next.size() - 1);
            select(row, row);
        }
    }

    /** Moves the selected samples one row ({@code step} −1 up, +1 down), each past its unselected neighbour. */
    private void moveSelected(int step) {
        int[] selected = selectedSamples();
        int n = rows.getRowCount();
        if (selected.length == 0 || step < 0 && selected[0] == 0 || step > 0 && selected[selected.length - 1] == n - 1) {
            return;
        }
        List<Sample> next = new ArrayList<>(rows.samples());
        boolean[] isSelected = new boolean[n];
        for (int s : selected) {
            isSelected[s] = true;
        }
        for (int k = 0; k < selected.length; k++) {
            int s = selected[step < 0 ? k : selected.length - 1 - k];
            Sample moved = next.set(s + step, next.get(s));
            next.set(s, moved);
        }
        String what = selected.length == 1 ? "sample " + (selected[0] + 1) : count(selected.length);
        if (change(next, "Moved " + what + (step < 0 ? " up" : " down"))) {
            clearSelection();
            for (int s : selected) {
                addRowSelectionInterval(s + step, s + step);
            }
        }
    }

    private void copySelected() {
        int[] selected = selectedSamples();
        List<Sample> samples = rows.samples();
        List<Sample> copied = new ArrayList<>();
        if (selected.length == 0) {
            copied.addAll(samples);
        } else {
            for (int s : selected) {
                copied.add(samples.get(s));
            }
        }
        String text = SampleText.tabs(rows.architecture(), copied);
        getToolkit().getSystemClipboard().setContents(new StringSelection(text), null);
        done("Copied " + count(copied.size()) + " as tab-separated rows", false);
    }

    private void pasteClipboard() {
        String text;
        try {
            text = (String) getToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        } catch (UnsupportedFlavorException | IOException | IllegalStateException e) {
            refuse("Nothing to paste: the clipboard holds no text.");
            return;
        }
        List<Sample> pasted;
        try {
            pasted = SampleText.readTabs(text, rows.architecture());
        } catch (IllegalArgumentException e) {
            refuse("Not pasted: " + e.getMessage() + ". Nothing changed.");
            return;
        }
        int[] selected = selectedSamples();
        int from = selected.length == 0 ? rows.getRowCount() : selected[0];
        List<Sample> next = new ArrayList<>(rows.samples());
        for (int i = 0; i < pasted.size(); i++) {
            if (from + i < next.size()) {
                next.set(from + i, pasted.get(i));
            } else {
                next.add(pasted.get(i));
            }
        }
        String where = selected.length == 0 ? " at the end" : " from sample " + (from + 1);
        if (change(next, "Pasted " + count(pasted.size()) + where)) {
            select(from, from + pasted.size() - 1);
        }
    }

    /**
     * Hands new samples to the model, saying what was done or why not.
     *
     * @return whether the model took them
     */
    boolean change(List<Sample> next, String what) {
        String refused = problemWith(next);
        if (refused != null) {
            refuse("Not changed: " + refused);
            return false;
        }
        model.setSamples(next);
        done(what);
        return true;
    }

    /** What the scenario says against {@code next}, or null if it takes them. */
    private String problemWith(List<Sample> next) {
        try {
            model.scenario().toBuilder().samples(next).build();
            return null;
        } catch (ScenarioException e) {
            return SampleText.describe(e, rows.architecture());
        }
    }

    private void done(String what) {
        done(what + ": training starts again from epoch 0.", false);
    }

    private void refuse(String why) {
        done(why, true);
    }

    private void done(String text, boolean isProblem) {
        String old = message;
        message = text;
        problem = isProblem;
        firePropertyChange(MESSAGE_PROPERTY, old, text);
    }

    private static String count(int n) {
        return n == 1 ? "1 sample" : n + " samples";
    }

    // ---------------------------------------------------------------- selection

    /** The selected samples, in order. */
    private int[] selectedSamples() {
        return getSelectedRows();
    }

    private int selectedOrLast() {
        int[] selected = selectedSamples();
        return selected.length == 0 ? rows.getRowCount() - 1 : selected[selected.length - 1];
    }

    private void select(int first, int last) {
        setRowSelectionInterval(first, last);
        scrollRectToVisible(getCellRect(first, 0, true));
    }

    private void enableActions() {
        int[] selected = selectedSamples();
        int n = rows.getRowCount();
        remove.setEnabled(selected.length > 0 && n > 1);
        moveUp.setEnabled(selected.length > 0 && selected[0] > 0);
        moveDown.setEnabled(selected.length > 0 && selected[selected.length - 1] < n - 1);
    }

    /** The number column as narrow as its numbers (up to "10000"); the values share the rest. */
    @Override
    public void createDefaultColumnsFromModel() {
        super.createDefaultColumnsFromModel();
        sizeNumberColumn();
    }

    private void sizeNumberColumn() {
        // JTable's constructor makes the columns before the look and feel gives the table a font.
        if (getColumnCount() > 0 && getFont() != null) {
            int width = getFontMetrics(getFont()).stringWidth(String.valueOf(Scenario.MAX_SAMPLES)) + 12;
            getColumnModel().getColumn(0).setPreferredWidth(width);
            getColumnModel().getColumn(0).setMaxWidth(2 * width);
        }
    }

    /** Room for a few rows: the table often shares a short tab; more rows scroll. */
    @Override
    public java.awt.Dimension getPreferredScrollableViewportSize() {
        return new java.awt.Dimension(getPreferredSize().width, SHOWN_ROWS * getRowHeight());
    }

    // ---------------------------------------------------------------- editing

    // Typing into a value that is not being edited replaces it rather than adding to its digits.
    @Override
    public boolean editCellAt(int row, int column, EventObject e) {
        return editor.started(super.editCellAt(row, column, e), e);
    }

    /** A value with at most four significant digits, no trailing zeros (the editor shows it in full), right-aligned. */
    private static final class ValueRenderer extends DefaultTableCellRenderer {
        ValueRenderer() {
            setHorizontalAlignment(SwingConstants.RIGHT);
        }

        @Override
        protected void setValue(Object value) {
            setText(value == null ? "" : Numbers.compact((Double) value));
        }
    }

    /** The value's editor: the value in full, read back through {@link SampleText#number}, checked by the scenario. */
    private final class ValueEditor extends FieldEditor {
        private int row;
        private int column;

        ValueEditor() {
            super(DatasetTable.this.field);
        }

        @Override
        public Component getTableCellEditorComponent(JTable table, Object cell, boolean selected, int r, int c) {
            super.getTableCellEditorComponent(table, cell, selected, r, c);
            row = convertRowIndexToModel(r);
            column = convertColumnIndexToModel(c);
            field.showValue((Double) cell);
            return field;
        }

        @Override
        public boolean stopCellEditing() {
            String what = "sample " + (row + 1) + ", " + rows.getColumnName(column);
            double value;
            try {
                value = SampleText.number(field.getText());
            } catch (IllegalArgumentException e) {
                field.showProblem(what + ": " + e.getMessage());
                return false;
            }
            if (Double.compare(value, (Double) rows.getValueAt(row, column)) != 0) {
                List<Sample> next = rows.with(row, column, value);
                String refused = problemWith(next);
                if (refused != null) {
                    field.showProblem(refused);
                    return false;
                }
                applying = true;
                try {
                    model.setSamples(next);
                } finally {
                    applying = false;
                }
                done("Set " + what + " to " + Numbers.compact(value));
            }
            return super.stopCellEditing();
        }

        @Override
        public Object getCellEditorValue() {
            return rows.getValueAt(row, column);
        }
    }
}
