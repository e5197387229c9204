package dev.glassbox.swing.chain;

import dev.glassbox.swing.chain.Run.Style;
import dev.glassbox.swing.internal.text.Formulas;
import dev.glassbox.swing.internal.text.Numbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One line of math being written: symbols with subscripts, numbers, operators and words, each
 * with its color. A builder: every method appends and returns this row.
 */
final class MathRow {
    /** The first slot's character, from Unicode's private use area: never in a bundle's words. */
    private static final char SLOT = '\uE000';

    private final List<Run> runs = new ArrayList<>();

    /** An italic symbol in the text color. */
    MathRow sym(String s) {
        return sym(s, Ink.TEXT);
    }

    /** An italic symbol. */
    MathRow sym(String s, Ink ink) {
        return add(s, Style.SYMBOL, ink);
    }

    /** A subscript to the previous run, in its color. */
    MathRow sub(String s) {
        return add(s, Style.SUBSCRIPT, runs.isEmpty() ? Ink.TEXT : runs.get(runs.size() - 1).ink());
    }

    /** An upright operator, bracket or function name in the text color. */
    MathRow op(String s) {
        return add(s, Style.UPRIGHT, Ink.TEXT);
    }

    /** A number, written as {@link Numbers#format(double)} does. */
    MathRow num(double v, Ink ink) {
        return add(Numbers.format(v), Style.UPRIGHT, ink);
    }

    /** A number with {@code digits} significant digits. */
    MathRow num(double v, int digits, Ink ink) {
        return add(Numbers.format(v, digits), Style.UPRIGHT, ink);
    }

    /** A number in brackets if it is negative, as a factor after an operator: {@code 2·(−0.5)}. */
    MathRow factor(double v, Ink ink) {
        return factor(Numbers.format(v), ink);
    }

    /** A formatted number in brackets if it is negative. */
    MathRow factor(String number, Ink ink) {
        return add(number.startsWith(Numbers.MINUS) ? "(" + number + ")" : number, Style.UPRIGHT, ink);
    }

    /** A number as a later term of a sum: {@code  + 0.5} or {@code  − 0.5}. */
    MathRow term(double v, Ink ink) {
        String s = Numbers.format(v);
        boolean negative = s.startsWith(Numbers.MINUS);
        op(negative ? " − " : " + ");
        return add(negative ? s.substring(Numbers.MINUS.length()) : s, Style.UPRIGHT, ink);
    }

    /** Words, each a place where the line may break. */
    MathRow text(String s, Ink ink) {
        return words(s, Style.LABEL, ink);
    }

    /** Bold words. */
    MathRow strong(String s, Ink ink) {
        return words(s, Style.STRONG, ink);
    }

    private MathRow words(String s, Style style, Ink ink) {
        int start = 0;
        for (int i = 1; i <= s.length(); i++) {
            if (i == s.length() || (s.charAt(i) == ' ' && s.charAt(i - 1) != ' ')) {
                add(s.substring(start, i), style, ink);
                start = i;
            }
        }
        return this;
    }

    /**
     * The place of part {@code k} in a sentence from the bundle, for {@link #sentence}: a pattern's
     * argument that is math rather than words.
     */
    static String slot(int k) {
        return String.valueOf((char) (SLOT + k));
    }

    /**
     * A sentence of the bundle's words with math in it: {@code words} as {@code Messages.text}
     * wrote it with {@link #slot(int) slots} for its arguments, each slot replaced by its part.
     */
    MathRow sentence(String words, Ink ink, MathRow... parts) {
        return sentence(words, Style.LABEL, ink, parts);
    }

    /** {@link #sentence} in bold words. */
    MathRow strongSentence(String words, Ink ink, MathRow... parts) {
        return sentence(words, Style.STRONG, ink, parts);
    }

    private MathRow sentence(String words, Style style, Ink ink, MathRow... parts) {
        int start = 0;
        for (int i = 0; i < words.length(); i++) {
            int k = words.charAt(i) - SLOT;
            if (k >= 0 && k < parts.length) {
                if (i > start) {
                    words(words.substring(start, i), style, ink);
                }
                append(parts[k]);
                start = i + 1;
            }
        }
        return start < words.length() ? words(words.substring(start), style, ink) : this;
    }

    /** A display formula of the core, e.g. {@code "a(1 − a)"}: variables italic, {@code a} forward-colored. */
    MathRow formula(String formula) {
        return formula(Formulas.tokens(formula));
    }

    /** A display formula with numbers put in for its variables (already formatted). */
    MathRow formula(String formula, Map<String, String> values) {
        return formula(Formulas.fill(formula, values));
    }

    private MathRow formula(List<Formulas.Token> tokens) {
        for (Formulas.Token t : tokens) {
            String name = t.variable() != null ? t.variable() : t.text();
            Ink ink = switch (name) {
                case "a" -> Ink.FORWARD;
                case "δ" -> Ink.BACKWARD;
                default -> Ink.TEXT;
            };
            boolean italic = t.kind() == Formulas.Kind.VARIABLE;
            add(t.text(), italic ? Style.SYMBOL : Style.UPRIGHT, t.kind() == Formulas.Kind.SYMBOL ? Ink.TEXT : ink);
        }
        return this;
    }

    /** Appends another row's runs. */
    MathRow append(MathRow other) {
        runs.addAll(other.runs);
        return this;
    }

    private MathRow add(String text, Style style, Ink ink) {
        runs.add(new Run(text, style, ink));
        return this;
    }

    List<Run> runs() {
        return Collections.unmodifiableList(runs);
    }

    /** The row as plain text, for screen readers and tests. */
    String plain() {
        StringBuilder b = new StringBuilder();
        for (Run r : runs) {
            b.append(r.plain());
        }
        return b.toString();
    }
}
