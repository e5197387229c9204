package dev.glassbox.demo.export;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.demo.files.ErrorDialog;
import dev.glassbox.demo.files.IoProblem;
import dev.glassbox.swing.quiz.QuizAnswer;
import java.awt.Component;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.SwingWorker;

/**
 * A window's exports — pictures, the training trace and the quiz answers — with their outcome told to the user: a
 * line on the status bar when the file is written, an error dialog naming the problem when not.
 * Event thread only.
 */
public final class Exports {
    private final Component parent;
    private final Consumer<String> status;

    /** Exports reporting on {@code status}, with error dialogs over {@code parent}. */
    public Exports(Component parent, Consumer<String> status) {
        this.parent = parent;
        this.status = status;
    }

    /** Writes a picture of some part of the window; {@code scale} is only reported. */
    @FunctionalInterface
    public interface PictureWriter {
        /** Writes the file. */
        void write() throws IOException;
    }

    /** Writes {@code file} with {@code writer}; returns whether it was written. */
    public boolean picture(Path file, int scale, PictureWriter writer) {
        try {
            writer.write();
        } catch (IOException e) {
            failed(file, IoProblem.describe(e));
            return false;
        }
        status.accept("Exported " + file.getFileName() + (scale > 1 ? " at " + scale + "×" : ""));
        return true;
    }

    /**
     * Writes {@code session}'s training trace so far to {@code file} in the background (see
     * {@link TraceExport}); the returned worker is done when the file is complete.
     */
    public SwingWorker<Void, Void> trace(TrainingSession session, Path file) {
        TraceExport export = new TraceExport(session);
        status.accept("Writing " + file.getFileName() + "…");
        SwingWorker<Void, Void> worker = new SwingWorker<>() {
            @Override
            protected Void doInBackground() throws IOException {
                export.write(file);
                return null;
            }

            @Override
            protected void done() {
                try {
                    get();
                    status.accept("Exported " + file.getFileName() + ": " + export.rows()
                            + (export.stride() == 1 ? " epochs" : " rows, one every " + export.stride() + " epochs"));
                } catch (ExecutionException e) {
                    status.accept(" ");
                    failed(file, e.getCause() instanceof IOException io ? IoProblem.describe(io) : e.getCause().toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        return worker;
    }

    /**
     * Writes a student's quiz answers to {@code file} as CSV ({@link QuizAnswers}); returns whether
     * it was written. With no answers yet nothing is written and the status says why.
     */
    public boolean quizAnswers(Path file, Architecture arch, List<QuizAnswer> answers) {
        if (answers.isEmpty()) {
            status.accept("No quiz answers yet: answer a question on the Quiz tab first");
            return false;
        }
        try {
            QuizAnswers.write(file, arch, answers);
        } catch (IOException e) {
            failed(file, IoProblem.describe(e));
            return false;
        }
        status.accept("Exported " + file.getFileName() + ": " + answers.size()
                + (answers.size() == 1 ? " answer" : " answers"));
        return true;
    }

    private void failed(Path file, String why) {
        ErrorDialog.show(parent, "Cannot export", "Cannot write " + file.getFileName() + ": " + why);
    }
}
