package dev.glassbox.core.scenario;

import static dev.glassbox.core.scenario.ScenarioValidationTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every JSON number is read as JSON means it, whatever its length, and judged by its exact value. */
class NumbersInFilesTest {
    private static final String XOR = BuiltInScenarios.json("xor");
    private static final String SEEDED = BuiltInScenarios.json("vanishing-gradient");

    @Test
    void longIntegerLiteralsAreNumbersJudgedByValue() {
        // 10^65: Gson's reader mistook it for a leading zero (its digits wrap a long to 0) and called it not JSON
        String tenTo65 = "1" + "0".repeat(65);
        assertRejected(() -> ScenarioFiles.parse(XOR.replace("[2, 2, 1]", "[2, " + tenTo65 + ", 1]")),
                "layers[1]", "must be a whole number from 1 to 16, got " + tenTo65);
        assertThat(ScenarioFiles.parse(XOR.replace("\"learningRate\": 2.0", "\"learningRate\": " + tenTo65)).learningRate())
                .isEqualTo(1e65);
    }

    @Test
    void aValueBeyondTheDoubleRangeNamesItsField() {
        String tenTo400 = "1" + "0".repeat(400);
        assertRejected(() -> ScenarioFiles.parse(XOR.replace("\"learningRate\": 2.0", "\"learningRate\": " + tenTo400)),
                "learningRate", "must be a finite number, got " + tenTo400);
        assertRejected(() -> ScenarioFiles.parse(XOR.replace("[0.4, 0.45]", "[0.4, -" + tenTo400 + "]")),
                "weights[1][0][1]", "must be a finite number, got -" + tenTo400);
    }

    @Test
    void aNumberLongerThanTheLimitNamesItsField() {
        String longest = "0." + "1".repeat(JsonValues.MAX_NUMBER_CHARS - 2);
        assertThat(ScenarioFiles.parse(XOR.replace("\"learningRate\": 2.0", "\"learningRate\": " + longest)).learningRate())
                .isEqualTo(Double.parseDouble(longest));
        assertRejected(() -> ScenarioFiles.parse(XOR.replace("\"learningRate\": 2.0", "\"learningRate\": " + longest + "1")),
                "learningRate", "must be a number of at most 1000 characters, got 1001");
    }

    @Test
    void aSeedIsCheckedBeforeItIsRounded() {
        assertThat(seed("9007199254740992")).isEqualTo(Scenario.MAX_SEED);
        assertThat(seed("-9007199254740992")).isEqualTo(-Scenario.MAX_SEED);
        assertThat(seed("9.007199254740992e15")).isEqualTo(Scenario.MAX_SEED);
        assertThat(seed("30e-1")).isEqualTo(3);
        // 2^53 + 1 rounds to 2^53 as a double: it used to train as 2^53 while 2^53 + 2 was rejected
        for (String beyond : new String[] {"9007199254740993", "-9007199254740993", "9.007199254740993e15",
                "9007199254740992.5", "1" + "0".repeat(30)}) {
            assertRejected(() -> seed(beyond), "seed", "must be a whole number from -2^53 to 2^53, got " + beyond);
        }
        assertRejected(() -> seed("3.0000000000000000001"), "seed", "must be a whole number from -2^53 to 2^53");
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertRejected(() -> ScenarioFiles.parse("{\n  \"format\": 01\n}"), "", "not valid JSON at line 2, column 14");
        assertRejected(() -> ScenarioFiles.parse("{\n  \"format\": "), "", "the JSON ends too early at line 2, column 13");
        assertRejected(() -> ScenarioFiles.parse("[".repeat(17)), "", "the JSON is nested too deeply at line 1, column 17");
        assertRejected(() -> ScenarioFiles.parse("{\"name\": \"a\\qb\"}"), "", "not valid JSON at line 1, column 13");
    }

    private static long seed(String literal) {
        return ScenarioFiles.parse(SEEDED.replace("\"seed\": 3", "\"seed\": " + literal)).seed();
    }
}
