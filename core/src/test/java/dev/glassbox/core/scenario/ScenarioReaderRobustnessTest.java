package dev.glassbox.core.scenario;

import static dev.glassbox.core.scenario.ScenarioValidationTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input: whatever the reader is given, it answers with a {@link ScenarioException} —
 * no other exception, no hang, no exhausted memory. Each test runs under a generous timeout that
 * only guards against a hang.
 */
class ScenarioReaderRobustnessTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String XOR = BuiltInScenarios.json("xor");

    @Test
    void everyTruncationOfEveryBuiltInIsRejected() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (String id : BuiltInScenarios.ids()) {
                String text = BuiltInScenarios.json(id).strip();
                for (int end = 0; end < text.length(); end++) {
                    rejected(text.substring(0, end));
                }
            }
        });
    }

    @Test
    void randomBytesAreRejected() {
        SplittableRandom random = new SplittableRandom(1);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (int round = 0; round < 200; round++) {
                byte[] bytes = new byte[random.nextInt(1 << 16)];
                random.nextBytes(bytes);
                rejected(bytes);
            }
        });
    }

    @Test
    void randomJsonishTextIsRejected() {
        String alphabet = "{}[]\":,.-+eE0123456789 \n\\truefalsnxyweights";
        SplittableRandom random = new SplittableRandom(2);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (int round = 0; round < 2000; round++) {
                StringBuilder text = new StringBuilder("{");
                for (int i = random.nextInt(2000); i > 0; i--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                rejected(text.toString());
            }
        });
    }

    @Test
    void textThatIsNotUtf8IsRejected() {
        byte[] latin1 = XOR.replace("XOR", "XÖR").getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = XOR.getBytes(StandardCharsets.UTF_16);
        for (byte[] bytes : new byte[][] {latin1, utf16}) {
            assertRejected(() -> ScenarioFiles.read(new ByteArrayInputStream(bytes)), "", "the file is not UTF-8 text");
        }
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] bytes = ("\uFEFF" + XOR).getBytes(StandardCharsets.UTF_8);
        assertThat(read(bytes)).isEqualTo(BuiltInScenarios.get("xor"));
    }

    @Test
    void deepNestingIsRejected() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            rejected("[".repeat(100_000));
            rejected("{\"a\":".repeat(100_000));
            rejected(XOR.replace("\"samples\": [", "\"samples\": " + "[".repeat(50_000)));
            rejected("[".repeat(100_000) + "]".repeat(100_000));
        });
    }

    @Test
    void absurdSizesAreRejected() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertRejected(() -> ScenarioFiles.parse(XOR.replace("[2, 2, 1]", "[1e9]")), "layers", "needs 2 to 8 layers, got 1");
            assertRejected(() -> ScenarioFiles.parse(XOR.replace("[2, 2, 1]", "[2, 1e9, 1]")),
                    "layers[1]", "must be a whole number from 1 to 16, got 1e9");
            assertRejected(() -> ScenarioFiles.parse(XOR.replace("[2, 2, 1]", "[2, 99999999999999999999, 1]")),
                    "layers[1]", "must be a whole number from 1 to 16");
            assertRejected(() -> ScenarioFiles.parse(XOR.replace("[2, 2, 1]", "[" + "2, ".repeat(200_000) + "1]")),
                    "layers", "needs 2 to 8 layers, got 200001");
        });
    }

    @Test
    void nonFiniteLiteralsAreRejected() {
        for (String literal : new String[] {"NaN", "Infinity", "-Infinity"}) {
            assertRejected(() -> ScenarioFiles.parse(XOR.replace("\"learningRate\": 2.0", "\"learningRate\": " + literal)),
                    "", "not valid JSON");
        }
        assertRejected(() -> ScenarioFiles.parse(XOR.replace("\"learningRate\": 2.0", "\"learningRate\": 1e999")),
                "learningRate", "must be a finite number, got 1e999");
        assertRejected(() -> ScenarioFiles.parse(XOR.replace("[0.4, 0.45]", "[0.4, -1e999]")),
                "weights[1][0][1]", "must be a finite number, got -1e999");
    }

    @Test
    void hugeDigitStringsAreRejected() {
        String digits = "9".repeat(500_000);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (String number : new String[] {digits, "0." + digits, "1e" + digits, "1e-" + digits, "-" + digits}) {
                rejected(XOR.replace("\"learningRate\": 2.0", "\"learningRate\": " + number));
                rejected(BuiltInScenarios.json("vanishing-gradient").replace("\"seed\": 3", "\"seed\": " + number));
            }
            // numbers short enough for the JSON reader are judged by value: 10^40 is no layer size,
            // 10^−400 rounds to a learning rate of 0
            assertRejected(() -> ScenarioFiles.parse(XOR.replace("[2, 2, 1]", "[2, 1" + "0".repeat(40) + ", 1]")),
                    "layers[1]", "must be a whole number from 1 to 16");
            assertRejected(() -> ScenarioFiles.parse(XOR.replace("\"learningRate\": 2.0", "\"learningRate\": 1e-400")),
                    "learningRate", "must be a finite number above 0, got 0.0");
        });
    }

    @Test
    void anEndlessStreamIsCutOffAtOneMebibyte() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        assertTimeoutPreemptively(HANG_GUARD,
                () -> assertRejected(() -> ScenarioFiles.read(endless), "", "the file is larger than 1 MiB"));
    }

    @Test
    void aMissingFileIsAScenarioException(@TempDir Path dir) {
        assertRejected(() -> ScenarioFiles.read(dir.resolve("missing.json")), "", "cannot read missing.json");
        assertRejected(() -> ScenarioFiles.read(dir), "", "cannot read");
    }

    private static void rejected(String text) {
        assertThatExceptionOfType(ScenarioException.class).as("%.200s", text).isThrownBy(() -> ScenarioFiles.parse(text));
    }

    private static void rejected(byte[] bytes) {
        assertThatExceptionOfType(ScenarioException.class).isThrownBy(() -> read(bytes));
    }

    private static Scenario read(byte[] bytes) {
        try {
            return ScenarioFiles.read(new ByteArrayInputStream(bytes));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
