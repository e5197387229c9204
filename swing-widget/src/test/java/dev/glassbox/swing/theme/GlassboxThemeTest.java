package dev.glassbox.swing.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarculaLaf;
import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import javax.swing.plaf.metal.MetalLookAndFeel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where the Glassbox.* keys come from under FlatLaf and without it, and what survives a switch. */
class GlassboxThemeTest {
    private LookAndFeel before;

    @BeforeEach
    void rememberLookAndFeel() {
        before = UIManager.getLookAndFeel();
    }

    @AfterEach
    void restore() throws Exception {
        UIManager.put(GlassboxTheme.POSITIVE, null);
        UIManager.setLookAndFeel(before);
    }

    @Test
    void flatLafThemesGetTheAddOnsLightAndDarkDefaults() {
        FlatLightLaf.setup();
        assertThat(UIManager.getColor(GlassboxTheme.POSITIVE)).isEqualTo(new Color(0x1F6FD1));
        assertThat(UIManager.getFont(GlassboxTheme.MATH_FONT)).isNotNull();
        FlatDarkLaf.setup();
        assertThat(GlassboxTheme.color(GlassboxTheme.POSITIVE)).isEqualTo(new Color(0x5EA2FF));
        assertThat(GlassboxTheme.isDark()).isTrue();
        FlatDarculaLaf.setup();
        assertThat(GlassboxTheme.color(GlassboxTheme.NEURON)).isEqualTo(new Color(0x2B2F36));
    }

    @Test
    void withoutFlatLafTheBuiltInFallbacksApply() throws Exception {
        UIManager.setLookAndFeel(new MetalLookAndFeel());
        assertThat(UIManager.getColor(GlassboxTheme.POSITIVE)).isNull();
        assertThat(GlassboxTheme.color(GlassboxTheme.POSITIVE)).isEqualTo(new Color(0x1F6FD1));
        assertThat(GlassboxTheme.mathFont(1f)).isNotNull();
    }

    @Test
    void aColorTheCallerSetsSurvivesThemeSwitches() {
        FlatLightLaf.setup();
        UIManager.put(GlassboxTheme.POSITIVE, Color.GREEN);
        FlatDarkLaf.setup();
        assertThat(GlassboxTheme.color(GlassboxTheme.POSITIVE)).isEqualTo(Color.GREEN);
        assertThat(GlassboxTheme.signColor(0.5)).isEqualTo(Color.GREEN);
        assertThat(GlassboxTheme.signColor(-0.5)).isEqualTo(new Color(0xFF6E5A));
    }
}
