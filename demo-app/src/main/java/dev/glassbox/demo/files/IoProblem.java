package dev.glassbox.demo.files;

import dev.glassbox.demo.DemoMessages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/** Why a file operation failed, in a user's words (an I/O exception's message is often just the path). */
public final class IoProblem {
    private IoProblem() {
    }

    /** The reason for {@code e}, e.g. {@code "permission denied"}. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return DemoMessages.text("files.problem.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return DemoMessages.text("files.problem.denied");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }
}
