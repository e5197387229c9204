package dev.glassbox.swing.chart;

import dev.glassbox.core.internal.files.AtomicFiles;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.swing.JFileChooser;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * Saves the chart as a PNG image, drawn as vectors at 1× or 2× its on-screen size (2× for sharp
 * slides), from menu items that ask for the file.
 */
final class ChartExport {
    private final JFreeChart chart;
    private final ChartPanel view;

    ChartExport(JFreeChart chart, ChartPanel view) {
        this.chart = chart;
        this.view = view;
    }

    /** Writes the chart at {@code scale} × the view's size (its preferred size before it has one). */
    void write(Path file, int scale) throws IOException {
        if (scale < 1) {
            throw new IllegalArgumentException("the scale must be at least 1, got " + scale);
        }
        Dimension size = view.getWidth() > 0 && view.getHeight() > 0 ? view.getSize() : view.getPreferredSize();
        BufferedImage image = new BufferedImage(size.width * scale, size.height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
        } finally {
            g.dispose();
        }
        AtomicFiles.replace(file, temporary -> {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    /** Adds "Export PNG…" and "Export PNG at 2×…" to {@code menu}. */
    void addMenuItems(JPopupMenu menu) {
        JMenuItem normal = new JMenuItem("Export PNG…");
        normal.addActionListener(e -> writeWithDialog(1));
        JMenuItem twice = new JMenuItem("Export PNG at 2× (for slides)…");
        twice.addActionListener(e -> writeWithDialog(2));
        menu.add(normal);
        menu.add(twice);
    }

    private void writeWithDialog(int scale) {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter("PNG image", "png"));
        chooser.setSelectedFile(new File(scale == 1 ? "loss.png" : "loss@2x.png"));
        if (chooser.showSaveDialog(view) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            file = file.resolveSibling(file.getFileName() + ".png");
        }
        try {
            write(file, scale);
        } catch (IOException ex) {
            JOptionPane.showMessageDialog(view, "Could not write " + file + ":\n" + ex.getMessage(),
                    "Export failed", JOptionPane.ERROR_MESSAGE);
        }
    }
}
