package dev.glassbox.demo.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The string literals of Java sources, comments skipped, each with its line and what precedes it there. */
final class SourceLiterals {
    /** The two modules whose words users read, from demo-app's directory (where Maven runs its tests). */
    static final List<Path> ROOTS = List.of(Path.of("../swing-widget/src/main/java"), Path.of("src/main/java"));

    /**
     * One literal.
     *
     * @param file   the source
     * @param line   its line, from 1
     * @param before the code before it on that line
     * @param text   the literal's text, escapes left as written
     * @param lineText the whole line
     */
    record Literal(Path file, int line, String before, String text, String lineText) {
        @Override
        public String toString() {
            return file + ":" + line + ": \"" + text + "\"";
        }
    }

    private SourceLiterals() {
    }

    static List<Path> sources() {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static List<Literal> of(Path file) {
        String src;
        try {
            src = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                for (int k = i; k < end; k++) {
                    if (src.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end + 2;
            } else if (c == '\'') {
                i = src.charAt(i + 1) == '\\' ? src.indexOf('\'', i + 3) + 1 : i + 3;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                String text = src.substring(i + 3, end);
                out.add(new Literal(file, line, src.substring(lineStart, i), text, lineOf(src, lineStart)));
                for (int k = i; k < end; k++) {
                    if (src.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end + 3;
            } else if (c == '"') {
                int k = i + 1;
                while (src.charAt(k) != '"') {
                    k += src.charAt(k) == '\\' ? 2 : 1;
                }
                out.add(new Literal(file, line, src.substring(lineStart, i), src.substring(i + 1, k), lineOf(src, lineStart)));
                i = k + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String lineOf(String src, int start) {
        int end = src.indexOf('\n', start);
        return src.substring(start, end < 0 ? src.length() : end);
    }
}
