/**
 * Colors and fonts of the Glassbox views, as {@code Glassbox.*} {@link javax.swing.UIManager} keys
 * read at paint time. FlatLaf picks them up from this package's properties files through
 * {@link dev.glassbox.swing.theme.GlassboxFlatLafAddon}; under any other look and feel the
 * built-in fallbacks of {@link dev.glassbox.swing.theme.GlassboxTheme} apply. A value a caller
 * puts into {@code UIManager} wins and survives look-and-feel switches.
 */
package dev.glassbox.swing.theme;
