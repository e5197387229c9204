package dev.glassbox.swing.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Words in the default locale, with numbers written alike in every locale and counts grouped without a point. */
class MessagesTest {
    private static final Messages SAMPLE = Messages.bundle("dev.glassbox.swing.internal.text.SampleMessages", MessagesTest.class);
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void englishGroupsCountsWithCommasAndWritesLossesWithAPoint() {
        Locale.setDefault(Locale.US);
        assertThat(SAMPLE.get("count", 12345, 0.125)).isEqualTo("Epoch 12,345 at loss 0.1250");
        assertThat(SAMPLE.get("quote")).isEqualTo("The sample's loss");
    }

    @Test
    void germanGroupsCountsWithANarrowSpaceSinceAPointIsADecimalPoint() {
        Locale.setDefault(Locale.GERMAN);
        assertThat(SAMPLE.get("count", 12345L, 0.125)).isEqualTo("Epoche 12\u202F345 bei Verlust 0.1250");
        assertThat(SAMPLE.get("count", 999, -2.5)).isEqualTo("Epoche 999 bei Verlust " + Numbers.MINUS + "2.500");
    }

    @Test
    void aLocaleWithoutItsOwnBundleReadsEnglishAndASwitchTakesEffectAtOnce() {
        Locale.setDefault(Locale.FRENCH);
        assertThat(SAMPLE.get("quote")).isEqualTo("The sample's loss");
        Locale.setDefault(Locale.GERMAN);
        assertThat(SAMPLE.get("quote")).isEqualTo("Der Verlust des Beispiels");
    }

    @Test
    void aCountThePatternChoosesWordsForIsGivenToTheChoiceAsANumber() {
        Locale.setDefault(Locale.US);
        assertThat(SAMPLE.get("questions", 1, 2)).isEqualTo("1 question of 2");
        assertThat(SAMPLE.get("questions", 3, 4)).isEqualTo("3 questions of 4");
        Locale.setDefault(Locale.GERMAN);
        assertThat(SAMPLE.get("questions", 1, 12345)).isEqualTo("1 Frage von 12\u202F345");
    }
}
