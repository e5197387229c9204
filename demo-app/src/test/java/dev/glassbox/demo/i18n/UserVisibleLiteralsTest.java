package dev.glassbox.demo.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No word a user reads is written in the code of swing-widget or demo-app: it comes from the
 * bundles ({@code Messages.text}, {@code DemoMessages.text}). A literal counts as words when, its
 * format specifiers, placeholders, HTML tags and escapes taken away, a word of two or more letters
 * is left that is not mathematics ({@link #MATH}), and the literal is a phrase, a capitalised word
 * or a lone word handed to a component as its text. Identifiers (component names, keys, ids),
 * dotted keys and acronyms are not words. A literal that only code reads (a developer's exception,
 * a key, a file name) but looks like words is marked on its line with {@code //$NON-NLS$}, the
 * Eclipse convention for "not natural language".
 */
class UserVisibleLiteralsTest {
    /** Words of formulas, written the same in every language. */
    static final Set<String> MATH = Set.of("ln", "exp", "max", "min", "sign", "sgn", "tanh", "relu", "mse", "sqrt", "eps");
    private static final Pattern SPECIFIER = Pattern.compile("%[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]|\\{\\d+(,[^}]*)?}|<[^>]*>|\\\\u[0-9a-fA-F]{4}|\\\\.|&[a-z]+;");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}_\\d])\\p{L}{2,}(?![\\p{L}_\\d])");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*|[A-Za-z][\\w-]*(\\.[\\w-]+)+|[a-z0-9]+(-[a-z0-9]+)+|[A-Z0-9_]+|[a-z][a-z0-9]*(_[a-z0-9]+)+");
    /** Calls whose first argument only code reads: names, keys, properties, developers' errors. */
    private static final Pattern CODE_ONLY = Pattern.compile("(?:\\b(?:setName|getClientProperty|putClientProperty|firePropertyChange|addPropertyChangeListener|removePropertyChangeListener|getBundle|text|getColor|getFont|getInt|getBoolean|getString|getKeyStroke|requireNonNull|equals|startsWith|endsWith|getProperty|getenv)\\(|\\bcase |\\bnew (?:IllegalArgumentException|IllegalStateException|UnsupportedOperationException|AssertionError|NullPointerException|IndexOutOfBoundsException)\\()\\s*$");
    /** Calls that show their argument: a lone lowercase word there is a word too. */
    private static final Pattern SHOWN = Pattern.compile("\\b(?:setText|setToolTipText|setTitle|setBorder|addTab|showMessageDialog|showConfirmDialog|putValue\\(Action\\.NAME,|new J(?:Label|Button|MenuItem|Menu|CheckBox|RadioButton|CheckBoxMenuItem|RadioButtonMenuItem|ToggleButton|Dialog|Frame))\\(\\s*$");
    private static final Path PENDING = Path.of("src/test/resources/i18n-pending.txt");

    static boolean isWords(SourceLiterals.Literal l) {
        if (l.lineText().contains("//$NON-NLS$") || CODE_ONLY.matcher(l.before()).find()) {
            return false;
        }
        String bare = SPECIFIER.matcher(l.text()).replaceAll(" ");
        List<String> words = WORD.matcher(bare).results().map(r -> r.group())
                .filter(w -> !MATH.contains(w.toLowerCase(java.util.Locale.ROOT))).toList();
        if (words.isEmpty()) {
            return false;
        }
        if (IDENTIFIER.matcher(l.text()).matches()) {
            return SHOWN.matcher(l.before()).find();
        }
        return true;
    }

    @Test
    void everyWordAUserReadsComesFromTheBundles() throws IOException {
        Set<String> pending = pending();
        List<String> found = SourceLiterals.sources().stream()
                .filter(f -> !pending.contains(name(f)))
                .flatMap(f -> SourceLiterals.of(f).stream())
                .filter(UserVisibleLiteralsTest::isWords)
                .map(Object::toString)
                .toList();
        assertThat(found).as("words written in the code instead of Messages*.properties").isEmpty();
    }

    /** The files not yet moved to the bundles; a file leaves the list as soon as it is clean. */
    @Test
    void thePendingListNamesOnlyFilesWithWordsLeft() throws IOException {
        Set<String> pending = pending();
        Set<String> clean = SourceLiterals.sources().stream()
                .filter(f -> pending.contains(name(f)))
                .filter(f -> SourceLiterals.of(f).stream().noneMatch(UserVisibleLiteralsTest::isWords))
                .map(UserVisibleLiteralsTest::name)
                .collect(Collectors.toSet());
        assertThat(clean).as("files in i18n-pending.txt that have no words left: take them off the list").isEmpty();
    }

    @Test
    void theRuleTellsWordsFromCode() {
        assertThat(words("label.setText(", "Play")).isTrue();
        assertThat(words("x = ", "Reset the weights")).isTrue();
        assertThat(words("label.setText(", "saturated")).isTrue();
        assertThat(words("x = ", "%s of %d")).isTrue();
        assertThat(words("x = ", "saturated")).isFalse();
        assertThat(words("setName(", "Play")).isFalse();
        assertThat(words("UIManager.getColor(", "Glassbox.chart.line")).isFalse();
        assertThat(words("x = ", "Glassbox.chart.line")).isFalse();
        assertThat(words("x = ", "quizPanel")).isFalse();
        assertThat(words("x = ", "∂L/∂w = δ · a")).isFalse();
        assertThat(words("x = ", "a(1 − a)")).isFalse();
        assertThat(words("x = ", "tanh(z)")).isFalse();
        assertThat(words("x = ", "%.3g")).isFalse();
        assertThat(words("x = ", "MSE")).isFalse();
        assertThat(words("throw new IllegalStateException(", "Not on the event thread")).isFalse();
        assertThat(new SourceLiterals.Literal(Path.of("A.java"), 1, "x = ", "Undo", "x = \"Undo\"; //$NON-NLS$")).matches(l -> !isWords(l));
    }

    private static boolean words(String before, String text) {
        return isWords(new SourceLiterals.Literal(Path.of("A.java"), 1, before, text, before + '"' + text + '"'));
    }

    private static Set<String> pending() throws IOException {
        return Files.readAllLines(PENDING).stream().map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("#")).collect(Collectors.toSet());
    }

    private static String name(Path source) {
        String path = source.normalize().toString().replace('\\', '/');
        return path.startsWith("../") ? path.substring(3) : "demo-app/" + path;
    }
}
