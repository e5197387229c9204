package dev.glassbox.swing.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.testing.HandWorkedScenario;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.quiz.Mistake;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.quiz.Question;
import dev.glassbox.core.quiz.Verdict;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JTable;
import org.assertj.swing.fixture.JTabbedPaneFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A student takes the quiz in the widget, on the hand-worked 2-2-1 network (sigmoid, MSE,
 * η = 0.5, x = (0.05, 0.10), y = 0.01): δ of the output is 0.7413650696 × 0.1868156018 = 0.1384985616.
 */
class QuizPanelGuiTest extends GuiTest {
    private static final String HAND_WORKED = HandWorkedScenario.JSON;
    private static final NeuronId OUT = new NeuronId(2, 0);

    private final AtomicReference<GlassboxPanel> panel = new AtomicReference<>();
    private final List<QuizEvent> events = new ArrayList<>();

    @BeforeEach
    void showPanelOnTheQuizTab() {
        show(() -> {
            GlassboxPanel p = new GlassboxPanel(new GlassboxModel(ScenarioFiles.parse(HAND_WORKED)));
            p.quizPanel().quiz().addQuizListener(events::add);
            panel.set(p);
            return p;
        }, 1160, 880);
        JTabbedPaneFixture tabs = new JTabbedPaneFixture(robot,
                onEdt(() -> (javax.swing.JTabbedPane) javax.swing.SwingUtilities.getAncestorOfClass(
                        javax.swing.JTabbedPane.class, panel.get().quizPanel())));
        tabs.selectTab("Quiz");
    }

    private QuizModel quiz() {
        return panel.get().quizPanel().quiz();
    }

    /** Asks δ of the output through the GUI: only δ ticked, the output selected. */
    private void askOutputDelta() {
        for (Quantity q : Quantity.values()) {
            if (q != Quantity.DELTA) {
                window.checkBox("quizKind." + q.id()).uncheck();
            }
        }
        onEdtRun(() -> panel.get().model().setSelected(OUT));
        window.button("quizNextButton").click();
    }

    /** The worked solution's lines as the list draws them (its renderer wraps text in a text area). */
    private String[] steps() {
        org.assertj.swing.fixture.JListFixture list = window.list("quizSteps");
        list.replaceCellReader((shown, index) -> {
            @SuppressWarnings("unchecked")
            javax.swing.JList<WorkedStep> l = (javax.swing.JList<WorkedStep>) shown;
            java.awt.Component c = l.getCellRenderer().getListCellRendererComponent(l, l.getModel().getElementAt(index),
                    index, false, false);
            return ((javax.swing.text.JTextComponent) c).getText();
        });
        return list.contents();
    }

    private Object deltasCell(int row, int column) {
        return onEdt(() -> ((JTable) panel.get().deltasTable()).getValueAt(row, column));
    }

    @Test
    void aRightAnswerIsRightAndTheHiddenValueComesBack() {
        askOutputDelta();
        window.textBox("quizQuestion").requireText("Epoch 1, sample 1 of 1: what is δ of output?");
        window.textBox("quizTolerance").requireText("Work it out before it is shown. Right within 1 % (0.0001"
                + " near 0); the numbers on screen may be used.");
        // While the question is open, the deltas table hides δ of the output (its third row) and shows the rest.
        assertThat(deltasCell(2, 3)).isEqualTo("?");
        assertThat(deltasCell(2, 1)).isInstanceOf(Double.class);
        // The chain rule, which would write δ out, is hidden too, and comes back with the answer.
        assertThat(onEdt(() -> panel.get().chainRulePanel().getAccessibleContext().getAccessibleDescription()))
                .startsWith("The chain rule is hidden while a quiz question is open");
        window.textBox("quizAnswerField").enterText("0.1385\n");
        window.textBox("quizFeedback").requireText("Right: δ of output = 0.1385 (you gave 0.1385).");
        window.label("quizScore").requireText("Score 1 of 1   ·   streak 1 (best 1)");
        assertThat((double) deltasCell(2, 3)).isEqualTo(0.1384985616, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(onEdt(() -> panel.get().chainRulePanel().getAccessibleContext().getAccessibleDescription()))
                .doesNotContain("hidden while");
        assertThat(events).extracting(QuizEvent::kind).containsExactly(QuizEvent.Kind.ASKED, QuizEvent.Kind.ANSWERED);
        Verdict v = events.get(1).verdict().orElseThrow();
        assertThat(v.correct()).isTrue();
        assertThat(v.given()).isEqualTo(0.1385);
    }

    @Test
    void aWrongAnswerNamesTheMistakeAndHighlightsItsStep() {
        askOutputDelta();
        // The raw error alone: the slope was left out.
        window.textBox("quizAnswerField").enterText("0.7414");
        window.button("quizCheckButton").click();
        window.textBox("quizFeedback").requireText("Not quite: δ of output = 0.1385, you gave 0.7414. That is the"
                + " value you get when the slope was left out: δ = raw error × f′(z).");
        assertThat(events.get(1).verdict().orElseThrow().mistake()).contains(Mistake.SLOPE_LEFT_OUT);
        window.label("quizScore").requireText("Score 0 of 1   ·   streak 0 (best 0)");
        // After the answer the whole worked solution shows.
        assertThat(steps()).containsExactly(
                "raw error ∂L/∂a = a − y = 0.7514 − 0.01000 = 0.7414",
                "slope f′(z) = a(1 − a) = 0.7514·(1 − 0.7514) = 0.1868",
                "δ = raw error × slope = 0.7414 × 0.1868 = 0.1385");
    }

    @Test
    void hintsRevealTheWorkedSolutionOneLineAtATime() {
        askOutputDelta();
        assertThat(steps()).isEmpty();
        window.button("quizHintButton").click();
        assertThat(steps()).containsExactly(
                "raw error ∂L/∂a = a − y = 0.7514 − 0.01000 = 0.7414");
        window.button("quizHintButton").click();
        window.button("quizHintButton").click();
        assertThat(steps()).hasSize(3);
        window.button("quizHintButton").requireDisabled();
    }

    @Test
    void eachAnswerCarriesTheHintStepsUsedForItsQuestion() {
        askOutputDelta();
        window.button("quizHintButton").click();
        window.button("quizHintButton").click();
        window.textBox("quizAnswerField").enterText("0.1385\n");
        window.button("quizNextButton").click();
        window.textBox("quizAnswerField").enterText("0.7414\n");
        assertThat(events).extracting(QuizEvent::kind).containsExactly(QuizEvent.Kind.ASKED, QuizEvent.Kind.HINT,
                QuizEvent.Kind.HINT, QuizEvent.Kind.ANSWERED, QuizEvent.Kind.ASKED, QuizEvent.Kind.ANSWERED);
        assertThat(events).extracting(QuizEvent::hints).containsExactly(0, 1, 2, 2, 0, 0);
        List<QuizAnswer> answers = onEdt(() -> quiz().answers());
        assertThat(answers).extracting(QuizAnswer::hints).containsExactly(2, 0);
        assertThat(answers).extracting(a -> a.verdict().correct()).containsExactly(true, false);
        assertThat(answers.get(1).verdict().mistake()).contains(Mistake.SLOPE_LEFT_OUT);
    }

    @Test
    void textThatIsNotANumberIsExplainedAndChangesNothing() {
        askOutputDelta();
        window.textBox("quizAnswerField").enterText("abc\n");
        window.textBox("quizFeedback").requireText("“abc” is not a number: type a value such as 0.1385 or −2.5e−3.");
        assertThat(onEdt(() -> quiz().question())).isPresent();
        assertThat(deltasCell(2, 3)).isEqualTo("?");
        window.textBox("quizAnswerField").deleteText().enterText("−0,1385\n");
        assertThat(events.get(1).verdict().orElseThrow().mistake()).contains(Mistake.RAW_ERROR_SIGN);
    }

    @Test
    void aTeachersQuizIsPlayedInOrderAtItsEpochsToTheEnd() {
        Connection v1 = new Connection(1, 0, 0);
        onEdtRun(() -> quiz().play(List.of(Question.of(1, 0, OUT, Quantity.A),
                Question.of(3, 0, v1, Quantity.UPDATED_WEIGHT))));
        window.textBox("quizQuestion").requireText("Question 1 of 2. Epoch 1, sample 1 of 1: what is a (the activation)"
                + " of output?");
        window.textBox("quizAnswerField").enterText("0.7514\n");
        window.button("quizNextButton").click();
        // The quiz trained two epochs to reach its second question's epoch.
        assertThat(onEdt(() -> panel.get().model().epoch())).isEqualTo(2);
        double expected = onEdt(() -> panel.get().model().trace().after().weight(v1));
        window.textBox("quizAnswerField").enterText(Numbers.format(expected, 6) + "\n");
        window.button("quizNextButton").click();
        assertThat(events).extracting(QuizEvent::kind).containsExactly(QuizEvent.Kind.ASKED, QuizEvent.Kind.ANSWERED,
                QuizEvent.Kind.ASKED, QuizEvent.Kind.ANSWERED, QuizEvent.Kind.FINISHED);
        window.textBox("quizFeedback").requireText("That was the last question of the quiz. "
                + "Score 2 of 2   ·   streak 2 (best 2)");
    }

    /** The hand-worked file with a quiz of its own: δ of the output, then a of hidden 1, both on epoch 1. */
    private static final String WITH_QUIZ = HAND_WORKED.substring(0, HAND_WORKED.lastIndexOf('}')).stripTrailing()
            + ",\n\"quiz\": [{\"epoch\": 1, \"sample\": 0, \"quantity\": \"delta\", \"neuron\": [2, 0],"
            + " \"prompt\": \"How loud is the output's error signal?\"},"
            + " {\"epoch\": 1, \"sample\": 0, \"quantity\": \"a\", \"neuron\": [1, 0]}]}";

    @Test
    void aScenarioWithAQuizOffersItAndItPlaysWithTheTeachersWordsToTheEnd() {
        assertThat(playButtonShowing()).isFalse();
        onEdtRun(() -> panel.get().model().load(ScenarioFiles.parse(WITH_QUIZ)));
        window.button("quizPlayButton").requireVisible().requireText("Play this scenario's quiz (2 questions)");
        window.button("quizPlayButton").click();
        window.textBox("quizQuestion").requireText("Question 1 of 2. How loud is the output's error signal?\n"
                + "Epoch 1, sample 1 of 1: what is δ of output?");
        assertThat(deltasCell(2, 3)).isEqualTo("?");
        window.textBox("quizAnswerField").enterText("0.7414\n");
        assertThat(events.get(1).verdict().orElseThrow().mistake()).contains(Mistake.SLOPE_LEFT_OUT);
        window.button("quizNextButton").click();
        window.textBox("quizQuestion").requireText("Question 2 of 2. Epoch 1, sample 1 of 1: what is a (the activation)"
                + " of hidden 1?");
        // The classic example's out_h1 = σ(0.15·0.05 + 0.20·0.10 + 0.35) = σ(0.3775) = 0.593269992.
        window.textBox("quizAnswerField").enterText("0.5933\n");
        assertThat(events.get(3).verdict().orElseThrow().correct()).isTrue();
        window.button("quizNextButton").click();
        window.textBox("quizFeedback").requireText("That was the last question of the quiz. "
                + "Score 1 of 2   ·   streak 1 (best 1)");
        // Back to a scenario without a quiz: the offer goes.
        onEdtRun(() -> panel.get().model().load(ScenarioFiles.parse(HAND_WORKED)));
        assertThat(playButtonShowing()).isFalse();
    }

    private boolean playButtonShowing() {
        javax.swing.JButton b = robot.finder().findByName(window.target(), "quizPlayButton", javax.swing.JButton.class, false);
        return onEdt(b::isShowing);
    }

    @Test
    void trainingUnderAnOpenQuestionWithdrawsIt() {
        askOutputDelta();
        window.slider("speedSlider").slideToMaximum();
        window.button("stepButton").click();
        Pause.pause(new Condition("the epoch trained") {
            @Override
            public boolean test() {
                return onEdt(() -> panel.get().model().epoch()) == 1;
            }
        }, Timeout.timeout(10_000));
        assertThat(onEdt(() -> quiz().question())).isEmpty();
        assertThat(events).extracting(QuizEvent::kind).contains(QuizEvent.Kind.WITHDRAWN);
        assertThat(deltasCell(2, 3)).isInstanceOf(Double.class);
        assertThat(onEdt(() -> EnumSet.copyOf(quiz().kinds()))).containsExactly(Quantity.DELTA);
    }
}
