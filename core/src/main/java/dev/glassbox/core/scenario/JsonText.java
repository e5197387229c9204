package dev.glassbox.core.scenario;

import dev.glassbox.core.internal.text.CoreMessages;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict JSON (RFC 8259) parser into Gson's tree, written here because Gson's own reader, in its
 * strict mode, refuses some valid numbers: those longer than its 1024-character buffer, and integers
 * whose digits wrap its 64-bit accumulator to 0 (10^65, a 66-digit literal). A number keeps its
 * literal text (see {@link NumberLiteral}), so that messages quote it as the file wrote it and exact
 * rules (a whole seed) can read it exactly. The first key that appears twice in an object (Gson's
 * {@link JsonObject} would silently keep the last) is reported once the whole text has parsed, so a
 * syntax error anywhere still comes first.
 */
final class JsonText {
    /** At most this many arrays and objects inside one another. */
    static final int MAX_NESTING = 16;

    private final String text;
    private int pos;
    /** Where the value being read sits: object keys (String) and array indices (int[1], updated in place). */
    private final List<Object> path = new ArrayList<>();
    private String duplicate;

    private JsonText(String text) {
        this.text = text;
        this.pos = text.startsWith("\uFEFF") ? 1 : 0; // a byte order mark is no part of the JSON
    }

    /**
     * Parses one JSON value that fills the whole text (whitespace aside).
     *
     * @throws ScenarioException for a syntax error, text after the value, or a key seen twice
     */
    static JsonElement parse(String text) {
        JsonText parser = new JsonText(text);
        JsonElement root = parser.value(0);
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw new ScenarioException("", CoreMessages.text("scenario.json.trailing"));
        }
        if (parser.duplicate != null) {
            throw new ScenarioException(parser.duplicate, CoreMessages.text("scenario.json.duplicate"));
        }
        return root;
    }

    private JsonElement value(int depth) {
        skipWhitespace();
        if (pos >= text.length()) {
            throw endsTooEarly();
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> new JsonPrimitive(string());
            case 't' -> literal("true", new JsonPrimitive(true));
            case 'f' -> literal("false", new JsonPrimitive(false));
            case 'n' -> literal("null", JsonNull.INSTANCE);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield new JsonPrimitive(new NumberLiteral(number()));
                }
                throw notValid();
            }
        };
    }

    private JsonObject object(int depth) {
        JsonObject o = new JsonObject();
        if (opensEmpty(depth, '}')) {
            return o;
        }
        while (true) {
            if (peekAfterWhitespace() != '"') {
                throw pos >= text.length() ? endsTooEarly() : notValid();
            }
            String key = string();
            expect(':');
            if (duplicate == null && o.has(key)) {
                path.add(key);
                duplicate = pathText();
                path.remove(path.size() - 1);
            }
            path.add(key);
            o.add(key, value(depth));
            path.remove(path.size() - 1);
            if (!next('}')) {
                return o;
            }
        }
    }

    private JsonArray array(int depth) {
        JsonArray a = new JsonArray();
        if (opensEmpty(depth, ']')) {
            return a;
        }
        int[] index = {0};
        path.add(index);
        while (true) {
            a.add(value(depth));
            index[0]++;
            if (!next(']')) {
                path.remove(path.size() - 1);
                return a;
            }
        }
    }

    /** Consumes the opening bracket at {@code depth}; true if {@code close} follows at once (consumed too). */
    private boolean opensEmpty(int depth, char close) {
        if (depth > MAX_NESTING) {
            throw syntaxError(CoreMessages.text("scenario.json.tooDeep"));
        }
        pos++;
        if (peekAfterWhitespace() == close) {
            pos++;
            return true;
        }
        return false;
    }

    /** After a member: true at a comma (another follows), false at {@code close} (consumed). */
    private boolean next(char close) {
        char c = peekAfterWhitespace();
        if (c == ',' || c == close) {
            pos++;
            return c == ',';
        }
        throw pos >= text.length() ? endsTooEarly() : notValid();
    }

    private void expect(char c) {
        if (peekAfterWhitespace() != c) {
            throw pos >= text.length() ? endsTooEarly() : notValid();
        }
        pos++;
    }

    private String string() {
        int start = ++pos;
        StringBuilder out = null;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                String s = out == null ? text.substring(start, pos) : out.append(text, start, pos).toString();
                pos++;
                return s;
            }
            if (c == '\\') {
                out = (out == null ? new StringBuilder() : out).append(text, start, pos).append(escape());
                start = pos;
            } else {
                pos++;
            }
        }
        throw notValid(); // a string left open: Gson's words were "unterminated string", not "ends too early"
    }

    /** The character a backslash escape stands for; {@code pos} is at the backslash and moves past the escape. */
    private char escape() {
        if (pos + 1 >= text.length()) {
            throw notValid();
        }
        char e = text.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case '"', '\\', '/' -> {
                return e;
            }
            case 'b' -> {
                return '\b';
            }
            case 'f' -> {
                return '\f';
            }
            case 'n' -> {
                return '\n';
            }
            case 'r' -> {
                return '\r';
            }
            case 't' -> {
                return '\t';
            }
            case 'u' -> {
                if (pos + 4 > text.length()) {
                    throw notValid();
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(pos + i), 16);
                    if (digit < 0) {
                        throw notValid();
                    }
                    code = code * 16 + digit;
                }
                pos += 4;
                return (char) code;
            }
            default -> {
                pos -= 1;
                throw notValid();
            }
        }
    }

    /** The literal text of a number: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
    private String number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        if (at('0')) {
            pos++;
        } else {
            digits();
        }
        if (at('.')) {
            pos++;
            digits();
        }
        if (at('e') || at('E')) {
            pos++;
            if (at('+') || at('-')) {
                pos++;
            }
            digits();
        }
        checkDelimiter();
        return text.substring(start, pos);
    }

    /** One or more digits. */
    private void digits() {
        if (pos >= text.length()) {
            throw endsTooEarly();
        }
        if (!isDigit(text.charAt(pos))) {
            throw notValid();
        }
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private JsonElement literal(String word, JsonElement value) {
        if (!text.startsWith(word, pos)) {
            throw word.startsWith(text.substring(pos)) ? endsTooEarly() : notValid();
        }
        pos += word.length();
        checkDelimiter();
        return value;
    }

    /** A number or a word ends at whitespace, a comma, a closing bracket or the end (so {@code 01} and {@code truex} are errors). */
    private void checkDelimiter() {
        if (pos < text.length() && "\t\n\r ,]}".indexOf(text.charAt(pos)) < 0) {
            throw notValid();
        }
    }

    private char peekAfterWhitespace() {
        skipWhitespace();
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipWhitespace() {
        while (pos < text.length() && "\t\n\r ".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private boolean at(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The path of the value being read, such as {@code samples[2].x}, as {@link ScenarioException#field()} names it. */
    private String pathText() {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof int[] index) {
                out.append('[').append(index[0]).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(step);
            }
        }
        return out.toString();
    }

    private ScenarioException endsTooEarly() {
        return syntaxError(CoreMessages.text("scenario.json.early"));
    }

    private ScenarioException notValid() {
        return syntaxError(CoreMessages.text("scenario.json.invalid"));
    }

    /** A syntax error at the current position, as line and column (both from 1). */
    private ScenarioException syntaxError(String problem) {
        int at = Math.min(pos, text.length());
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        long line = 1 + text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        return new ScenarioException("", CoreMessages.text("scenario.json.at", problem, line, at - lineStart + 1));
    }
}
