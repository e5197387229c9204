package dev.glassbox.demo.export;

import dev.glassbox.core.internal.files.AtomicFiles;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes a component as it looks now to a PNG, at 1× or a higher scale. It is printed rather than
 * painted, which bypasses Swing's back buffer: at 2× text and strokes are drawn at full
 * resolution instead of being magnified. Call on the event thread.
 */
public final class PngExport {
    private PngExport() {
    }

    /** Writes {@code c} at {@code scale} × its size to {@code file}. */
    public static void write(Component c, Path file, int scale) throws IOException {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1: " + scale);
        }
        if (c.getWidth() <= 0 || c.getHeight() <= 0) {
            throw new IOException("nothing to export: the component is not laid out");
        }
        BufferedImage image = new BufferedImage(c.getWidth() * scale, c.getHeight() * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            g.setColor(c.getBackground());
            g.fillRect(0, 0, c.getWidth(), c.getHeight());
            c.printAll(g);
        } finally {
            g.dispose();
        }
        AtomicFiles.replace(file, temporary -> {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
