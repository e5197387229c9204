package dev.glassbox.swing.quiz;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.quiz.Question;
import dev.glassbox.core.quiz.Solution;
import dev.glassbox.core.quiz.Verdict;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import java.math.BigDecimal;

/** How the quiz words its questions, its verdicts and its score: one place for each sentence. */
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
            case UPDATED_WEIGHT -> "new w";
        };
    }

    /** What the value is, in a question: "δ of hidden 1". */
    static String value(Architecture arch, Question q) {
        String of = Names.of(arch, q.element());
        return switch (q.quantity()) {
            case Z -> "z (the weighted input) of " + of;
            case A -> "a (the activation) of " + of;
            case DELTA -> "δ of " + of;
            case GRADIENT -> "this sample's gradient ∂L/∂w of w " + of;
            case BATCH_GRADIENT -> "the batch gradient ḡ of w " + of;
            case UPDATED_WEIGHT -> "w " + of + " after the update";
        };
    }

    /**
     * The question as asked: the teacher's own wording, if any, followed by what exactly is asked,
     * so that a loose prompt still names the value; in a teacher's quiz, which question of how many.
     */
    static String question(Architecture arch, int samples, Question q, int position, int questions) {
        String of = position > 0 ? "Question " + position + " of " + questions + ". " : "";
        String where = "Epoch " + q.epoch() + ", sample " + (q.sample() + 1) + " of " + samples + ": ";
        String asked = "what is " + value(arch, q) + "?";
        return of + q.prompt().map(p -> p + "\n" + where + asked).orElse(where + asked);
    }

    /** The button that plays a scenario's own quiz. */
    static String playScenarioQuiz(int questions) {
        return "Play this scenario's quiz (" + questions + (questions == 1 ? " question)" : " questions)");
    }

    /** The tolerance, stated with the question. */
    static String tolerance() {
        return "Work it out before it is shown. Right within "
                + Math.round(Solution.RELATIVE_TOLERANCE * 100) + " % (" + BigDecimal.valueOf(Solution.ABSOLUTE_TOLERANCE).stripTrailingZeros().toPlainString()
                + " near 0); the numbers on screen may be used.";
    }

    /** The verdict of an answer. */
    static String verdict(Architecture arch, Verdict v) {
        String answer = Numbers.format(v.expected());
        String given = Numbers.format(v.given());
        if (v.correct()) {
            return "Right: " + value(arch, v.question()) + " = " + answer + " (you gave " + given + ").";
        }
        String wrong = "Not quite: " + value(arch, v.question()) + " = " + answer + ", you gave " + given + ".";
        return v.mistake()
                .map(m -> wrong + " That is the value you get when " + m.explanation() + ".")
                .orElse(wrong + " Compare your steps with the worked solution.");
    }

    /** The score line. */
    static String score(int right, int asked, int streak, int best) {
        return "Score " + right + " of " + asked + "   ·   streak " + streak + " (best " + best + ")";
    }

    /** The message for an answer that is not a number. */
    static String notANumber(String text) {
        return "“" + text + "” is not a number: type a value such as 0.1385 or −2.5e−3.";
    }
}
