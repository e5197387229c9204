package dev.glassbox.swing.chain;

/**
 * A stretch of typeset text in one style and color.
 *
 * @param text  the text
 * @param style how it is set
 * @param ink   its color
 */
record Run(String text, Style style, Ink ink) {

    /** How a run is set. */
    enum Style {
        /** A variable or symbol: italic math font. */
        SYMBOL,
        /** A number, operator or function name: upright math font. */
        UPRIGHT,
        /** An index below the line: small italic math font, lowered. */
        SUBSCRIPT,
        /** Words: the text font. */
        LABEL,
        /** Emphasised words: the bold text font. */
        STRONG
    }

    /** Whether a line may break before this run: before a word, or before a spaced operator. */
    boolean breakable() {
        return style == Style.LABEL || style == Style.STRONG || (style == Style.UPRIGHT && text.startsWith(" "));
    }

    /** The run as plain text: subscripts are written after an underscore, as in {@code δ_j}. */
    String plain() {
        return style == Style.SUBSCRIPT ? "_" + text : text;
    }
}
