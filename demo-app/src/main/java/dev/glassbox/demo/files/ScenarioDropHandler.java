package dev.glassbox.demo.files;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;

/** Accepts files dropped onto the window and opens each as a scenario. */
public final class ScenarioDropHandler extends TransferHandler {
    private final transient Consumer<Path> open;

    /** Opens dropped files with {@code open}. */
    public ScenarioDropHandler(Consumer<Path> open) {
        this.open = open;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        List<?> files;
        try {
            files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
        // Open after the drop has completed: an error dialog inside the drop would block the drag source.
        for (Object f : files) {
            if (f instanceof File file) {
                SwingUtilities.invokeLater(() -> open.accept(file.toPath()));
            }
        }
        return !files.isEmpty();
    }
}
