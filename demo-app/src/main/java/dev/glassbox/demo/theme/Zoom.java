package dev.glassbox.demo.theme;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.util.UIScale;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.util.List;
import javax.swing.UIManager;

/**
 * The presentation zoom, for the whole window: FlatLaf's UI zoom enlarges every font, inset and
 * row of the lesson, controls, tabs, menus and tables, and {@link GlassboxTheme#ZOOM} lets the
 * views scale their strokes and sizes by as much. The views take their fonts from the look and
 * feel, already zoomed ({@link GlassboxTheme#FONTS_ZOOMED}), so that text grows once, not twice.
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

    /**
     * Sets the zoom without updating any window (for start-up, before or after the theme is installed).
     *
     * @param percent the zoom in percent
     */
    public static void install(int percent) {
        float factor = percent / 100f;
        UIManager.put(GlassboxTheme.ZOOM, factor);
        UIManager.put(GlassboxTheme.FONTS_ZOOMED, Boolean.TRUE);
        // Also rescales the installed FlatLaf's default font (and every font derived from it).
        UIScale.setZoomFactor(factor);
    }

    /**
     * Sets the zoom and lets every open window re-measure and repaint.
     *
     * @param percent the zoom in percent
     */
    public static void switchTo(int percent) {
        install(percent);
        FlatLaf.updateUI();
    }
}
