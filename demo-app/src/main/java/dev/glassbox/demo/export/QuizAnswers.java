package dev.glassbox.demo.export;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.quiz.Question;
import dev.glassbox.core.quiz.Verdict;
import dev.glassbox.demo.cli.CsvDialect;
import dev.glassbox.demo.cli.TextFileReplacement;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.quiz.QuizAnswer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * A student's quiz answers as CSV, for the teacher: one row per answer, in the order given, with
 * the question (as the window names it and as the scenario file writes it), the value given, the
 * right one, the verdict, the mistake recognised and how many hint steps were used. Numbers are written in full precision, with a
 * point, so that a spreadsheet in any locale reads them alike.
 */
public final class QuizAnswers {
    /** The header row. */
    static final List<String> HEADER = List.of("answer", "epoch", "sample", "element", "in_file", "quantity", "prompt",
            "given", "expected", "tolerance", "result", "mistake", "hints");

    private QuizAnswers() {
    }

    /**
     * Writes {@code answers} to {@code file}, replacing it only once the whole file is written.
     *
     * @param file    the CSV file
     * @param arch    the network the questions were asked of, for the elements' names
     * @param answers the answers, in the order given, each with its hint steps
     * @throws IOException if the file cannot be written; a file already there is then left as it was
     */
    public static void write(Path file, Architecture arch, List<QuizAnswer> answers) throws IOException {
        try (TextFileReplacement out = new TextFileReplacement(file);
             CSVPrinter printer = new CSVPrinter(out.writer(), CsvDialect.format())) {
            printer.printRecord(HEADER);
            for (int k = 0; k < answers.size(); k++) {
                printer.printRecord(row(k + 1, arch, answers.get(k)));
            }
            printer.flush();
            out.commit();
        }
    }

    /** One answer's row; the sample counted from 1, as the window shows it. */
    static List<Object> row(int number, Architecture arch, QuizAnswer answer) {
        Verdict v = answer.verdict();
        Question q = v.question();
        return List.of(number, q.epoch(), q.sample() + 1, Names.of(arch, q.element()), inFile(q), q.quantity().id(),
                q.prompt().orElse(""), v.given(), v.expected(), v.tolerance(), v.correct() ? "right" : "wrong",
                v.mistake().map(m -> m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).orElse(""),
                answer.hints());
    }

    /** The element as a scenario file's quiz section writes it: {@code neuron [2, 0]}, {@code weight [1, 0, 1]}. */
    private static String inFile(Question q) {
        if (q.element() instanceof Connection c) {
            return "weight [" + c.layer() + ", " + c.to() + ", " + c.from() + "]";
        }
        NeuronId n = (NeuronId) q.element();
        return "neuron [" + n.layer() + ", " + n.index() + "]";
    }
}
