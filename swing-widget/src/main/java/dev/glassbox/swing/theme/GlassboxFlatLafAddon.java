package dev.glassbox.swing.theme;

import com.formdev.flatlaf.FlatDefaultsAddon;

/**
 * Registers the {@code Glassbox.*} defaults with FlatLaf: FlatLaf loads
 * {@code FlatLaf.properties}, {@code FlatLightLaf.properties} and {@code FlatDarkLaf.properties}
 * from this class's package for the matching themes (IntelliJ themes included). Found through
 * {@code META-INF/services}; without FlatLaf on the class path it is simply never loaded.
 */
public final class GlassboxFlatLafAddon extends FlatDefaultsAddon {
}
