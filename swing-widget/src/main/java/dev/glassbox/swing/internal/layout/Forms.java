package dev.glassbox.swing.internal.layout;

import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.Insets;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.ListCellRenderer;

/** The controls' forms: a label beside its field on each row of a {@code GridBagLayout}, and combo entries named by a function. */
public final class Forms {
    private Forms() {
    }

    /**
     * Adds a row to a form laid out by a {@code GridBagLayout}: the label, then the field taking the rest of the width.
     *
     * @param form  the panel
     * @param y     the row, from 0
     * @param label the label's text
     * @param field the field it labels
     * @return the label
     */
    public static JLabel row(JPanel form, int y, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = new Insets(2, 2, 2, 8);
        JLabel l = new JLabel(label);
        l.setLabelFor(field);
        form.add(l, c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(2, 2, 2, 2);
        form.add(field, c);
        return l;
    }

    /**
     * A read-only text that wraps at the width it is given, for a message under a form.
     *
     * @param name its component name
     * @return the text area, empty
     */
    public static JTextArea message(String name) {
        JTextArea text = new JTextArea();
        text.setName(name);
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setFocusable(false);
        text.setBorder(null);
        return text;
    }

    /**
     * A combo box's renderer writing each entry as {@code text} says.
     *
     * @param text an entry's text
     * @return the renderer
     */
    public static ListCellRenderer<Object> renderer(Function<Object, String> text) {
        return renderer(text, "");
    }

    /**
     * A combo box's renderer writing each entry as {@code text} says, and no entry (nothing
     * selected) as {@code none}, e.g. "per layer" where the layers differ.
     *
     * @param text an entry's text
     * @param none the text with no entry
     * @return the renderer
     */
    public static ListCellRenderer<Object> renderer(Function<Object, String> text, String none) {
        DefaultListCellRenderer base = new DefaultListCellRenderer();
        return (list, value, index, selected, focus) -> {
            Component c = base.getListCellRendererComponent(list, value, index, selected, focus);
            base.setText(value == null ? none : text.apply(value));
            return c;
        };
    }
}
