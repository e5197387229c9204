package dev.glassbox.demo.cli;

import dev.glassbox.core.internal.files.AtomicFiles;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A UTF-8 text file written beside its target and moved into its place in one step by
 * {@link #commit()} (through {@link AtomicFiles}, the one way a user's file is replaced), for output
 * written as it goes: a run that fails part way (a full disk, a file size limit, a divergence, a
 * cancel) leaves no partial file, and a file the user already had there stays as it was.
 */
public final class TextFileReplacement implements Closeable {
    private final Path target;
    private final Path temporary;
    private final BufferedWriter out;
    private boolean committed;

    /**
     * Starts the file that will replace {@code file} once committed.
     *
     * @param file where the text goes on {@link #commit()}
     * @throws IOException if {@code file} is a directory or no file can be created beside it
     */
    public TextFileReplacement(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "Is a directory");
        }
        target = file;
        temporary = AtomicFiles.createBeside(file);
        try {
            out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Where the text is written until the commit. */
    public Writer writer() {
        return out;
    }

    /**
     * Finishes the file and moves it into the place of the target, replacing any file there.
     *
     * @throws IOException if the text cannot be flushed or the file cannot be moved into place
     */
    public void commit() throws IOException {
        out.close();
        AtomicFiles.moveIntoPlace(temporary, target);
        committed = true;
    }

    /** Closes the file; unless it was {@linkplain #commit() committed}, deletes it and leaves the target alone. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            out.close();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
