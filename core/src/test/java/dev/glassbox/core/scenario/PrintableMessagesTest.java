package dev.glassbox.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

/**
 * Text quoted from a file reaches a terminal in the one-line error: its control characters are
 * shown as escapes, so an ESC sequence cannot clear the screen or set the window title.
 */
class PrintableMessagesTest {
    private static final String XOR = BuiltInScenarios.json("xor");
    /** ESC [2J clears the screen; ESC ]0;…BEL sets the terminal's title. */
    private static final String CLEAR_AND_TITLE = "\u001b[2J\u001b]0;owned\u0007";

    @Test
    void escapesControlCharactersAsJavaEscapes() {
        assertThat(ScenarioException.printable(CLEAR_AND_TITLE)).isEqualTo("\\u001B[2J\\u001B]0;owned\\u0007");
        assertThat(ScenarioException.printable("a\nb\rc\td\u007f\u0085\u0000")).isEqualTo("a\\nb\\rc\\td\\u007F\\u0085\\u0000");
        // bidirectional overrides would show the text reordered; line separators would break the line
        assertThat(ScenarioException.printable("x\u202Ey\u2066z\u2028")).isEqualTo("x\\u202Ey\\u2066z\\u2028");
    }

    @Test
    void keepsPrintableTextAsItIs() {
        String text = "XOR — sigmoid, MSE é 🙂 C:\\scenarios\\xor.json \"quoted\"";
        assertThat(ScenarioException.printable(text)).isSameAs(text);
    }

    @Test
    void anUnknownKeyIsQuotedEscaped() {
        String json = XOR.replace("\"update\":", "\"\\u001b[2J\": 1, \"update\":");
        assertThatExceptionOfType(ScenarioException.class).isThrownBy(() -> ScenarioFiles.parse(json))
                .withMessage("\\u001B[2J: unknown field")
                .satisfies(e -> assertThat(e.field()).isEqualTo("\u001b[2J"));
    }

    @Test
    void valuesAndKeysAreQuotedEscaped() {
        rejectedWith(XOR.replace("\"loss\": \"mse\"", "\"loss\": \"mse\\u001b]0;owned\\u0007\""),
                "loss: unknown value \"mse\\u001B]0;owned\\u0007\" (allowed: mse, cross-entropy)");
        rejectedWith(XOR.replace("\"glassbox-scenario/1\"", "\"\\r\\u001b[2K\""),
                "format: expected \"glassbox-scenario/1\", got \"\\r\\u001B[2K\"");
        // a key in a sample (C1's CSI, 0x9B, is ESC [ on some terminals) and a key seen twice
        rejectedWith(XOR.replace("{\"x\": [0.0, 1.0],", "{\"\\u009b2J\": 0, \"x\": [0.0, 1.0],"),
                "samples[1].\\u009B2J: unknown field");
        rejectedWith(XOR.replace("\"update\":", "\"\\u001bK\": 1, \"\\u001bK\": 2, \"update\":"),
                "\\u001BK: appears more than once");
    }

    private static void rejectedWith(String json, String message) {
        assertThatExceptionOfType(ScenarioException.class).isThrownBy(() -> ScenarioFiles.parse(json)).withMessage(message);
    }
}
