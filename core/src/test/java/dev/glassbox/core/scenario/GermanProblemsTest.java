package dev.glassbox.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A scenario file's problems in German name the same field, with the file's own numbers and ids. */
class GermanProblemsTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static String xorWith(String from, String to) {
        Locale english = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        String json = BuiltInScenarios.json("xor");
        Locale.setDefault(english);
        assertThat(json).contains(from);
        return json.replace(from, to);
    }

    @Test
    void aBadLearningRateIsNamedInGermanWithItsValueAsWritten() {
        Locale.setDefault(Locale.GERMAN);
        String json = xorWith("\"learningRate\": 2.0", "\"learningRate\": -2.5");
        assertThatThrownBy(() -> ScenarioFiles.parse(json))
                .hasMessage("learningRate: muss eine endliche Zahl über 0 sein, erhalten: -2.5");
        Locale.setDefault(Locale.ENGLISH);
        assertThatThrownBy(() -> ScenarioFiles.parse(json))
                .hasMessage("learningRate: must be a finite number above 0, got -2.5");
    }

    @Test
    void anUnknownValueAndAWholeNumberRuleReadInGerman() {
        Locale.setDefault(Locale.GERMAN);
        assertThatThrownBy(() -> ScenarioFiles.parse(xorWith("\"update\": \"batch\"", "\"update\": \"weekly\"")))
                .hasMessage("update: unbekannter Wert „weekly“ (erlaubt: batch, online)");
        assertThatThrownBy(() -> ScenarioFiles.parse(xorWith("\"layers\": [2, 2, 1]", "\"layers\": [2, 17, 1]")))
                .hasMessage("layers[1]: muss eine ganze Zahl von 1 bis 16 sein, erhalten: 17");
    }
}
