package dev.glassbox.swing.internal.text;

import dev.glassbox.core.math.Loss;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Display formulas of the core ({@code "a(1 − a)"}, {@code "½(a − y)²"}) split into tokens, and
 * written out with numbers put in for their variables: {@code "0.5866·(1 − 0.5866)"}. Only text
 * is rewritten; the numbers come from the trace. A negative number put in is parenthesised, and a
 * number that would stand next to a bracket or a word gets a multiplication dot.
 */
public final class Formulas {
    /** What a token is. */
    public enum Kind {
        /** A one-letter name such as {@code a}, {@code y}, {@code z}, {@code δ}: written in italics. */
        VARIABLE,
        /** A function or word such as {@code ln}, {@code if}, {@code max}: written upright. */
        WORD,
        /** A number, literal or put in for a variable. */
        NUMBER,
        /** Operators, brackets and spaces. */
        SYMBOL
    }

    /**
     * A piece of a formula.
     *
     * @param text     its text
     * @param kind     what it is
     * @param variable the variable a number was put in for, else null
     */
    public record Token(String text, Kind kind, String variable) {
    }

    private static final String DOT = "·";
    /** Cross-entropy for a target of 1: the {@code (1 − y)} term is gone. */
    private static final String CROSS_ENTROPY_OF_ONE = "−ln a";
    /** Cross-entropy for a target of 0: the {@code y} term is gone. */
    private static final String CROSS_ENTROPY_OF_ZERO = "−ln(1 − a)";

    private Formulas() {
    }

    /**
     * The loss formula for one output with target {@code y}, reduced where a term is zero: for
     * cross-entropy, {@code −ln a} for {@code y = 1} and {@code −ln(1 − a)} for {@code y = 0}
     * (short enough to read at a glance); else the loss's own formula.
     *
     * @param loss the loss
     * @param y    the output's target
     * @return the formula in the variables {@code a} and {@code y}
     */
    public static String loss(Loss loss, double y) {
        if (loss == Loss.CROSS_ENTROPY && y == 1) {
            return CROSS_ENTROPY_OF_ONE;
        }
        if (loss == Loss.CROSS_ENTROPY && y == 0) {
            return CROSS_ENTROPY_OF_ZERO;
        }
        return loss.formula();
    }

    /** The tokens of {@code formula}. */
    public static List<Token> tokens(String formula) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < formula.length()) {
            int start = i;
            char c = formula.charAt(i);
            Kind kind = kindOf(c);
            while (i < formula.length() && kindOf(formula.charAt(i)) == kind) {
                i++;
            }
            String text = formula.substring(start, i);
            out.add(new Token(text, kind == Kind.VARIABLE && text.length() > 1 ? Kind.WORD : kind, null));
        }
        return out;
    }

    private static Kind kindOf(char c) {
        if (Character.isLetter(c)) {
            return Kind.VARIABLE;
        }
        return Character.isDigit(c) || c == '.' ? Kind.NUMBER : Kind.SYMBOL;
    }

    /** The tokens of {@code formula} with {@code values} (already formatted numbers) put in for variables. */
    public static List<Token> fill(String formula, Map<String, String> values) {
        List<Token> in = tokens(formula);
        List<Token> out = new ArrayList<>();
        for (int k = 0; k < in.size(); k++) {
            Token t = in.get(k);
            String value = t.kind() == Kind.VARIABLE ? values.get(t.text()) : null;
            if (value == null) {
                out.add(t);
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).text().endsWith(")")) {
                out.add(symbol(DOT));
            }
            boolean alone = in.size() == 1;
            out.add(new Token(value.startsWith(Numbers.MINUS) && !alone ? "(" + value + ")" : value, Kind.NUMBER, t.text()));
            k = joinFollowing(in, k, out);
        }
        return out;
    }

    /**
     * After a number put in: a following bracket, word or variable gets a dot in between (a single
     * space there becomes the dot). Returns the index of the last input token consumed.
     */
    private static int joinFollowing(List<Token> in, int k, List<Token> out) {
        if (k + 1 >= in.size()) {
            return k;
        }
        Token next = in.get(k + 1);
        if (next.text().startsWith("(")) {
            out.add(symbol(DOT));
            return k;
        }
        boolean spaceThenName = next.text().equals(" ") && k + 2 < in.size()
                && in.get(k + 2).kind() != Kind.SYMBOL && in.get(k + 2).kind() != Kind.NUMBER;
        if (spaceThenName) {
            out.add(symbol(DOT));
            return k + 1;
        }
        return k;
    }

    private static Token symbol(String text) {
        return new Token(text, Kind.SYMBOL, null);
    }

    /** The tokens' text joined. */
    public static String text(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(t.text());
        }
        return b.toString();
    }

    /** {@code formula} written out with {@code values} put in, e.g. {@code "½(0.7311 − 0)²"}. */
    public static String filled(String formula, Map<String, String> values) {
        return text(fill(formula, values));
    }
}
