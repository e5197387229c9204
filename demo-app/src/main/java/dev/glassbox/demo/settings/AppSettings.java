package dev.glassbox.demo.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the application remembers between runs: the theme, the presentation zoom, the language and the recently
 * used scenario files. Kept in a {@link Preferences} node handed in by the caller, so that tests
 * can use an in-memory node and never touch the user's preferences.
 */
public final class AppSettings {
    /** How many recent files are remembered. */
    public static final int MAX_RECENT = 8;

    private static final String THEME = "theme";
    private static final String ZOOM = "zoomPercent";
    private static final String LANGUAGE = "language";
    private static final String RECENT = "recent."; //$NON-NLS$

    private final Preferences node;

    /** Settings kept in {@code node}. */
    public AppSettings(Preferences node) {
        this.node = node;
    }

    /** The user's settings: the node {@code dev/glassbox/demo} of the user preferences. */
    public static AppSettings user() {
        return new AppSettings(Preferences.userRoot().node("dev/glassbox/demo")); //$NON-NLS$
    }

    /** The remembered theme's name, or an empty string. */
    public String theme() {
        return node.get(THEME, "");
    }

    /** Remembers the theme's name. */
    public void setTheme(String name) {
        node.put(THEME, name);
        flush();
    }

    /** The remembered zoom in percent, or 100. */
    public int zoomPercent() {
        return node.getInt(ZOOM, 100);
    }

    /** Remembers the zoom in percent. */
    public void setZoomPercent(int percent) {
        node.putInt(ZOOM, percent);
        flush();
    }

    /**
     * The remembered language, or empty when none is remembered or the stored value is not a
     * well-formed language tag (then the default locale applies; a bad value must not stop the start).
     */
    public Optional<Locale> language() {
        String tag = node.get(LANGUAGE, "");
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Locale.Builder().setLanguageTag(tag).build());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** Remembers the language, as its language tag (e.g. {@code de}). */
    public void setLanguage(Locale locale) {
        node.put(LANGUAGE, locale.toLanguageTag());
        flush();
    }

    /** The recently used files, most recent first (at most {@link #MAX_RECENT}). */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < MAX_RECENT; k++) {
            String s = node.get(RECENT + k, null);
            if (s == null) {
                break;
            }
            try {
                files.add(Path.of(s));
            } catch (InvalidPathException e) {
                // A path written on another system: skip it rather than fail at start-up.
            }
        }
        return files;
    }

    /** Puts {@code file} first among the recent files, dropping the oldest beyond {@link #MAX_RECENT}. */
    public void addRecentFile(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> files = recentFiles();
        files.remove(p);
        files.add(0, p);
        storeRecent(files);
    }

    /** Forgets {@code file} as a recent file. */
    public void removeRecentFile(Path file) {
        List<Path> files = recentFiles();
        files.remove(file.toAbsolutePath().normalize());
        storeRecent(files);
    }

    private void storeRecent(List<Path> files) {
        for (int k = 0; k < MAX_RECENT; k++) {
            if (k < files.size()) {
                node.put(RECENT + k, files.get(k).toString());
            } else {
                node.remove(RECENT + k);
            }
        }
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Remembering is a convenience: an unwritable preferences store must not break the app.
        }
    }
}
