package dev.glassbox.swing.data;

import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.event.TableModelListener;

/**
 * The training data to edit: the {@link DatasetTable} under its buttons (Add, Remove, Up, Down, Copy,
 * Paste) and the number of samples, a line saying what the last change did or why it was refused
 * ({@code datasetMessage}), and a form that draws a two-input problem (circle, two Gaussian blobs,
 * spiral, XOR quadrants) with a seed, a noise level and a sample count.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class DatasetPanel extends JPanel {
    private final DatasetTable table;
    private final JLabel summary = new JLabel();
    private final JTextArea message = new JTextArea();

    /**
     * A panel editing {@code model}'s samples.
     *
     * @param model the model whose samples it shows and changes
     */
    public DatasetPanel(GlassboxModel model) {
        super(new BorderLayout(0, 4));
        setName("datasetPanel");
        table = new DatasetTable(model);
        JPanel buttons = new JPanel(new GridLayout(0, 3, 4, 4));
        for (Action a : java.util.List.of(table.addAction(), table.removeAction(), table.moveUpAction(),
                table.moveDownAction(), table.copyAction(), table.pasteAction())) {
            JButton b = new JButton(a);
            b.setName("dataset" + a.getValue(Action.NAME) + "Button");
            // The table keeps the focus (and its selection's keys) when a button is clicked.
            b.setFocusable(false);
            buttons.add(b);
        }
        summary.setName("datasetSummary");
        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.add(buttons, BorderLayout.CENTER);
        top.add(summary, BorderLayout.SOUTH);

        message.setName("datasetMessage");
        message.setEditable(false);
        message.setLineWrap(true);
        message.setWrapStyleWord(true);
        message.setOpaque(false);
        message.setFocusable(false);
        message.setBorder(null);
        table.addPropertyChangeListener(DatasetTable.MESSAGE_PROPERTY, e -> showMessage());
        JPanel bottom = new JPanel(new BorderLayout(0, 4));
        bottom.add(message, BorderLayout.NORTH);
        bottom.add(new GeneratorForm(table), BorderLayout.CENTER);

        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        TableModelListener counted = e -> summary.setText(summary());
        table.getModel().addTableModelListener(counted);
        summary.setText(summary());
    }

    /**
     * The table of samples.
     *
     * @return the panel's table
     */
    public DatasetTable table() {
        return table;
    }

    private String summary() {
        int n = table.getModel().getRowCount();
        int columns = table.getModel().getColumnCount() - SampleRows.FIRST_VALUE;
        return n + (n == 1 ? " sample" : " samples") + ", " + columns + " columns";
    }

    private void showMessage() {
        message.setText(table.message());
        message.setForeground(GlassboxTheme.color(table.isMessageAProblem() ? GlassboxTheme.WARNING : GlassboxTheme.TEXT));
    }
}
