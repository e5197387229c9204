package dev.glassbox.core.scenario;

import dev.glassbox.core.internal.text.CoreMessages;
import java.math.BigDecimal;

/**
 * A rule "a whole number from min to max" with its wording, checked on a long (a scenario built in
 * code) and on a JSON number's exact decimal value (a file, before any rounding to a long or a double).
 */
record WholeRange(long min, long max) {

    /** The rule in words, such as {@code must be a whole number from 1 to 16}. */
    String rule() {
        return CoreMessages.text("scenario.whole", bound(min), bound(max));
    }

    boolean contains(long v) {
        return v >= min && v <= max;
    }

    /** Whether an exact value is whole and within the range (so 2^53 + 1 is outside ±2^53, not rounded into it). */
    boolean contains(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0
                && v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    /** The problem with a value outside the range. */
    ScenarioException outside(String field, Object got) {
        return new ScenarioException(field, CoreMessages.text("scenario.whole.got", rule(), got));
    }

    /** A bound in words: a large power of two as {@code 2^53}, so the rule reads as the limit was meant. */
    private static String bound(long v) {
        long magnitude = Math.abs(v);
        boolean power = magnitude >= 1 << 20 && Long.bitCount(magnitude) == 1;
        return power ? (v < 0 ? "-" : "") + "2^" + Long.numberOfTrailingZeros(magnitude) : Long.toString(v);
    }
}
