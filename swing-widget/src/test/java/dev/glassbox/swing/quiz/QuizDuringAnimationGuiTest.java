package dev.glassbox.swing.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.core.testing.HandWorkedScenario;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.testing.GuiTest;
import dev.glassbox.swing.testing.ManualClock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A question asked while an epoch is being animated stays open: the quiz drops the animation
 * (nothing is trained), so that the running phase neither reveals the value nor, in its update
 * phase, trains the epoch the question is about.
 */
class QuizDuringAnimationGuiTest extends GuiTest {
    private final ManualClock clock = new ManualClock();
    private final AtomicReference<GlassboxPanel> panel = new AtomicReference<>();
    private final List<QuizEvent> events = new ArrayList<>();

    private GlassboxModel model() {
        return panel.get().model();
    }

    private QuizModel quiz() {
        return panel.get().quizPanel().quiz();
    }

    private void showAnimatedPanel() {
        show(() -> {
            GlassboxModel m = new GlassboxModel(new TrainingSession(ScenarioFiles.parse(HandWorkedScenario.JSON)), clock);
            m.setSpeed(GlassboxModel.BULK_SPEED - 1);
            GlassboxPanel p = new GlassboxPanel(m);
            p.quizPanel().quiz().addQuizListener(events::add);
            panel.set(p);
            return p;
        }, 1160, 880);
    }

    /** Plays epoch 1 animated until its update phase is running. */
    private void animateIntoTheUpdatePhase() {
        onEdtRun(() -> {
            model().stepEpoch();
            for (int k = 0; k < 200 && model().phase() != Phase.UPDATE; k++) {
                clock.frame(15);
            }
        });
        assertThat(onEdt(() -> model().phase())).isEqualTo(Phase.UPDATE);
    }

    @Test
    void askingInTheUpdatePhaseDropsTheAnimationAndTheQuestionStaysOpen() {
        showAnimatedPanel();
        animateIntoTheUpdatePhase();
        onEdtRun(() -> {
            quiz().setKinds(EnumSet.of(Quantity.DELTA));
            model().setSelected(new NeuronId(2, 0));
            quiz().ask();
        });
        // Time goes on: the dropped animation does not come back and commit the epoch.
        onEdtRun(() -> clock.frames(100, 15));
        assertThat(onEdt(() -> model().phase())).isEqualTo(Phase.IDLE);
        assertThat(onEdt(() -> model().epoch())).isZero();
        assertThat(onEdt(() -> quiz().question().isPresent())).isTrue();
        assertThat(events).extracting(QuizEvent::kind).containsExactly(QuizEvent.Kind.ASKED);
        // δ of the output on epoch 1 of the hand-worked network: 0.7413650696 × 0.1868156018.
        assertThat(onEdt(() -> quiz().answer(0.1384985616).correct())).isTrue();
    }

    @Test
    void afterTheAnswerTheNextStepAnimatesTheEpochFromItsForwardPhase() {
        showAnimatedPanel();
        animateIntoTheUpdatePhase();
        onEdtRun(() -> {
            quiz().setKinds(EnumSet.of(Quantity.A));
            quiz().ask();
            quiz().skip();
            model().stepEpoch();
        });
        assertThat(onEdt(() -> model().phase())).isEqualTo(Phase.FORWARD);
        onEdtRun(() -> clock.frames(200, 15));
        assertThat(onEdt(() -> model().epoch())).isEqualTo(1);
    }
}
