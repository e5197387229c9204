package dev.glassbox.swing.quiz;

import dev.glassbox.core.quiz.Mistake;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.quiz.Step;
import dev.glassbox.core.quiz.Verdict;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.model.GlassboxModelEvent;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JViewport;
import javax.swing.ListCellRenderer;

/**
 * The quiz, as a student uses it: the question, a field for the answer, Check, Hint and Next,
 * the verdict naming a recognised mistake, the worked solution revealed a line at a time (all of
 * it after an answer, with the mistaken step highlighted), the score and streak, and which kinds
 * of value are asked. It observes a {@link QuizModel}. Names: {@code quizPanel},
 * {@code quizQuestion}, {@code quizAnswerField}, {@code quizCheckButton}, {@code quizHintButton},
 * {@code quizNextButton}, {@code quizPlayButton} (shown for a scenario with a quiz of its own), {@code quizTolerance}, {@code quizFeedback}, {@code quizSteps}, {@code quizScore} and
 * {@code quizKind.<id>} for each kind ({@code quizKind.delta}, …).
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class QuizPanel extends JPanel {
    private final QuizModel quiz;
    private final JTextArea questionText = wrapped("quizQuestion");
    private final JTextArea tolerance = wrapped("quizTolerance");
    private final JTextField answerField = new JTextField(10);
    private final JButton checkButton = new JButton(Messages.text("quiz.check"));
    private final JButton hintButton = new JButton(Messages.text("quiz.hint"));
    private final JButton nextButton = new JButton(Messages.text("quiz.ask"));
    private final JButton playButton = new JButton();
    /** The play button's row, shown only for a scenario with a quiz of its own. */
    private final JPanel playRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
    private final JTextArea feedback = wrapped("quizFeedback");
    private final DefaultListModel<WorkedStep> steps = new DefaultListModel<>();
    private final JList<WorkedStep> stepList = new JList<>(steps);
    private final JLabel score = new JLabel();
    private final Map<Quantity, JCheckBox> kindBoxes = new EnumMap<>(Quantity.class);
    /** The step to highlight in the worked solution: the last answer's mistake. */
    private Step mistaken;
    /** The last question's worked solution, shown whole once it is answered. */
    private List<WorkedStep> lastWorked = List.of();

    /**
     * A panel for {@code quiz}.
     *
     * @param quiz the quiz it shows and answers
     */
    public QuizPanel(QuizModel quiz) {
        super(new BorderLayout(0, 6));
        this.quiz = quiz;
        setName("quizPanel");
        answerField.setName("quizAnswerField");
        checkButton.setName("quizCheckButton");
        hintButton.setName("quizHintButton");
        nextButton.setName("quizNextButton");
        playButton.setName("quizPlayButton");
        playButton.setToolTipText(Messages.text("quiz.play.tip"));
        stepList.setName("quizSteps");
        score.setName("quizScore");
        answerField.getAccessibleContext().setAccessibleName(Messages.text("quiz.answer.name"));
        checkButton.setToolTipText(Messages.text("quiz.check.tip"));
        hintButton.setToolTipText(Messages.text("quiz.hint.tip"));
        stepList.setCellRenderer(new StepRenderer());
        stepList.setVisibleRowCount(5);

        JPanel north = new JPanel();
        north.setLayout(new BoxLayout(north, BoxLayout.Y_AXIS));
        north.add(questionText);
        // Wrapped like the question: the column is narrow, and the rule must be read whole.
        tolerance.setText(QuizWords.tolerance());
        north.add(tolerance);
        // Two short rows, not one long one: the quiz sits in a column a third of a 1366 px window wide.
        JPanel answerRow = new JPanel(new BorderLayout(4, 0));
        answerRow.setAlignmentX(Component.LEFT_ALIGNMENT);
        answerRow.add(answerField, BorderLayout.CENTER);
        answerRow.add(checkButton, BorderLayout.EAST);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        buttons.setAlignmentX(Component.LEFT_ALIGNMENT);
        buttons.add(hintButton);
        buttons.add(nextButton);
        north.add(Box.createVerticalStrut(4));
        north.add(answerRow);
        north.add(buttons);
        // A row of its own: the button's text is long, and a flow row does not grow to a second line.
        playRow.setAlignmentX(Component.LEFT_ALIGNMENT);
        playRow.add(playButton);
        north.add(playRow);
        north.add(feedback);
        add(north, BorderLayout.NORTH);
        // A heading, not a TitledBorder: a titled border listens to UIManager for good, which would
        // keep this panel referenced after its widget is closed.
        JPanel solution = new JPanel(new BorderLayout(0, 2));
        solution.add(new JLabel(Messages.text("quiz.workedSolution")), BorderLayout.NORTH);
        JScrollPane stepsScroll = new JScrollPane(stepList, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        // Wrapped lines change height with the width: the list measures its cells again.
        stepsScroll.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                stepList.setFixedCellHeight(1);
                stepList.setFixedCellHeight(-1);
            }
        });
        solution.add(stepsScroll, BorderLayout.CENTER);
        add(solution, BorderLayout.CENTER);
        add(south(), BorderLayout.SOUTH);

        checkButton.addActionListener(e -> check());
        answerField.addActionListener(e -> check());
        hintButton.addActionListener(e -> quiz.hint());
        nextButton.addActionListener(e -> next());
        playButton.addActionListener(e -> playScenarioQuiz());
        // Another scenario may bring a quiz of its own (or none).
        ModelBinding.whileDisplayable(this, quiz.model()).onTraining(e -> {
            if (e.kind() == GlassboxModelEvent.Kind.LOADED) {
                refresh();
            }
        });
        quiz.addQuizListener(e -> {
            if (e.kind() == QuizEvent.Kind.ASKED) {
                mistaken = null;
                feedback.setText("");
                answerField.setText("");
                answerField.requestFocusInWindow();
            } else if (e.kind() == QuizEvent.Kind.ANSWERED) {
                Verdict v = e.verdict().orElseThrow();
                mistaken = v.mistake().map(Mistake::step).orElse(null);
                feedback.setText(QuizWords.verdict(quiz.model().architecture(), v));
            } else if (e.kind() == QuizEvent.Kind.WITHDRAWN) {
                feedback.setText(Messages.text("quiz.withdrawn"));
            } else if (e.kind() == QuizEvent.Kind.FINISHED) {
                feedback.setText(Messages.text("quiz.finished", scoreText()));
            }
            refresh();
        });
        refresh();
    }

    private JPanel south() {
        JPanel south = new JPanel();
        south.setLayout(new BoxLayout(south, BoxLayout.Y_AXIS));
        JLabel askFor = new JLabel(Messages.text("quiz.askFor"));
        askFor.setAlignmentX(Component.LEFT_ALIGNMENT);
        south.add(askFor);
        JPanel kinds = new JPanel(new GridLayout(0, 3, 4, 0));
        for (Quantity q : Quantity.values()) {
            JCheckBox box = new JCheckBox(QuizWords.shortName(q), quiz.kinds().contains(q));
            box.setName("quizKind." + q.id());
            box.addActionListener(e -> chooseKinds(box));
            kindBoxes.put(q, box);
            kinds.add(box);
        }
        kinds.setAlignmentX(Component.LEFT_ALIGNMENT);
        score.setAlignmentX(Component.LEFT_ALIGNMENT);
        south.add(kinds);
        south.add(Box.createVerticalStrut(2));
        south.add(score);
        return south;
    }

    private static JTextArea wrapped(String name) {
        JTextArea a = new JTextArea();
        a.setName(name);
        a.setEditable(false);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        a.setOpaque(false);
        a.setFocusable(false);
        a.setBorder(BorderFactory.createEmptyBorder());
        a.setAlignmentX(Component.LEFT_ALIGNMENT);
        return a;
    }

    /** {@return the quiz this panel shows} */
    public QuizModel quiz() {
        return quiz;
    }

    private void chooseKinds(JCheckBox changed) {
        Set<Quantity> chosen = EnumSet.noneOf(Quantity.class);
        kindBoxes.forEach((q, box) -> {
            if (box.isSelected()) {
                chosen.add(q);
            }
        });
        if (chosen.isEmpty()) {
            // At least one kind stays chosen: the last box cannot be cleared.
            changed.setSelected(true);
            return;
        }
        quiz.setKinds(chosen);
    }

    private void check() {
        if (quiz.question().isEmpty()) {
            return;
        }
        Optional<Double> value = parse(answerField.getText());
        if (value.isEmpty()) {
            feedback.setText(QuizWords.notANumber(answerField.getText().strip()));
            return;
        }
        quiz.answer(value.get());
    }

    /** A number as people type it: a minus or "−", a point or a comma, an exponent. */
    static Optional<Double> parse(String text) {
        String t = text.strip().replace(Numbers.MINUS, "-").replace('−', '-');
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) { //$NON-NLS$ a pattern
            return Optional.empty();
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
    }

    private void next() {
        try {
            quiz.next();
        } catch (IllegalStateException e) {
            feedback.setText(e.getMessage());
        }
    }

    private void playScenarioQuiz() {
        try {
            quiz.playScenarioQuiz();
        } catch (IllegalArgumentException | IllegalStateException e) {
            feedback.setText(e.getMessage());
        }
    }

    private String scoreText() {
        return QuizWords.score(quiz.right(), quiz.answers().size(), quiz.streak(), quiz.bestStreak());
    }

    private void refresh() {
        boolean open = quiz.question().isPresent();
        questionText.setText(quiz.question()
                .map(q -> QuizWords.question(quiz.model().architecture(), quiz.model().samples().size(), q,
                        quiz.teacherPosition(), quiz.teacherQuestions().size()))
                .orElse(quiz.answers().isEmpty() ? Messages.text("quiz.intro", Messages.text("quiz.ask"))
                        : Messages.text("quiz.another", Messages.text("quiz.next"))));
        answerField.setEnabled(open);
        checkButton.setEnabled(open);
        hintButton.setEnabled(open && quiz.hintsShown() < quiz.workedSolution().size());
        nextButton.setText(quiz.answers().isEmpty() && !open ? Messages.text("quiz.ask") : Messages.text("quiz.next"));
        int authored = quiz.model().scenario().quiz().size();
        playRow.setVisible(authored > 0);
        playButton.setText(QuizWords.playScenarioQuiz(authored));
        steps.clear();
        if (open) {
            quiz.workedSolution().stream().limit(quiz.hintsShown()).forEach(steps::addElement);
        } else {
            lastWorked.forEach(steps::addElement);
        }
        if (open) {
            lastWorked = quiz.workedSolution();
        }
        score.setText(scoreText());
    }

    /**
     * Each line of the worked solution wrapped to the list's width (a long sum must be read whole,
     * not scrolled sideways); the mistaken step on the highlight color.
     */
    private final class StepRenderer implements ListCellRenderer<WorkedStep> {
        private final JTextArea area = wrapped("quizStep");

        @Override
        public Component getListCellRendererComponent(JList<? extends WorkedStep> list, WorkedStep w, int index,
                boolean selected, boolean focus) {
            area.setText(w.text());
            area.setFont(list.getFont());
            area.setOpaque(true);
            boolean marked = w.step() == mistaken;
            area.setBackground(selected ? list.getSelectionBackground()
                    : marked ? GlassboxTheme.color(GlassboxTheme.ROW_HIGHLIGHT) : list.getBackground());
            area.setForeground(selected ? list.getSelectionForeground()
                    : marked ? GlassboxTheme.color(GlassboxTheme.TEXT) : list.getForeground());
            int width = list.getParent() instanceof JViewport v ? v.getWidth() : list.getWidth();
            area.setSize(Math.max(width, 40), Short.MAX_VALUE);
            return area;
        }
    }
}
