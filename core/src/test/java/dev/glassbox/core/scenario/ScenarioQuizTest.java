package dev.glassbox.core.scenario;

import static dev.glassbox.core.scenario.ScenarioValidationTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.quiz.Question;
import dev.glassbox.core.testing.HandWorkedScenario;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A teacher's quiz in the scenario file: read, written back unchanged, and every malformed question
 * rejected with its path named.
 */
class ScenarioQuizTest {
    /** The hand-worked 2-2-1 file with {@code quiz} as its quiz section. */
    private static String withQuiz(String quiz) {
        String json = HandWorkedScenario.JSON;
        int end = json.lastIndexOf('}');
        return json.substring(0, end).stripTrailing() + ",\n  \"quiz\": " + quiz + "\n}\n";
    }

    private static final String TWO_QUESTIONS = """
            [
              {"epoch": 1, "sample": 0, "neuron": [2, 0], "quantity": "delta", "prompt": "δ of the output?"},
              {"epoch": 3, "sample": 0, "weight": [1, 0, 1], "quantity": "gradient"}
            ]""";

    @Test
    void aQuizSectionIsReadAsQuestionsInOrderWithTheWeightInTheWeightsLayout() {
        Scenario s = ScenarioFiles.parse(withQuiz(TWO_QUESTIONS));
        assertThat(s.quiz()).containsExactly(
                new Question(1, 0, new NeuronId(2, 0), Quantity.DELTA, Optional.of("δ of the output?")),
                // weights[1][0][1]: from hidden neuron 1 (layer 1) to output neuron 0 (layer 2).
                new Question(3, 0, new Connection(1, 1, 0), Quantity.GRADIENT, Optional.empty()));
    }

    @Test
    void theQuizRoundTripsThroughTheFileAndAFileWithoutOneHasNone() {
        Scenario s = ScenarioFiles.parse(withQuiz(TWO_QUESTIONS));
        String json = ScenarioFiles.toJson(s);
        assertThat(ScenarioFiles.parse(json)).isEqualTo(s);
        assertThat(ScenarioFiles.toJson(ScenarioFiles.parse(json))).isEqualTo(json);
        Scenario none = ScenarioFiles.parse(HandWorkedScenario.JSON);
        assertThat(none.quiz()).isEmpty();
        assertThat(ScenarioFiles.toJson(none)).doesNotContain("quiz");
    }

    @Test
    void everyQuantityOfTheFormatIsReadByItsId() {
        for (Quantity q : Quantity.values()) {
            String where = q.ofConnection() ? "\"weight\": [0, 1, 0]" : "\"neuron\": [1, 1]";
            Scenario s = ScenarioFiles.parse(withQuiz("[{\"epoch\": 2, \"sample\": 0, " + where
                    + ", \"quantity\": \"" + q.id() + "\"}]"));
            assertThat(s.quiz().get(0).quantity()).isEqualTo(q);
        }
    }

    @Test
    void aMalformedQuestionIsRejectedWithItsPath() {
        reject("{}", "quiz", "expected an array");
        reject("[7]", "quiz[0]", "expected an object");
        reject("[{\"epoch\": 1, \"sample\": 0, \"neuron\": [2, 0], \"quantity\": \"delta\", \"answer\": 1}]",
                "quiz[0].answer", "unknown field");
        reject("[{\"sample\": 0, \"neuron\": [2, 0], \"quantity\": \"delta\"}]", "quiz[0].epoch", "missing");
        reject("[{\"epoch\": 0, \"sample\": 0, \"neuron\": [2, 0], \"quantity\": \"delta\"}]",
                "quiz[0].epoch", "must be a whole number from 1 to 100000, got 0");
        reject("[{\"epoch\": 100001, \"sample\": 0, \"neuron\": [2, 0], \"quantity\": \"delta\"}]",
                "quiz[0].epoch", "must be a whole number from 1 to 100000");
        reject("[{\"epoch\": 1.5, \"sample\": 0, \"neuron\": [2, 0], \"quantity\": \"delta\"}]",
                "quiz[0].epoch", "must be a whole number");
        reject("[{\"epoch\": 1, \"sample\": 0, \"neuron\": [2, 0], \"quantity\": \"slope\"}]",
                "quiz[0].quantity", "unknown value \"slope\" (allowed: z, a, delta, gradient, batch-gradient, updated-weight)");
        reject("[{\"epoch\": 1, \"sample\": 0, \"weight\": [1, 0, 0], \"quantity\": \"delta\"}]",
                "quiz[0].weight", "delta is asked of a neuron: give \"neuron\": [layer, index]");
        reject("[{\"epoch\": 1, \"sample\": 0, \"quantity\": \"gradient\"}]", "quiz[0].weight", "missing");
        reject("[{\"epoch\": 1, \"sample\": 0, \"weight\": [1, 0], \"quantity\": \"gradient\"}]",
                "quiz[0].weight", "expected 3 whole numbers [l, j, i], got 2");
        reject("[{\"epoch\": 1, \"sample\": 0, \"neuron\": [2, -1], \"quantity\": \"a\"}]",
                "quiz[0].neuron[1]", "must be a whole number from 0 to 16");
    }

    @Test
    void aQuestionTheNetworkCannotAnswerIsRejectedWithItsPath() {
        String ok = "{\"epoch\": 1, \"sample\": 0, \"neuron\": [2, 0], \"quantity\": \"delta\"}, ";
        reject("[" + ok + "{\"epoch\": 1, \"sample\": 1, \"neuron\": [2, 0], \"quantity\": \"delta\"}]",
                "quiz[1]", "sample index 1 is beyond the 1 samples");
        reject("[" + ok + "{\"epoch\": 1, \"sample\": 0, \"neuron\": [3, 0], \"quantity\": \"a\"}]",
                "quiz[1]", "there is no such neuron in a network of layers [2, 2, 1]");
        reject("[{\"epoch\": 1, \"sample\": 0, \"weight\": [1, 1, 0], \"quantity\": \"gradient\"}]",
                "quiz[0]", "there is no such connection");
        reject("[{\"epoch\": 1, \"sample\": 0, \"neuron\": [0, 1], \"quantity\": \"z\"}]",
                "quiz[0]", "an input neuron has no z");
    }

    @Test
    void theBuilderChecksTheQuizAsTheFileDoes() {
        Scenario s = ScenarioFiles.parse(HandWorkedScenario.JSON);
        assertRejected(() -> s.toBuilder().quiz(List.of(Question.of(1, 2, new NeuronId(1, 0), Quantity.A))).build(),
                "quiz[0]", "sample index 2 is beyond the 1 samples");
        assertRejected(() -> s.toBuilder().quiz(java.util.Collections.nCopies(Scenario.MAX_QUIZ_QUESTIONS + 1,
                Question.of(1, 0, new NeuronId(1, 0), Quantity.A))).build(), "quiz", "at most 1000 questions");
        assertThat(s.toBuilder().quiz(null).build().quiz()).isEmpty();
    }

    private static void reject(String quiz, String field, String problem) {
        assertRejected(() -> ScenarioFiles.parse(withQuiz(quiz)), field, problem);
    }
}
