package dev.glassbox.swing.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.quiz.Question;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GradientShown;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.InGerman;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chain rule and the quiz in German, on xor's first epoch (output on sample 1: a = 0.7500,
 * raw error 0.7500, slope 0.1875, δ = 0.1406): the words from the German bundle, the formulas and
 * their numbers as in English, with a decimal point.
 */
@ExtendWith(InGerman.class)
class InGermanGuiTest extends GuiTest {
    private static final NeuronId OUT = new NeuronId(2, 0);

    private GlassboxModel model;
    private ChainRulePanel chain;
    private QuizPanel quiz;

    @BeforeEach
    void showInGerman() {
        show(() -> {
            model = new GlassboxModel(BuiltInScenarios.get("xor"));
            chain = new ChainRulePanel(model);
            quiz = new QuizPanel(new QuizModel(model));
            JPanel p = new JPanel(new GridLayout(1, 2));
            p.add(new JScrollPane(chain));
            p.add(quiz);
            return p;
        }, 1100, 760);
    }

    @AfterEach
    void close() {
        onEdtRun(() -> model.close());
    }

    private String text() {
        return onEdt(() -> chain.plainText());
    }

    @Test
    void theChainRuleIsWrittenInGerman() {
        onEdtRun(() -> model.setSelected(new Connection(1, 0, 0)));
        assertThat(text()).contains("Gewicht verdeckt 1 → Ausgabe  ·  Beispiel 1 von 4")
                .contains("Kettenregel  ·  ∂L/∂w (betrachtetes Beispiel)")
                .contains("∂L/∂w = δ_j · a_i = 0.14062 · 0.58662 = 0.08249")
                .contains("Fehlersignal δ_j von Ausgabe")
                .contains("Rohfehler (a − y) = 0.7500 − 0 = 0.7500")
                .contains("Steigung f′(z_j) = a(1 − a)")
                .contains("δ_j = Rohfehler × Steigung = 0.7500 × 0.1875 = 0.1406")
                .contains("Batch-Mittelwert über 4 Beispiele, zum Vergleich")
                .contains("Prüfung mit finiten Differenzen")
                .doesNotContain("sample", "Raw Error", "slope");
        onEdtRun(() -> model.setSelected(new Connection(0, 1, 0)));
        assertThat(text()).contains("Gewicht Eingabe 2 → verdeckt 1").contains("Backprop-Summe (Σ w·δ) = ")
                .contains("k = Ausgabe: w_jk·δ_k = ").contains("nicht gesättigt");
        window.toggleButton("gradientBatchMeanButton").requireText("Batch-Mittelwert ḡ").click();
        assertThat(onEdt(() -> model.gradientShown())).isEqualTo(GradientShown.BATCH_MEAN);
        assertThat(text()).contains("Kettenregel  ·  ḡ (Batch-Mittelwert über 4 Beispiele)")
                .contains("Beispiel 1: δ_j·a_i = ").contains("(betrachtetes Beispiel)");
        window.button("conventionsLink").requireText("Konventionen");
    }

    @Test
    void aQuestionAndAMistakesFeedbackAreInGerman() {
        window.textBox("quizQuestion").requireText("Drücken Sie „Frage stellen“: Der gefragte Wert bleibt verborgen,"
                + " bis Sie antworten.");
        onEdtRun(() -> quiz.quiz().play(List.of(Question.of(1, 0, OUT, Quantity.DELTA))));
        window.textBox("quizQuestion").requireText("Frage 1 von 1. Epoche 1, Beispiel 1 von 4: Wie groß ist δ von Ausgabe?");
        window.button("quizCheckButton").requireText("Prüfen");
        window.button("quizHintButton").requireText("Hinweis").click();
        assertThat(onEdt(() -> quiz.quiz().workedSolution().get(0).text()))
                .isEqualTo("Rohfehler ∂L/∂a = a − y = 0.7500 − 0 = 0.7500");
        // The raw error alone: the slope left out.
        window.textBox("quizAnswerField").enterText("0.75\n");
        window.textBox("quizFeedback").requireText("Nicht ganz: δ von Ausgabe = 0.1406, Ihre Antwort: 0.7500. Diesen"
                + " Wert erhält man, wenn die Steigung weggelassen wird: δ = Rohfehler × f′(z).");
        window.label("quizScore").requireText("Punktzahl 0 von 1   ·   Serie 0 (beste 0)");
    }
}
