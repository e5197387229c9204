package dev.glassbox.core.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;

/**
 * Prints a JSON tree as a scenario file is laid out: indented by two spaces, with arrays of numbers
 * and small objects (a sample, an optimizer) on one line (Gson's own pretty printing puts every number on a line of
 * its own). Strings and numbers are printed by Gson, so every double reads back to the same bits.
 */
final class JsonPrettyPrinter {
    private JsonPrettyPrinter() {
    }

    /** The tree as text, ending in a line break. */
    static String print(JsonElement e) {
        StringBuilder out = new StringBuilder();
        print(e, "", out);
        return out.append('\n').toString();
    }

    private static void print(JsonElement e, String indent, StringBuilder out) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (inline(e)) {
                out.append('{');
                String sep = "";
                for (Map.Entry<String, JsonElement> m : o.entrySet()) {
                    out.append(sep).append(new JsonPrimitive(m.getKey())).append(": ");
                    print(m.getValue(), indent, out);
                    sep = ", ";
                }
                out.append('}');
                return;
            }
            out.append("{\n");
            String inner = indent + "  ";
            String sep = "";
            for (Map.Entry<String, JsonElement> m : o.entrySet()) {
                out.append(sep).append(inner).append(new JsonPrimitive(m.getKey())).append(": ");
                print(m.getValue(), inner, out);
                sep = ",\n";
            }
            out.append('\n').append(indent).append('}');
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            if (inline(e)) {
                out.append('[');
                for (int i = 0; i < a.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    print(a.get(i), indent, out);
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            String inner = indent + "  ";
            for (int i = 0; i < a.size(); i++) {
                out.append(inner);
                print(a.get(i), inner, out);
                out.append(i + 1 < a.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else {
            out.append(e);
        }
    }

    /** Arrays of numbers, small sample objects and objects of plain values (an optimizer) stay on one line; the rest is indented. */
    private static boolean inline(JsonElement e) {
        if (e.isJsonArray()) {
            for (JsonElement c : e.getAsJsonArray()) {
                if (!c.isJsonPrimitive() && !(c.isJsonArray() && inline(c))) {
                    return false;
                }
            }
            return e.getAsJsonArray().size() <= 16 || allPrimitive(e.getAsJsonArray());
        }
        if (e.isJsonObject()) {
            for (JsonElement c : e.getAsJsonObject().asMap().values()) {
                if (!c.isJsonPrimitive() && !(c.isJsonArray() && allPrimitive(c.getAsJsonArray()))) {
                    return false;
                }
            }
            return true;
        }
        return true;
    }

    private static boolean allPrimitive(JsonArray a) {
        for (JsonElement c : a) {
            if (!c.isJsonPrimitive()) {
                return false;
            }
        }
        return true;
    }
}
