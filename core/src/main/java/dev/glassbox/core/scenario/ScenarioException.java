package dev.glassbox.core.scenario;

/**
 * A scenario (or scenario file) that breaks a rule, naming the field and the problem. The message
 * is one printable line: whatever it quotes from a file passes through {@link #printable(String)}.
 */
public final class ScenarioException extends IllegalArgumentException {
    /** The field at fault, as a path into the file, e.g. {@code "layers[1].activation"}. */
    private final String field;

    /**
     * A problem with a field.
     *
     * @param field   a path such as {@code samples[2].y}; empty for the whole file
     * @param problem what is wrong, such as {@code must be a finite number above 0, got -1.0}
     */
    public ScenarioException(String field, String problem) {
        super(printable(field.isEmpty() ? problem : field + ": " + problem));
        this.field = field;
    }

    /**
     * The field the problem is in, as the file spells it (unescaped: pass it through
     * {@link #printable(String)} before showing it).
     *
     * @return a path such as {@code learningRate} or {@code samples[2].y[0]}; empty for the whole file
     */
    public String field() {
        return field;
    }

    /**
     * Text from a file made safe to show on one line of a terminal or a dialog: every control
     * character (C0, DEL and C1, so ESC sequences cannot clear the screen or set a title), the line
     * and paragraph separators, and the bidirectional controls (which reorder what is shown) are
     * written as Java escapes — {@code \n}, {@code \r}, {@code \t}, else {@code \}{@code u001B} and
     * the like. Everything else, backslashes included, is kept as it is: the result is for reading,
     * not for parsing back.
     *
     * @param text any text, such as a key, a value or a file name
     * @return the text with those characters escaped (the same string if it has none)
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** How {@code c} is shown, or null if it is shown as itself. */
    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) || isLayoutControl(c) ? String.format("\\u%04X", (int) c) : null;
        };
    }

    /** The line and paragraph separators and the bidirectional marks, embeddings, overrides and isolates. */
    private static boolean isLayoutControl(char c) {
        return c == '\u2028' || c == '\u2029' || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
