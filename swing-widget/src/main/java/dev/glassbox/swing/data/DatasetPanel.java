package dev.glassbox.swing.data;

import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.swing.internal.layout.Forms;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Insets;
import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import java.util.List;
import javax.swing.event.TableModelListener;

/**
 * The training data to edit: the {@link DatasetTable} under its buttons (Add, Remove, Up, Down, Copy,
 * Paste), the number of samples and a line saying what the last change did or why it was refused
 * ({@code datasetMessage}). "Generate…" unfolds a form that draws a two-input problem (circle, two
 * Gaussian blobs, spiral, XOR quadrants) with a seed, a noise level and a sample count.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class DatasetPanel extends JPanel {
    private final DatasetTable table;
    private final JLabel summary = new JLabel();
    private final JTextArea message = Forms.message("datasetMessage");

    /**
     * A panel editing {@code model}'s samples.
     *
     * @param model the model whose samples it shows and changes
     */
    public DatasetPanel(GlassboxModel model) {
        super(new BorderLayout(0, 4));
        setName("datasetPanel");
        table = new DatasetTable(model);
        GeneratorForm generator = new GeneratorForm(table);
        generator.setVisible(false);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 2, 0));
        for (Action a : List.of(table.addAction(), table.removeAction(), table.moveUpAction(),
                table.moveDownAction(), table.copyAction(), table.pasteAction())) {
            JButton b = new JButton(a);
            b.setName("dataset" + a.getValue(Action.NAME) + "Button");
            // The table keeps the focus (and its selection's keys) when a button is clicked.
            compact(b);
            buttons.add(b);
        }
        // The generator folds away: the panel often has little height (a tab beside the loss table).
        JToggleButton generate = new JToggleButton("Generate…");
        generate.setName("datasetGenerateToggle");
        generate.setToolTipText("Show the form that draws a two-input problem (circle, blobs, spiral, XOR quadrants)");
        compact(generate);
        generate.addActionListener(e -> {
            generator.setVisible(generate.isSelected());
            revalidate();
        });
        buttons.add(generate);
        summary.setName("datasetSummary");

        message.setVisible(false);
        table.addPropertyChangeListener(DatasetTable.MESSAGE_PROPERTY, e -> showMessage());

        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        for (JComponent c : List.of(buttons, generator, summary, message)) {
            c.setAlignmentX(LEFT_ALIGNMENT);
            top.add(c);
            top.add(Box.createVerticalStrut(4));
        }
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        TableModelListener counted = e -> summary.setText(summary());
        table.getModel().addTableModelListener(counted);
        summary.setText(summary());
    }

    /** A toolbar button (in FlatLaf, narrow and flat) that leaves the focus, and its selection keys, in the table. */
    private static void compact(AbstractButton b) {
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        b.setMargin(new Insets(2, 4, 2, 4));
        b.setFocusable(false);
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
        return n + (n == 1 ? " sample" : " samples") + " (at most " + Scenario.MAX_SAMPLES + ")";
    }

    private void showMessage() {
        message.setText(table.message());
        message.setVisible(!table.message().isEmpty());
        message.setForeground(GlassboxTheme.color(table.isMessageAProblem() ? GlassboxTheme.WARNING : GlassboxTheme.TEXT));
    }
}
