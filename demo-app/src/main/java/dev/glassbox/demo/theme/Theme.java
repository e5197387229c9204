package dev.glassbox.demo.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.intellijthemes.FlatArcIJTheme;
import com.formdev.flatlaf.intellijthemes.FlatHighContrastIJTheme;
import com.formdev.flatlaf.intellijthemes.FlatNordIJTheme;
import com.formdev.flatlaf.intellijthemes.FlatSolarizedLightIJTheme;
import java.util.function.Supplier;

/**
 * The look-and-feel themes on offer: FlatLaf's light and dark, three IntelliJ themes, and a high
 * contrast theme whose {@code Glassbox.*} colors come from this package's
 * {@code FlatHighContrastIJTheme.properties}.
 */
public enum Theme {
    /** FlatLaf Light, the default. */
    LIGHT("FlatLaf Light", FlatLightLaf::new),
    /** FlatLaf Dark. */
    DARK("FlatLaf Dark", FlatDarkLaf::new),
    /** IntelliJ's Arc theme (light). */
    ARC("Arc (IntelliJ)", FlatArcIJTheme::new),
    /** IntelliJ's Solarized Light theme. */
    SOLARIZED_LIGHT("Solarized Light (IntelliJ)", FlatSolarizedLightIJTheme::new),
    /** IntelliJ's Nord theme (dark). */
    NORD("Nord (IntelliJ)", FlatNordIJTheme::new),
    /** IntelliJ's high contrast theme, with high-contrast view colors. */
    HIGH_CONTRAST("High contrast", FlatHighContrastIJTheme::new);

    static {
        // Lets FlatLaf find <LookAndFeel class name>.properties in this package (the high-contrast colors).
        FlatLaf.registerCustomDefaultsSource("dev.glassbox.demo.theme");
    }

    private final String label;
    private final Supplier<FlatLaf> lookAndFeel;

    Theme(String label, Supplier<FlatLaf> lookAndFeel) {
        this.label = label;
        this.lookAndFeel = lookAndFeel;
    }

    /** The theme whose {@link #name()} is {@code name}, or {@link #LIGHT} if there is none. */
    public static Theme named(String name) {
        for (Theme t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return LIGHT;
    }

    /** Installs this theme's look and feel (for start-up, before any window exists). */
    public void install() {
        FlatLaf.setup(lookAndFeel.get());
    }

    /** Switches every open window to this theme. */
    public void switchTo() {
        install();
        FlatLaf.updateUI();
    }

    @Override
    public String toString() {
        return label;
    }
}
