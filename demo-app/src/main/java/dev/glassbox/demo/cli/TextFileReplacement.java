package dev.glassbox.demo.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * A UTF-8 text file written beside its target and moved into its place in one step by
 * {@link #commit()}: a run that fails part way (a full disk, a file size limit, a divergence, a
 * cancel) leaves no partial file, and a file the user already had there stays as it was.
 */
final class TextFileReplacement implements Closeable {
    private static final SecureRandom NAMES = new SecureRandom();

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
    TextFileReplacement(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "Is a directory");
        }
        target = file;
        temporary = createBeside(file);
        try {
            out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * A new empty file in the folder of {@code file}, named after it and hidden. Not
     * {@link Files#createTempFile}: that one is readable by its owner only, and the file should get
     * the permissions any new file of the user gets.
     */
    private static Path createBeside(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        while (true) {
            Path candidate = folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(NAMES.nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // another name, then
            }
        }
    }

    /** Where the text is written until the commit. */
    Writer writer() {
        return out;
    }

    /**
     * Finishes the file and moves it into the place of the target, replacing any file there.
     *
     * @throws IOException if the text cannot be flushed or the file cannot be moved into place
     */
    void commit() throws IOException {
        out.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
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
