package dev.glassbox.demo.files;

import dev.glassbox.demo.DemoMessages;
import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The window's file dialogs. One chooser is kept, so that it reopens in the folder last used;
 * it is created on first use, because building it costs start-up time.
 */
public final class FileChoosers {
    private JFileChooser chooser;

    /** Asks for a file to open with the extension {@code ext} (e.g. "json"); null if cancelled. */
    public Path open(Component parent, String description, String ext) {
        JFileChooser c = chooser(description, ext);
        return c.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION ? c.getSelectedFile().toPath() : null;
    }

    /**
     * Asks for a file to save to, suggesting {@code suggestedName}; adds {@code .ext} when the name
     * has none and asks before overwriting. Null if cancelled.
     */
    public Path save(Component parent, String description, String ext, String suggestedName) {
        JFileChooser c = chooser(description, ext);
        c.setSelectedFile(new java.io.File(c.getCurrentDirectory(), suggestedName));
        if (c.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path file = c.getSelectedFile().toPath();
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext)) {
            file = file.resolveSibling(file.getFileName() + "." + ext);
        }
        JLabel question = new JLabel(DemoMessages.text("files.replace.question", file.getFileName()));
        question.putClientProperty("html.disable", Boolean.TRUE);
        if (Files.exists(file) && JOptionPane.showConfirmDialog(parent, question,
                DemoMessages.text("files.replace.title"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.OK_OPTION) {
            return null;
        }
        return file;
    }

    private JFileChooser chooser(String description, String ext) {
        if (chooser == null) {
            chooser = new JFileChooser();
        }
        chooser.resetChoosableFileFilters();
        chooser.setFileFilter(new FileNameExtensionFilter(description + " (*." + ext + ")", ext));
        chooser.setSelectedFile(null);
        return chooser;
    }
}
