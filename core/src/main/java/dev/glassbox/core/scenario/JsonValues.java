package dev.glassbox.core.scenario;

import dev.glassbox.core.internal.text.CoreMessages;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The values of a parsed file as Java values: each method checks the JSON type (and, for numbers,
 * that the value is one a scenario can hold) and otherwise throws a {@link ScenarioException}
 * naming the field. The rules themselves are the scenario's; these only convert.
 */
final class JsonValues {
    /** Number literals longer than this are rejected unread (a double needs at most 25 characters). */
    static final int MAX_NUMBER_CHARS = 1000;

    private JsonValues() {
    }

    /** The string under {@code key}, or {@code ""} if the key is absent. */
    static String optionalString(JsonObject o, String key) {
        return o.has(key) ? string(o.get(key), key) : "";
    }

    static String string(JsonElement e, String field) {
        if (e == null) {
            throw new ScenarioException(field, CoreMessages.text("scenario.missing"));
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new ScenarioException(field, CoreMessages.text("scenario.expectedString"));
        }
        return e.getAsString();
    }

    /** The constant of {@code values} whose id the string is; the error lists every id, in the enum's order. */
    static <E extends Enum<E>> E choice(JsonElement e, String field, E[] values, Function<E, String> id) {
        List<String> ids = Arrays.stream(values).map(id).toList();
        return values[ids.indexOf(oneOf(e, field, ids))];
    }

    /** The string, which must be one of {@code ids}; the error lists every id, in their order. */
    static String oneOf(JsonElement e, String field, List<String> ids) {
        String value = string(e, field);
        if (!ids.contains(value)) {
            throw new ScenarioException(field, CoreMessages.text("scenario.unknownValue", value, String.join(", ", ids)));
        }
        return value;
    }

    /**
     * An object's keys, each of which must be one of {@code keys}.
     *
     * @param o     the object
     * @param field its field, which names an unknown key as {@code field.key}
     * @param keys  the keys it may have
     */
    static void knownKeys(JsonObject o, String field, List<String> keys) {
        for (String key : o.keySet()) {
            if (!keys.contains(key)) {
                throw new ScenarioException(field + "." + key, CoreMessages.text("scenario.unknownField"));
            }
        }
    }

    static JsonArray array(JsonElement e, String field) {
        if (e == null) {
            throw new ScenarioException(field, CoreMessages.text("scenario.missing"));
        }
        if (!e.isJsonArray()) {
            throw new ScenarioException(field, CoreMessages.text("scenario.expectedArray"));
        }
        return e.getAsJsonArray();
    }

    /** A number that is finite as a double (so a value beyond the double range names its field). */
    static double number(JsonElement e, String field) {
        String literal = literal(e, field);
        double v = Double.parseDouble(literal);
        if (!Double.isFinite(v)) {
            throw new ScenarioException(field, CoreMessages.text("scenario.finite.got", literal));
        }
        return v;
    }

    /** A whole number within {@code range}, judged by its exact decimal value before it is converted. */
    static long whole(JsonElement e, String field, WholeRange range) {
        number(e, field);
        String literal = literal(e, field);
        BigDecimal exact = new BigDecimal(literal);
        if (!range.contains(exact)) {
            throw range.outside(field, literal);
        }
        return exact.longValueExact();
    }

    static double[] vector(JsonElement e, String field, int size) {
        JsonArray a = array(e, field);
        Scenario.checkLength(field, a.size(), size);
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = number(a.get(i), field + "[" + i + "]");
        }
        return v;
    }

    /** A number's literal text, as the file wrote it (see {@link NumberLiteral}). */
    private static String literal(JsonElement e, String field) {
        if (e == null) {
            throw new ScenarioException(field, CoreMessages.text("scenario.missing"));
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new ScenarioException(field, CoreMessages.text("scenario.expectedNumber"));
        }
        String literal = e.getAsString();
        if (literal.length() > MAX_NUMBER_CHARS) {
            throw new ScenarioException(field, CoreMessages.text("scenario.numberLength", MAX_NUMBER_CHARS, literal.length()));
        }
        return literal;
    }
}
