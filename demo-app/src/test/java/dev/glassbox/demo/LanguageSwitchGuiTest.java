package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Frame;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.swing.JMenuBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo started in German, its menus in German, then View › Sprache › English clicked: the
 * window is built anew in English on the same session, the epoch kept, the choice remembered.
 */
class LanguageSwitchGuiTest extends AppGuiTest {
    private static final int TRAINED = 40;
    private Locale before;

    @BeforeEach
    void inGerman() {
        before = Locale.getDefault();
        // Before the window is built: components take their words when built.
        Locale.setDefault(Locale.GERMAN);
    }

    @AfterEach
    void restoreLocale() {
        onEdtRun(() -> Arrays.stream(Frame.getFrames()).filter(f -> f instanceof MainWindow).forEach(Frame::dispose));
        Locale.setDefault(before);
    }

    @Test
    void switchingToEnglishRebuildsTheMenusAndKeepsTheEpoch() {
        showApp();
        onEdtRun(() -> model().session().run(TRAINED));
        assertThat(menus(app)).containsExactly("Datei", "Bearbeiten", "Training", "Ansicht", "Hilfe");

        window.menuItemWithPath("Ansicht", "Sprache", "English").click();
        await("the English window", () -> onEdt(() -> current() != app));
        MainWindow english = onEdt(this::current);

        assertThat(menus(english)).containsExactly("File", "Edit", "Training", "View", "Help");
        assertThat(onEdt(() -> english.model() == app.model())).as("the same session").isTrue();
        assertThat(onEdt(() -> english.model().session().epoch())).isEqualTo(TRAINED);
        assertThat(onEdt(() -> app.isDisplayable())).as("the German window is gone").isFalse();
        assertThat(Locale.getDefault()).isEqualTo(Locale.ENGLISH);
        assertThat(settings.language()).contains(Locale.ENGLISH);
    }

    /** The showing main window. */
    private MainWindow current() {
        return Arrays.stream(Frame.getFrames()).filter(f -> f instanceof MainWindow && f.isShowing())
                .map(MainWindow.class::cast).findFirst().orElse(app);
    }

    private List<String> menus(MainWindow w) {
        return onEdt(() -> {
            JMenuBar bar = w.getJMenuBar();
            return java.util.stream.IntStream.range(0, bar.getMenuCount()).mapToObj(k -> bar.getMenu(k).getText()).toList();
        });
    }
}
