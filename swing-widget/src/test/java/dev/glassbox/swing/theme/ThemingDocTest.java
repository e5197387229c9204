package dev.glassbox.swing.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.glassbox.swing.testing.RestoreLookAndFeel;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.swing.UIManager;
import javax.swing.plaf.metal.MetalLookAndFeel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/theming.md is the list of the {@code Glassbox.*} keys for people who restyle the widget: it
 * names every key the code reads or the FlatLaf add-on defines, no key that does not exist, and
 * each color's real value under FlatLaf Light, FlatLaf Dark, and the fallbacks of any other look
 * and feel on a light and on a dark background.
 */
class ThemingDocTest {
    private static final Path DOC = Path.of("..", "docs", "theming.md");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path ADD_ON = Path.of("src", "main", "resources", "dev", "glassbox", "swing", "theme");
    private static final Pattern KEY = Pattern.compile("Glassbox\\.[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*");
    private static final Pattern ROW = Pattern.compile("^\\| `(" + KEY.pattern() + ")` \\|(.*)\\|$");
    private static final Pattern HEX = Pattern.compile("`(#[0-9A-F]{6})`");

    @RegisterExtension
    final RestoreLookAndFeel restore = new RestoreLookAndFeel("Panel.background");

    /** Every key in a string literal of the widget's code, in the add-on's properties, and every sample line's. */
    private static Set<String> keysOfTheCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(" + KEY.pattern() + ")\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        Pattern property = Pattern.compile("^(" + KEY.pattern() + ")\\s*=", Pattern.MULTILINE);
        try (Stream<Path> files = Files.list(ADD_ON)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Matcher m = property.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (int sample = 0; sample < GlassboxTheme.CHART_SAMPLE_COLORS; sample++) {
            keys.add(GlassboxTheme.chartSampleLine(sample));
        }
        return keys;
    }

    /** The doc's table rows by key: the cells after the key. */
    private static Map<String, List<String>> rows() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                List<String> cells = new ArrayList<>();
                for (String cell : m.group(2).split("\\|")) {
                    cells.add(cell.trim());
                }
                assertThat(rows.put(m.group(1), cells)).as(m.group(1) + " has one row").isNull();
            }
        }
        return rows;
    }

    /** The color rows' four documented values: FlatLaf Light, FlatLaf Dark, other light, other dark. */
    private static Map<String, List<String>> documentedColors() throws IOException {
        Map<String, List<String>> colors = new LinkedHashMap<>();
        rows().forEach((key, cells) -> {
            List<String> hex = new ArrayList<>();
            for (String cell : cells) {
                Matcher m = HEX.matcher(cell);
                if (m.matches()) {
                    hex.add(m.group(1));
                }
            }
            if (!hex.isEmpty()) {
                assertThat(hex).as(key + ": light, dark, other light, other dark").hasSize(4);
                colors.put(key, hex);
            }
        });
        return colors;
    }

    private static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }

    private static void requireValues(Map<String, List<String>> documented, int column, String where,
                                      Function<String, Color> real) {
        documented.forEach((key, values) ->
                assertThat(hex(real.apply(key))).as(key + " under " + where).isEqualTo(values.get(column)));
    }

    @Test
    void everyKeyOfTheCodeHasARowAndEveryKeyNamedExists() throws IOException {
        Set<String> code = keysOfTheCode();
        assertThat(rows().keySet()).as("keys with a row in docs/theming.md").containsExactlyInAnyOrderElementsOf(code);
        Matcher named = KEY.matcher(Files.readString(DOC));
        while (named.find()) {
            assertThat(code).as("a key docs/theming.md names").contains(named.group());
        }
    }

    @Test
    void theColorsAreTheRealOnesUnderFlatLafAndTheFallbacks() throws Exception {
        Map<String, List<String>> documented = documentedColors();
        assertThat(documented).containsKeys(GlassboxTheme.POSITIVE, GlassboxTheme.BACKGROUND, GlassboxTheme.CHART_MARKER);

        FlatLightLaf.setup();
        requireValues(documented, 0, "FlatLaf Light", UIManager::getColor);
        requireValues(documented, 0, "FlatLaf Light, as the views read it", GlassboxTheme::color);
        FlatDarkLaf.setup();
        requireValues(documented, 1, "FlatLaf Dark", UIManager::getColor);

        UIManager.setLookAndFeel(new MetalLookAndFeel());
        assertThat(GlassboxTheme.isDark()).isFalse();
        requireValues(documented, 2, "Metal, light", key -> {
            assertThat(UIManager.getColor(key)).as(key + " is a fallback under Metal").isNull();
            return GlassboxTheme.color(key);
        });
        UIManager.put("Panel.background", new Color(0x202020));
        assertThat(GlassboxTheme.isDark()).isTrue();
        requireValues(documented, 3, "a dark background without FlatLaf", GlassboxTheme::color);
    }

    @Test
    void theOtherKeysDefaultsAreTheRealOnes() throws Exception {
        Map<String, List<String>> rows = rows();
        List<String> unsetEverywhere = List.of(GlassboxTheme.COLOR_BLIND, GlassboxTheme.ZOOM, GlassboxTheme.FONTS_ZOOMED);
        for (String key : unsetEverywhere) {
            assertThat(rows.get(key).subList(2, 4)).as(key).allMatch(cell -> cell.startsWith("unset"));
        }
        assertThat(rows.get(GlassboxTheme.MATH_FONT).get(2)).isEqualTo("the label font, 1 point larger");
        assertThat(rows.get(GlassboxTheme.MATH_FONT).get(3)).startsWith("the label font");

        for (Runnable lookAndFeel : List.<Runnable>of(FlatLightLaf::setup, FlatDarkLaf::setup)) {
            lookAndFeel.run();
            for (String key : unsetEverywhere) {
                assertThat(UIManager.get(key)).as(key + " under " + UIManager.getLookAndFeel().getName()).isNull();
            }
            assertThat(UIManager.getFont(GlassboxTheme.MATH_FONT).getSize())
                    .isEqualTo(UIManager.getFont("Label.font").getSize() + 1);
        }
        UIManager.setLookAndFeel(new MetalLookAndFeel());
        for (String key : unsetEverywhere) {
            assertThat(UIManager.get(key)).as(key + " under Metal").isNull();
        }
        assertThat(UIManager.getFont(GlassboxTheme.MATH_FONT)).isNull();
        assertThat(GlassboxTheme.mathFont(1f).getSize()).isEqualTo(UIManager.getFont("Label.font").getSize());
    }
}
