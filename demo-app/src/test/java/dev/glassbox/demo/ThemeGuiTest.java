package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.demo.settings.AppSettings;
import dev.glassbox.demo.theme.Theme;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.swing.JComboBox;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThemeGuiTest extends AppGuiTest {
    private static final Set<Theme> DARK = EnumSet.of(Theme.DARK, Theme.NORD, Theme.HIGH_CONTRAST);
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private Thread.UncaughtExceptionHandler previous;

    @BeforeEach
    void catchUncaught() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        showApp();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        onEdtRun(Theme.LIGHT::install);
    }

    @Test
    void everyThemeRestylesTheWholeWindowWithoutExceptions() {
        onEdtRun(() -> model().session().run(30));
        List<Theme> order = new ArrayList<>(List.of(Theme.values()));
        Collections.rotate(order, -1);
        for (Theme theme : order) {
            select("themeCombo", Pattern.quote(theme.toString()));
            robot.waitForIdle();
            assertThat(settings.theme()).isEqualTo(theme.name());
            onEdtRun(() -> {
                assertThat(GlassboxTheme.isDark()).as(theme + " dark").isEqualTo(DARK.contains(theme));
                Color panel = UIManager.getColor("Panel.background");
                assertThat(app.getContentPane().getBackground()).as(theme + " content").isEqualTo(panel);
                assertThat(window.button("stepButton").target().getBackground()).as(theme + " button")
                        .isEqualTo(UIManager.getColor("Button.background"));
                assertThat(window.comboBox("scenarioCombo").target().getBackground()).as(theme + " combo")
                        .isEqualTo(UIManager.getColor("ComboBox.background"));
                // Paint everything under the new theme: a paint-time failure would surface here.
                BufferedImage image = new BufferedImage(app.getWidth(), app.getHeight(), BufferedImage.TYPE_INT_RGB);
                app.getRootPane().printAll(image.createGraphics());
            });
        }
        assertThat(uncaught).isEmpty();
    }

    @Test
    void upAndDownOnTheThemeComboSwitchTheThemeWithoutExceptions() {
        robot.focusAndWaitForFocusGain(window.comboBox("themeCombo").target());
        robot.pressAndReleaseKey(KeyEvent.VK_DOWN);
        robot.waitForIdle();
        assertThat(settings.theme()).isEqualTo(Theme.values()[1].name());
        assertThat(onEdt(GlassboxTheme::isDark)).as("Down from Light switches to Dark").isTrue();
        robot.pressAndReleaseKey(KeyEvent.VK_DOWN);
        robot.pressAndReleaseKey(KeyEvent.VK_UP);
        robot.pressAndReleaseKey(KeyEvent.VK_UP);
        robot.waitForIdle();
        assertThat(settings.theme()).isEqualTo(Theme.values()[0].name());
        assertThat(onEdt(() -> window.comboBox("themeCombo").target().isPopupVisible())).isFalse();
        assertThat(uncaught).isEmpty();
    }

    @Test
    void highContrastUsesItsOwnViewColors() {
        select("themeCombo", Pattern.quote(Theme.HIGH_CONTRAST.toString()));
        robot.waitForIdle();
        assertThat(onEdt(() -> GlassboxTheme.color(GlassboxTheme.BACKGROUND))).isEqualTo(Color.BLACK);
        assertThat(onEdt(() -> GlassboxTheme.color(GlassboxTheme.HIGHLIGHT))).isEqualTo(Color.YELLOW);
        assertThat(onEdt(() -> GlassboxTheme.color(GlassboxTheme.TEXT))).isEqualTo(Color.WHITE);
        assertThat(uncaught).isEmpty();
    }

    @Test
    void theChoiceIsRememberedForTheNextRun() {
        select("themeCombo", Pattern.quote(Theme.NORD.toString()));
        robot.waitForIdle();
        AppSettings nextRun = new AppSettings(prefs);
        assertThat(Theme.named(nextRun.theme())).isEqualTo(Theme.NORD);
        Object shown = onEdt(() -> {
            MainWindow next = new MainWindow(nextRun, BuiltInScenarios.get("xor"));
            try {
                return ((JComboBox<?>) robot.finder().findByName(next, "themeCombo", false)).getSelectedItem();
            } finally {
                next.dispose();
            }
        });
        assertThat(shown).isEqualTo(Theme.NORD);
    }

    @Test
    void presentationZoomScalesTheViewsAndIsRemembered() {
        window.menuItemWithPath("View", "Presentation zoom").click();
        window.menuItem("zoom150").click();
        assertThat(onEdt(GlassboxTheme::zoom)).isEqualTo(1.5f);
        assertThat(settings.zoomPercent()).isEqualTo(150);
        // (Cacio shows a submenu only once per window, so the way back is not through the menu.)
        onEdtRun(() -> app.setZoom(100));
        assertThat(onEdt(GlassboxTheme::zoom)).isEqualTo(1f);
        assertThat(uncaught).isEmpty();
    }
}
