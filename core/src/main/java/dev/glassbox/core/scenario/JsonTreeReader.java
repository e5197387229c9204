package dev.glassbox.core.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;

/**
 * Reads a JSON tree as Gson's own element adapter does, but notes the first object key that
 * appears twice (Gson's {@link JsonObject} would silently keep the last). The caller reports it
 * only once the whole text has parsed, so a syntax error anywhere still comes first.
 */
final class JsonTreeReader {
    private final JsonReader in;
    private String duplicate;

    JsonTreeReader(JsonReader in) {
        this.in = in;
    }

    /** The path of the first key seen twice, such as {@code samples[2].x}; null if none was. */
    String duplicate() {
        return duplicate;
    }

    /** The next value. The recursion is as deep as the JSON, which the reader's nesting limit bounds. */
    JsonElement read() throws IOException {
        return switch (in.peek()) {
            case BEGIN_OBJECT -> object();
            case BEGIN_ARRAY -> array();
            case STRING -> new JsonPrimitive(in.nextString());
            case NUMBER -> new JsonPrimitive(new LazilyParsedNumber(in.nextString()));
            case BOOLEAN -> new JsonPrimitive(in.nextBoolean());
            case NULL -> {
                in.nextNull();
                yield JsonNull.INSTANCE;
            }
            default -> throw new MalformedJsonException("Expected a value " + in);
        };
    }

    private JsonObject object() throws IOException {
        JsonObject o = new JsonObject();
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            if (duplicate == null && o.has(key)) {
                duplicate = field(in.getPath());
            }
            o.add(key, read());
        }
        in.endObject();
        return o;
    }

    private JsonArray array() throws IOException {
        JsonArray a = new JsonArray();
        in.beginArray();
        while (in.hasNext()) {
            a.add(read());
        }
        in.endArray();
        return a;
    }

    /** A JSONPath such as {@code $.samples[2].x} in the style of {@link ScenarioException#field()}. */
    private static String field(String jsonPath) {
        return jsonPath.substring(jsonPath.startsWith("$.") ? 2 : 1);
    }
}
