package dev.glassbox.core.scenario;

/**
 * A JSON number as the file wrote it (the role of Gson's internal {@code LazilyParsedNumber}, which
 * core may not use): {@link #toString()} is the literal, so that a {@code JsonPrimitive} holding it
 * quotes {@code 1e999} rather than {@code Infinity}; the value is parsed only when asked for.
 */
final class NumberLiteral extends Number {
    private static final long serialVersionUID = 1L;

    private final String literal;

    /** @param literal a number in JSON's grammar */
    NumberLiteral(String literal) {
        this.literal = literal;
    }

    @Override
    public double doubleValue() {
        return Double.parseDouble(literal);
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    @Override
    public long longValue() {
        return (long) doubleValue();
    }

    @Override
    public int intValue() {
        return (int) doubleValue();
    }

    @Override
    public String toString() {
        return literal;
    }
}
