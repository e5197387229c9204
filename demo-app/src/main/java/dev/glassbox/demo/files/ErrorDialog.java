package dev.glassbox.demo.files;

import java.awt.Component;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * A modal error message. The text is shown in a plain-text area, never as HTML, because it may
 * quote a file's name or content. Names: {@code errorDialog}, {@code errorMessage}.
 */
public final class ErrorDialog {
    private static final int COLUMNS = 48;

    private ErrorDialog() {
    }

    /** Shows {@code message} under {@code title} and waits until the user closes it. */
    public static void show(Component parent, String title, String message) {
        JTextArea text = new JTextArea(message);
        text.setName("errorMessage");
        text.setEditable(false);
        text.setOpaque(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setColumns(COLUMNS);
        text.setFont(UIManager.getFont("Label.font"));
        JDialog dialog = new JOptionPane(text, JOptionPane.ERROR_MESSAGE).createDialog(parent, title);
        dialog.setName("errorDialog");
        dialog.setVisible(true);
        dialog.dispose();
    }
}
