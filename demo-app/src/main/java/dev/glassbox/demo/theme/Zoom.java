package dev.glassbox.demo.theme;

import com.formdev.flatlaf.FlatLaf;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.util.List;
import javax.swing.UIManager;

/**
 * The presentation zoom: sets {@link GlassboxTheme#ZOOM}, which the views read at paint time to
 * scale their text and strokes. The controls keep their size, so that on a small projector the
 * views keep their room.
 */
public final class Zoom {
    /** The zoom levels offered, in percent. */
    public static final List<Integer> LEVELS = List.of(100, 125, 150, 200);

    private Zoom() {
    }

    /** The current zoom in percent. */
    public static int percent() {
        return Math.round(GlassboxTheme.zoom() * 100);
    }

    /** Sets the zoom without updating any window (for start-up). */
    public static void install(int percent) {
        UIManager.put(GlassboxTheme.ZOOM, percent / 100f);
    }

    /** Sets the zoom and lets every open window re-measure and repaint. */
    public static void switchTo(int percent) {
        install(percent);
        FlatLaf.updateUI();
    }
}
