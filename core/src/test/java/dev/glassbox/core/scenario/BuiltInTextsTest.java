package dev.glassbox.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The built-in scenarios' names and lessons in German, everything else of them as in English. */
class BuiltInTextsTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void germanNamesAndTeachesEveryBuiltInAndChangesNothingElse() {
        for (String id : BuiltInScenarios.ids()) {
            Locale.setDefault(Locale.ENGLISH);
            Scenario english = BuiltInScenarios.get(id);
            Locale.setDefault(Locale.GERMAN);
            Scenario german = BuiltInScenarios.get(id);
            assertThat(german.name()).as(id).isNotEqualTo(english.name());
            assertThat(german.lesson()).as(id).isNotEqualTo(english.lesson()).isNotBlank();
            assertThat(german.toBuilder().name(english.name()).lesson(english.lesson()).build()).as(id).isEqualTo(english);
        }
        Locale.setDefault(Locale.GERMAN);
        assertThat(BuiltInScenarios.get("xor").name()).isEqualTo("XOR — Sigmoid, MSE");
        assertThat(BuiltInScenarios.get("xor-saturated-mse").lesson()).contains("δ = Rohfehler × Steigung ist winzig");
    }

    @Test
    void englishIsTheFilesOwnTextAndAnUntranslatedLanguageReadsEnglish() {
        Locale.setDefault(Locale.ENGLISH);
        assertThat(BuiltInScenarios.get("xor").name()).isEqualTo("XOR — sigmoid, MSE");
        Locale.setDefault(Locale.FRENCH);
        assertThat(BuiltInScenarios.get("xor").name()).isEqualTo("XOR — sigmoid, MSE");
    }

    @Test
    void theGermanTextsHaveANameAndALessonForExactlyTheBuiltIns() throws IOException {
        Properties de = new Properties();
        try (Reader r = new InputStreamReader(BuiltInScenarios.class.getResourceAsStream("BuiltInTexts_de.properties"), StandardCharsets.UTF_8)) {
            de.load(r);
        }
        Set<String> expected = BuiltInScenarios.ids().stream().flatMap(id -> Set.of(id + ".name", id + ".lesson").stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(de.stringPropertyNames())).isEqualTo(expected);
    }
}
