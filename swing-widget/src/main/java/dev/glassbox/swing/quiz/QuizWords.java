package dev.glassbox.swing.quiz;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.quiz.Mistake;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.quiz.Question;
import dev.glassbox.core.quiz.Solution;
import dev.glassbox.core.quiz.Verdict;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import java.math.BigDecimal;

/**
 * How the quiz words its questions, its verdicts and its score: one place for each sentence, in
 * the default locale's words.
 */
final class QuizWords {
    private QuizWords() {
    }

    /** The short name of a kind of value, for the kind check boxes. */
    static String shortName(Quantity q) {
        return switch (q) {
            case Z -> "z";
            case A -> "a";
            case DELTA -> "δ";
            case GRADIENT -> "∂L/∂w";
            case BATCH_GRADIENT -> "ḡ";
            case UPDATED_WEIGHT -> Messages.text("quiz.kind.updatedWeight");
        };
    }

    /** What the value is, in a question: "δ of hidden 1". */
    static String value(Architecture arch, Question q) {
        String of = Names.of(arch, q.element());
        return switch (q.quantity()) {
            case Z -> Messages.text("quiz.value.z", of);
            case A -> Messages.text("quiz.value.a", of);
            case DELTA -> Messages.text("quiz.value.delta", of);
            case GRADIENT -> Messages.text("quiz.value.gradient", of);
            case BATCH_GRADIENT -> Messages.text("quiz.value.batchGradient", of);
            case UPDATED_WEIGHT -> Messages.text("quiz.value.updatedWeight", of);
        };
    }

    /**
     * The question as asked: the teacher's own wording, if any, followed by what exactly is asked,
     * so that a loose prompt still names the value; in a teacher's quiz, which question of how many.
     */
    static String question(Architecture arch, int samples, Question q, int position, int questions) {
        String of = position > 0 ? Messages.text("quiz.question.position", String.valueOf(position),
                String.valueOf(questions)) + " " : "";
        String asked = Messages.text("quiz.question", String.valueOf(q.epoch()), String.valueOf(q.sample() + 1),
                String.valueOf(samples), value(arch, q));
        return of + q.prompt().map(p -> p + "\n" + asked).orElse(asked);
    }

    /** The button that plays a scenario's own quiz. */
    static String playScenarioQuiz(int questions) {
        return Messages.text("quiz.playScenarioQuiz", questions);
    }

    /** The tolerance, stated with the question. */
    static String tolerance() {
        return Messages.text("quiz.tolerance", Math.round(Solution.RELATIVE_TOLERANCE * 100),
                BigDecimal.valueOf(Solution.ABSOLUTE_TOLERANCE).stripTrailingZeros().toPlainString());
    }

    /** The verdict of an answer. */
    static String verdict(Architecture arch, Verdict v) {
        String answer = Numbers.format(v.expected());
        String given = Numbers.format(v.given());
        String value = value(arch, v.question());
        if (v.correct()) {
            return Messages.text("quiz.verdict.right", value, answer, given);
        }
        String wrong = Messages.text("quiz.verdict.wrong", value, answer, given);
        return wrong + " " + v.mistake()
                .map(m -> Messages.text("quiz.verdict.mistake", explanation(m)))
                .orElse(Messages.text("quiz.verdict.unknown"));
    }

    /** What went wrong in a known mistake, and what is right. */
    static String explanation(Mistake m) {
        return switch (m) {
            case BIAS_LEFT_OUT -> Messages.text("quiz.mistake.biasLeftOut");
            case ACTIVATION_LEFT_OUT -> Messages.text("quiz.mistake.activationLeftOut");
            case SLOPE_LEFT_OUT -> Messages.text("quiz.mistake.slopeLeftOut");
            case RAW_ERROR_SIGN -> Messages.text("quiz.mistake.rawErrorSign");
            case HALF_KEPT -> Messages.text("quiz.mistake.halfKept");
            case HALF_DROPPED_TWICE -> Messages.text("quiz.mistake.halfDroppedTwice");
            case NEW_WEIGHT_IN_BACKPROP -> Messages.text("quiz.mistake.newWeightInBackprop");
            case TARGET_ACTIVATION -> Messages.text("quiz.mistake.targetActivation");
            case SUM_NOT_MEAN -> Messages.text("quiz.mistake.sumNotMean");
            case UPDATE_SIGN -> Messages.text("quiz.mistake.updateSign");
            case LEARNING_RATE_LEFT_OUT -> Messages.text("quiz.mistake.learningRateLeftOut");
        };
    }

    /** The score line. */
    static String score(int right, int asked, int streak, int best) {
        return Messages.text("quiz.score", right, asked, streak, best);
    }

    /** The message for an answer that is not a number. */
    static String notANumber(String text) {
        return Messages.text("quiz.notANumber", text);
    }
}
