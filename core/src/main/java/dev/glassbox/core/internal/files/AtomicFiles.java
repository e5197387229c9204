package dev.glassbox.core.internal.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Random;

/**
 * The one way Glassbox replaces a user's file: write a new file beside it, then move that into
 * its place in one step. A write that fails half-way (a full disk, a file size limit, an
 * exception) leaves the user's file as it was and no stray file behind.
 */
public final class AtomicFiles {
    private static final Random NAMES = new SecureRandom();

    private AtomicFiles() {
    }

    /** What writes the new content, into the file it is given. */
    @FunctionalInterface
    public interface Writing {
        /**
         * Writes the whole new content.
         *
         * @param temporary the empty file to write to
         * @throws IOException if the content cannot be written
         */
        void to(Path temporary) throws IOException;
    }

    /**
     * Replaces (or creates) {@code target} with what {@code writing} writes, only once it has
     * written all of it.
     *
     * @param target  the file to replace
     * @param writing writes the content into a temporary file beside the target
     * @throws IOException if the content cannot be written or moved into place; the target is then unchanged
     */
    public static void replace(Path target, Writing writing) throws IOException {
        Path temporary = createBeside(target);
        try {
            writing.to(temporary);
            moveIntoPlace(temporary, target);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * A new empty file in the folder of {@code target}, named after it and hidden, with the
     * permissions of the target if it exists. Not {@link Files#createTempFile}: that one is
     * readable by its owner only, and a new file should get the permissions any new file of the
     * user gets.
     *
     * @param target the file the temporary file will replace
     * @return the new empty file
     * @throws IOException if the folder does not exist or is not writable
     */
    public static Path createBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        while (true) {
            Path candidate = folder.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(NAMES.nextLong(), 36) + ".tmp");
            try {
                Path created = Files.createFile(candidate);
                keepPermissions(target, created);
                return created;
            } catch (FileAlreadyExistsException taken) {
                // another name, then
            }
        }
    }

    /**
     * Moves a finished temporary file into the place of {@code target}, replacing it, in one step
     * where the file system can.
     *
     * @param temporary the finished file, in the target's folder
     * @param target    the file to replace
     * @throws IOException if the move fails; the target is then unchanged
     */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A replaced file keeps who may read and write it (where the file system has POSIX permissions). */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (from != null && Files.isRegularFile(target)) {
            Files.setPosixFilePermissions(temporary, from.readAttributes().permissions());
        }
    }
}
