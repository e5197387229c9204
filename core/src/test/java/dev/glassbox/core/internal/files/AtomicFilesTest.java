package dev.glassbox.core.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's file is replaced whole or not at all. */
class AtomicFilesTest {
    @TempDir
    Path folder;

    private String[] filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aFinishedWriteReplacesTheFile() throws IOException {
        Path target = Files.writeString(folder.resolve("xor.json"), "old");
        AtomicFiles.replace(target, t -> Files.writeString(t, "new", StandardCharsets.UTF_8));
        assertThat(target).hasContent("new");
        assertThat(filesInFolder()).containsExactly("xor.json");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheFileAsItWasAndNothingBeside() throws IOException {
        Path target = Files.writeString(folder.resolve("xor.json"), "the user's work");
        assertThatThrownBy(() -> AtomicFiles.replace(target, t -> {
            Files.writeString(t, "half of it");
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(target).hasContent("the user's work");
        assertThat(filesInFolder()).containsExactly("xor.json");
    }

    @Test
    void aWriteThatThrowsAnythingElseLeavesNothingBesideEither() throws IOException {
        Path target = folder.resolve("new.png");
        assertThatThrownBy(() -> AtomicFiles.replace(target, t -> {
            throw new IllegalStateException("renderer broke");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void aNewFileIsCreatedAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path fresh = folder.resolve("fresh.csv");
        AtomicFiles.replace(fresh, t -> Files.writeString(t, "epoch,loss"));
        assertThat(fresh).hasContent("epoch,loss");

        Path shared = Files.writeString(folder.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.replace(shared, t -> Files.writeString(t, "new"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aMissingFolderIsAnIoErrorNamingIt() {
        Path target = folder.resolve("no-such-folder").resolve("x.json");
        assertThatThrownBy(() -> AtomicFiles.replace(target, t -> Files.writeString(t, "x")))
                .isInstanceOf(IOException.class).hasMessageContaining("no-such-folder");
    }
}
