package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.demo.settings.AppSettings;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class AppSettingsTest {
    private final Preferences node = new MemoryPreferences();
    private final AppSettings settings = new AppSettings(node);

    @Test
    void defaultsWhenNothingIsRemembered() {
        assertThat(settings.theme()).isEmpty();
        assertThat(settings.zoomPercent()).isEqualTo(100);
        assertThat(settings.recentFiles()).isEmpty();
    }

    @Test
    void recentFilesAreAbsoluteUniqueAndCapped() {
        for (int k = 0; k < 10; k++) {
            settings.addRecentFile(Path.of("f" + k + ".json"));
        }
        settings.addRecentFile(Path.of("sub/../f5.json"));
        assertThat(settings.recentFiles()).hasSize(AppSettings.MAX_RECENT)
                .startsWith(Path.of("f5.json").toAbsolutePath(), Path.of("f9.json").toAbsolutePath())
                .allMatch(Path::isAbsolute)
                .doesNotHaveDuplicates();
        settings.removeRecentFile(Path.of("f9.json"));
        assertThat(settings.recentFiles()).hasSize(AppSettings.MAX_RECENT - 1)
                .doesNotContain(Path.of("f9.json").toAbsolutePath());
    }

    @Test
    void theLanguageIsKeptAndABadValueFallsBackToNone() {
        assertThat(settings.language()).isEmpty();
        settings.setLanguage(java.util.Locale.GERMAN);
        assertThat(new AppSettings(node).language()).contains(java.util.Locale.GERMAN);
        node.put("language", "de_DE!!");
        assertThat(settings.language()).isEmpty();
    }

    @Test
    void themeAndZoomAreKeptInTheNode() {
        settings.setTheme("NORD");
        settings.setZoomPercent(150);
        AppSettings again = new AppSettings(node);
        assertThat(again.theme()).isEqualTo("NORD");
        assertThat(again.zoomPercent()).isEqualTo(150);
    }
}
