package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.testing.HandWorkedScenario;
import dev.glassbox.demo.cli.CsvDialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingUtilities;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student plays a teacher's quiz file in the application's Quiz tab and the answers go to the
 * teacher as CSV: one row per answer with the question, the value given, the right one, the verdict
 * and the mistake recognised. On the hand-worked 2-2-1 network, δ of the output on epoch 1 is
 * 0.7413650696 × 0.1868156018 = 0.1384985616, and a of hidden 1 is σ(0.3775) = 0.5932699921.
 */
class QuizGuiTest extends AppGuiTest {
    private static final String QUIZ_FILE = HandWorkedScenario.JSON.substring(0,
            HandWorkedScenario.JSON.lastIndexOf('}')).stripTrailing()
            + ",\n\"quiz\": [{\"epoch\": 1, \"sample\": 0, \"quantity\": \"delta\", \"neuron\": [2, 0],"
            + " \"prompt\": \"How loud is the output's error signal, \\\"δ\\\"?\"},"
            + " {\"epoch\": 1, \"sample\": 0, \"quantity\": \"a\", \"neuron\": [1, 0]}]}";

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        showApp();
    }

    @Test
    void aTeachersQuizFileIsPlayedToTheEndAndTheAnswersExportAsCsv() throws Exception {
        Path quiz = dir.resolve("quiz.json");
        Files.writeString(quiz, QUIZ_FILE);
        assertThat(onEdt(() -> app.openScenario(quiz))).isTrue();
        window.tabbedPane("tablesTabs").selectTab("Quiz");
        window.button("quizPlayButton").requireText("Play this scenario's quiz (2 questions)").click();
        window.textBox("quizQuestion").requireText("Question 1 of 2. How loud is the output's error signal, \"δ\"?\n"
                + "Epoch 1, sample 1 of 1: what is δ of output?");
        // Two hint steps, then the raw error alone, the slope left out.
        window.button("quizHintButton").click();
        window.button("quizHintButton").click();
        window.textBox("quizAnswerField").enterText("0.7414\n");
        window.textBox("quizFeedback").requireText("Not quite: δ of output = 0.1385, you gave 0.7414. That is the"
                + " value you get when the slope was left out: δ = raw error × f′(z).");
        window.button("quizNextButton").click();
        window.textBox("quizAnswerField").enterText("0.5933\n");
        window.button("quizNextButton").click();
        window.textBox("quizFeedback").requireText("That was the last question of the quiz. "
                + "Score 1 of 2   ·   streak 1 (best 1)");

        Path csv = dir.resolve("answers.csv");
        assertThat(onEdt(() -> app.exportQuizAnswers(csv))).isTrue();
        window.label("statusMessage").requireText("Exported answers.csv: 2 answers");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CsvDialect.format())) {
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).values()).containsExactly("answer", "epoch", "sample", "element", "in_file", "quantity",
                "prompt", "given", "expected", "tolerance", "result", "mistake", "hints");
        assertThat(rows.get(1).values()).startsWith("1", "1", "1", "output", "neuron [2, 0]", "delta",
                "How loud is the output's error signal, \"δ\"?", "0.7414");
        assertThat(rows.get(1).get(10)).isEqualTo("wrong");
        assertThat(rows.get(1).get(11)).isEqualTo("slope-left-out");
        assertThat(rows.get(1).get(12)).as("hint steps used").isEqualTo("2");
        assertThat(Double.parseDouble(rows.get(1).get(8))).isCloseTo(0.1384985616, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(rows.get(2).values()).startsWith("2", "1", "1", "hidden 1", "neuron [1, 0]", "a", "", "0.5933");
        assertThat(Double.parseDouble(rows.get(2).get(8))).isCloseTo(0.5932699921, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(rows.get(2).get(10)).isEqualTo("right");
        assertThat(rows.get(2).get(11)).isEmpty();
        assertThat(rows.get(2).get(12)).as("no hint used").isEqualTo("0");
    }

    @Test
    void withNoAnswersNothingIsWrittenAndAFailedWriteKeepsTheFileThere() throws Exception {
        Path csv = dir.resolve("answers.csv");
        Files.writeString(csv, "the teacher's old file\n");
        assertThat(onEdt(() -> app.exportQuizAnswers(csv))).isFalse();
        window.label("statusMessage").requireText("No quiz answers yet: answer a question on the Quiz tab first");
        assertThat(Files.readString(csv)).isEqualTo("the teacher's old file\n");
        // A folder where the file should go: the error names it, nothing else changes.
        window.tabbedPane("tablesTabs").selectTab("Quiz");
        window.button("quizNextButton").click();
        window.textBox("quizAnswerField").enterText("0\n");
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        SwingUtilities.invokeLater(() -> app.exportQuizAnswers(folder));
        DialogFixture dialog = WindowFinder.findDialog("errorDialog").withTimeout(10_000).using(robot);
        assertThat(dialog.textBox("errorMessage").text()).startsWith("Cannot write folder.csv: ");
        dialog.button(JButtonMatcher.withText("OK")).click();
        assertThat(Files.readString(csv)).isEqualTo("the teacher's old file\n");
    }
}
