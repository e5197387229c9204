package dev.glassbox.demo.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every key in every language, with the same arguments, and every key the code asks for written. */
class BundlesTest {
    static final Path WIDGET = Path.of("../swing-widget/src/main/resources/dev/glassbox/swing/internal/text/Messages");
    static final Path DEMO = Path.of("src/main/resources/dev/glassbox/demo/Messages");
    static final Path CORE = Path.of("../core/src/main/resources/dev/glassbox/core/internal/text/Messages");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** A key the code asks for: {@code Messages.text("chain.title"} (keys built from parts end in a dot and are not checked). */
    private static final Pattern ASKED = Pattern.compile("\\b(?:Demo|Core)?Messages\\.text\\(\\s*\"([\\w.-]*[\\w-])\"");

    @ParameterizedTest
    @ValueSource(strings = {"widget", "demo", "core"})
    void germanHasExactlyTheEnglishKeysWithTheSameArguments(String which) throws IOException {
        Path base = switch (which) {
            case "widget" -> WIDGET;
            case "demo" -> DEMO;
            default -> CORE;
        };
        Properties en = load(base, "");
        Properties de = load(base, "_de");
        assertThat(new TreeSet<>(de.stringPropertyNames())).as("German keys").isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertThat(arguments(de.getProperty(key))).as("arguments of " + key + " in German").isEqualTo(arguments(en.getProperty(key)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_de"})
    void everyEntryIsAPatternWithItsApostrophesDoubled(String suffix) throws IOException {
        for (Path base : new Path[] {WIDGET, DEMO, CORE}) {
            Properties p = load(base, suffix);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(pattern.replace("''", "")).as(key + ": a lone apostrophe quotes what follows; write it twice").doesNotContain("'");
                assertThat(new MessageFormat(pattern, Locale.ROOT).format(new Object[9])).as(key).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsWritten() throws IOException {
        Set<String> written = new TreeSet<>(load(WIDGET, "").stringPropertyNames());
        written.addAll(load(DEMO, "").stringPropertyNames());
        written.addAll(load(CORE, "").stringPropertyNames());
        Set<String> asked = new TreeSet<>();
        List<Path> sources = new ArrayList<>(SourceLiterals.sources());
        try (Stream<Path> core = Files.walk(Path.of("../core/src/main/java"))) {
            core.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        for (Path source : sources) {
            Matcher m = ASKED.matcher(Files.readString(source));
            while (m.find()) {
                asked.add(m.group(1));
            }
        }
        asked.removeAll(written);
        assertThat(asked).as("keys asked for but in no bundle").isEmpty();
    }

    static Properties load(Path base, String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(base + suffix + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> arguments(String pattern) {
        return ARGUMENT.matcher(pattern).results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
