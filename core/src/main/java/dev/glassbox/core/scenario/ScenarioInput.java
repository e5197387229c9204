package dev.glassbox.core.scenario;

import dev.glassbox.core.internal.text.CoreMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The guard in front of the parser: a file's text is read only up to {@link ScenarioFiles#MAX_BYTES}
 * and only as valid UTF-8, and a failure to read it is said in words.
 */
final class ScenarioInput {
    private ScenarioInput() {
    }

    /** The text of a file. */
    static String text(Path file) {
        if (Files.isDirectory(file)) {
            throw new ScenarioException("", CoreMessages.text("scenario.file.folder", file.getFileName()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return text(in);
        } catch (IOException e) {
            throw new ScenarioException("", CoreMessages.text("scenario.file.unreadable", file.getFileName(), reason(e)));
        }
    }

    /** The text of a stream of UTF-8, read no further than one byte past the cap. */
    static String text(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(ScenarioFiles.MAX_BYTES + 1);
        checkSize(bytes.length);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException("", CoreMessages.text("scenario.file.notUtf8"));
        }
    }

    /** A string given as text, whose size is checked as the file it would be. */
    static String text(String json) {
        checkSize(utf8Size(json));
        return json;
    }

    /** Why a file could not be read, in words (an I/O exception's message is often just the path). */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return CoreMessages.text("scenario.file.missing");
        }
        if (e instanceof AccessDeniedException) {
            return CoreMessages.text("scenario.file.denied");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void checkSize(int bytes) {
        if (bytes > ScenarioFiles.MAX_BYTES) {
            throw new ScenarioException("", CoreMessages.text("scenario.file.large"));
        }
    }

    /**
     * The text's size in UTF-8 bytes, counted only until it passes {@link ScenarioFiles#MAX_BYTES}: a
     * huge string costs no more than the cap, and no byte array is made.
     */
    private static int utf8Size(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length() && bytes <= ScenarioFiles.MAX_BYTES; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3; // the rest of the BMP (a lone surrogate, which no UTF-8 file can hold, too)
            }
        }
        return bytes;
    }
}
