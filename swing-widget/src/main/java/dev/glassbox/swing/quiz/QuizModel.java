package dev.glassbox.swing.quiz;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.quiz.Question;
import dev.glassbox.core.quiz.Solution;
import dev.glassbox.core.quiz.Verdict;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.internal.event.Listeners;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelListener;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A self-test on a {@link GlassboxModel}: before the glass box shows a number of the pending
 * epoch, the quiz hides it from every view and asks for it; an answer is checked against the
 * trace, and a wrong one is matched against the common mistakes. Hints reveal the worked solution
 * a step at a time. The quiz keeps a score and a streak, and every answer is told to the
 * listeners ({@link QuizEvent.Kind#ANSWERED}) with its verdict, so courseware can record it.
 *
 * <p>Two ways to play: {@link #ask()} picks a question on the pending epoch (of the kinds chosen
 * by {@link #setKinds}, about the selected element where it fits, else one at random), and
 * {@link #play(List)} plays a teacher's list of questions in order, training or rewinding the
 * model to each question's epoch. While a question is open, playback is paused; if the network
 * trains, resets or loads under it, the question is withdrawn. On the event thread only.
 */
public final class QuizModel {
    private final GlassboxModel model;
    private final Listeners<QuizListener> listeners = new Listeners<>();
    private final List<QuizAnswer> answers = new ArrayList<>();
    private final GlassboxModelListener modelListener = e -> withdraw();
    private Set<Quantity> kinds = EnumSet.allOf(Quantity.class);
    private Random random = new Random(1);
    private List<Question> teacher = List.of();
    private int next;
    private Question question;
    private Solution solution;
    private List<WorkedStep> worked = List.of();
    private int hints;
    private int streak;
    private int bestStreak;
    private boolean asking;

    /**
     * A quiz on {@code model}'s network.
     *
     * @param model the model whose pending epoch is asked about
     */
    public QuizModel(GlassboxModel model) {
        this.model = Objects.requireNonNull(model, "model");
        model.addListener(modelListener);
    }

    /** {@return the model asked about} */
    public GlassboxModel model() {
        return model;
    }

    // ---------------------------------------------------------------- listeners

    /**
     * Adds a listener, told on the event thread of every question, hint and answer.
     *
     * @param l the listener
     * @throws IllegalStateException if called off the event thread
     */
    public void addQuizListener(QuizListener l) {
        EventThread.require("QuizModel.addQuizListener");
        listeners.add(l);
    }

    /**
     * Removes a listener added with {@link #addQuizListener}.
     *
     * @param l the listener
     * @throws IllegalStateException if called off the event thread
     */
    public void removeQuizListener(QuizListener l) {
        EventThread.require("QuizModel.removeQuizListener");
        listeners.remove(l);
    }

    private void fire(QuizEvent.Kind kind, Question q, Verdict v, int hintsUsed) {
        QuizEvent e = new QuizEvent(this, kind, q, Optional.ofNullable(v), hintsUsed);
        listeners.fire(l -> l.quizChanged(e));
    }

    // ---------------------------------------------------------------- choosing

    /** {@return the kinds of value the quiz picks its questions from} */
    public Set<Quantity> kinds() {
        return EnumSet.copyOf(kinds);
    }

    /**
     * Chooses which kinds of value {@link #ask()} asks for.
     *
     * @param chosen one kind or more
     * @throws IllegalArgumentException if none is chosen
     */
    public void setKinds(Set<Quantity> chosen) {
        EventThread.require("QuizModel.setKinds");
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("quiz.error.noKind"));
        }
        kinds = EnumSet.copyOf(chosen);
    }

    /**
     * Seeds the choice of questions, so that a class can be asked the same ones.
     *
     * @param seed the seed
     */
    public void setSeed(long seed) {
        EventThread.require("QuizModel.setSeed");
        random = new Random(seed);
    }

    // ---------------------------------------------------------------- asking

    /**
     * Asks a question on the pending epoch and the viewed sample: of a kind chosen by
     * {@link #setKinds}, about the selected element if it has such a value, else about an element
     * picked at random. Pauses playback and hides the value from the views.
     *
     * @return the question asked
     * @throws IllegalStateException off the event thread
     */
    public Question ask() {
        EventThread.require("QuizModel.ask");
        teacher = List.of();
        return open(pick());
    }

    /**
     * Plays a teacher's questions in order, starting with the first; {@link #next()} goes on after
     * each answer. For each, the model is trained (or rewound) to the question's epoch.
     *
     * @param questions the questions, e.g. a scenario's quiz section
     * @return the first question
     * @throws IllegalArgumentException if the list is empty, or a question cannot be asked of the network
     * @throws IllegalStateException    off the event thread
     */
    public Question play(List<Question> questions) {
        EventThread.require("QuizModel.play");
        if (questions.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("quiz.error.noQuestions"));
        }
        Architecture arch = model.architecture();
        for (int k = 0; k < questions.size(); k++) {
            Optional<String> problem = questions.get(k).problemIn(arch, model.samples().size());
            if (problem.isPresent()) {
                throw new IllegalArgumentException(Messages.text("quiz.error.question", String.valueOf(k + 1), problem.get()));
            }
        }
        teacher = List.copyOf(questions);
        next = 0;
        return next().orElseThrow();
    }

    /**
     * Plays the quiz of the model's scenario (its file's {@code quiz} section), as {@link #play} does.
     *
     * @return the first question
     * @throws IllegalArgumentException if the scenario has no quiz
     * @throws IllegalStateException    off the event thread
     */
    public Question playScenarioQuiz() {
        EventThread.require("QuizModel.playScenarioQuiz");
        if (model.scenario().quiz().isEmpty()) {
            throw new IllegalArgumentException(Messages.text("quiz.error.noQuiz", model.scenario().name()));
        }
        return play(model.scenario().quiz());
    }

    /** {@return the teacher's questions being played, in order; empty while the quiz picks its own} */
    public List<Question> teacherQuestions() {
        return teacher;
    }

    /**
     * Where the teacher's quiz is: the number of its questions asked so far, the open one included.
     *
     * @return from 1 to the number of questions while one is played, 0 while the quiz picks its own
     */
    public int teacherPosition() {
        return teacher.isEmpty() ? 0 : next;
    }

    /**
     * The next question: the teacher's next one, or a new one picked as {@link #ask()} does.
     *
     * @return the question asked, or empty when the teacher's quiz is over ({@link QuizEvent.Kind#FINISHED})
     * @throws IllegalStateException off the event thread
     */
    public Optional<Question> next() {
        EventThread.require("QuizModel.next");
        if (teacher.isEmpty()) {
            return Optional.of(open(pick()));
        }
        if (next >= teacher.size()) {
            withdraw();
            fire(QuizEvent.Kind.FINISHED, question, null, 0);
            return Optional.empty();
        }
        Question q = teacher.get(next++);
        goToEpoch(q.epoch());
        return Optional.of(open(q));
    }

    /** Trains or rewinds the model so that its pending epoch is {@code epoch}. */
    private void goToEpoch(int epoch) {
        int at = epoch - 1;
        asking = true;
        try {
            model.cancelEpoch();
            if (model.epoch() > at) {
                model.session().seek(at);
            } else if (model.epoch() < at) {
                model.session().run(at - model.epoch());
            }
        } finally {
            asking = false;
        }
        if (model.epoch() != at) {
            throw new IllegalStateException(Messages.text("quiz.error.diverged", String.valueOf(model.epoch()),
                    String.valueOf(epoch)));
        }
    }

    private Question pick() {
        EpochTrace t = model.trace();
        List<Quantity> chosen = new ArrayList<>(kinds);
        Quantity q = chosen.get(random.nextInt(chosen.size()));
        NetworkElement selected = model.selected();
        NetworkElement e = fits(selected, q) ? selected : randomElement(t.architecture(), q);
        return Question.of(t.epoch(), model.viewedSample(), e, q);
    }

    private static boolean fits(NetworkElement e, Quantity q) {
        return e != null && q.ofConnection() == (e instanceof Connection)
                && !(e instanceof NeuronId n && n.layer() == 0);
    }

    private NetworkElement randomElement(Architecture arch, Quantity q) {
        if (q.ofConnection()) {
            int l = random.nextInt(arch.depth());
            return new Connection(l, random.nextInt(arch.size(l)), random.nextInt(arch.size(l + 1)));
        }
        int l = 1 + random.nextInt(arch.depth());
        return new NeuronId(l, random.nextInt(arch.size(l)));
    }

    private Question open(Question q) {
        withdraw();
        asking = true;
        try {
            // The quiz owns the reveal: an animated epoch under way would show the value or, in its
            // update phase, train the epoch asked about.
            model.cancelEpoch();
        } finally {
            asking = false;
        }
        EpochTrace t = model.trace();
        solution = Solution.of(t, q);
        worked = WorkedSolution.of(t, q);
        hints = 0;
        question = q;
        asking = true;
        try {
            model.setViewedSample(q.sample());
            model.setSelected(q.element());
            model.inspection().setConcealed(new Concealed(q.element(), q.quantity(), q.sample()));
        } finally {
            asking = false;
        }
        fire(QuizEvent.Kind.ASKED, q, null, 0);
        return q;
    }

    /** Drops the open question, if any, and shows its value again. */
    private void withdraw() {
        if (asking || question == null) {
            return;
        }
        Question dropped = question;
        int used = hints;
        close();
        fire(QuizEvent.Kind.WITHDRAWN, dropped, null, used);
    }

    private void close() {
        question = null;
        solution = null;
        model.inspection().setConcealed(null);
    }

    /**
     * Drops the open question unanswered (it does not count), showing its value again.
     *
     * @throws IllegalStateException off the event thread
     */
    public void skip() {
        EventThread.require("QuizModel.skip");
        withdraw();
    }

    // ---------------------------------------------------------------- answering

    /** {@return the open question, or empty} */
    public Optional<Question> question() {
        return Optional.ofNullable(question);
    }

    /** {@return the open question's solution (its expected value and tolerance), or empty} */
    public Optional<Solution> solution() {
        return Optional.ofNullable(solution);
    }

    /**
     * The open question's worked solution, line by line (all of it, also the lines not yet
     * revealed by {@link #hint()}), or an empty list.
     *
     * @return the lines
     */
    public List<WorkedStep> workedSolution() {
        return question == null ? List.of() : worked;
    }

    /** {@return how many lines of the worked solution the hints have revealed} */
    public int hintsShown() {
        return hints;
    }

    /**
     * Reveals one more line of the worked solution.
     *
     * @return whether there was one more to reveal
     * @throws IllegalStateException off the event thread, or with no question open
     */
    public boolean hint() {
        EventThread.require("QuizModel.hint");
        requireOpen();
        if (hints >= worked.size()) {
            return false;
        }
        hints++;
        fire(QuizEvent.Kind.HINT, question, null, hints);
        return true;
    }

    /**
     * Answers the open question, counts the answer (with the hint steps used for it), and shows the
     * value in the views again.
     *
     * @param given the student's value
     * @return the verdict, with the mistake recognised for a wrong answer
     * @throws IllegalArgumentException if {@code given} is not a finite number
     * @throws IllegalStateException    off the event thread, or with no question open
     */
    public Verdict answer(double given) {
        EventThread.require("QuizModel.answer");
        requireOpen();
        if (!Double.isFinite(given)) {
            throw new IllegalArgumentException("an answer must be a finite number, not " + given);
        }
        Verdict v = solution.check(given);
        int used = hints;
        answers.add(new QuizAnswer(v, used));
        streak = v.correct() ? streak + 1 : 0;
        bestStreak = Math.max(bestStreak, streak);
        Question answered = question;
        close();
        fire(QuizEvent.Kind.ANSWERED, answered, v, used);
        return v;
    }

    private void requireOpen() {
        if (question == null) {
            throw new IllegalStateException("no question is open");
        }
    }

    // ---------------------------------------------------------------- the score

    /** {@return every answer given, in order, each with the hint steps used for it} */
    public List<QuizAnswer> answers() {
        return List.copyOf(answers);
    }

    /** {@return how many answers were right} */
    public int right() {
        return (int) answers.stream().filter(a -> a.verdict().correct()).count();
    }

    /** {@return the number of right answers in a row, up to the last one} */
    public int streak() {
        return streak;
    }

    /** {@return the longest run of right answers} */
    public int bestStreak() {
        return bestStreak;
    }

    /**
     * Ends the quiz: drops an open question (showing its value again) and stops observing the model.
     *
     * @throws IllegalStateException off the event thread
     */
    public void dispose() {
        EventThread.require("QuizModel.dispose");
        withdraw();
        model.removeListener(modelListener);
    }
}
