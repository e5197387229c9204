package dev.glassbox.core.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.math.UpdateMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes {@code glassbox-scenario/1} files. Reading never trusts its input: the size is
 * capped at 1 MiB before parsing, nesting is limited, the JSON must be strict, every field is
 * checked, and each problem is reported as a {@link ScenarioException} naming the field.
 */
public final class ScenarioFiles {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "glassbox-scenario/1";
    /** Files larger than this are rejected unread. */
    public static final int MAX_BYTES = 1 << 20;

    private static final int MAX_NESTING = 16;
    private static final Set<String> KEYS = Set.of("format", "name", "lesson", "layers", "activations", "loss",
            "learningRate", "update", "weights", "biases", "seed", "samples");

    private ScenarioFiles() {
    }

    /** Reads a scenario file. I/O failures are reported as a {@link ScenarioException} too. */
    public static Scenario read(Path file) {
        if (Files.isDirectory(file)) {
            throw new ScenarioException("", "cannot read " + file.getFileName() + ": it is a folder");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new ScenarioException("", "cannot read " + file.getFileName() + ": " + reason(e));
        }
    }

    /** Why a file could not be read, in words (an I/O exception's message is often just the path). */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads a scenario from a stream of UTF-8 JSON (at most 1 MiB). */
    public static Scenario read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        checkSize(bytes.length);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException("", "the file is not UTF-8 text");
        }
        return parseSized(text);
    }

    /** Parses scenario JSON text (at most 1 MiB once encoded as UTF-8, as in a file). */
    public static Scenario parse(String json) {
        checkSize(utf8Size(json));
        return parseSized(json);
    }

    /** Parses text whose size was checked already (as bytes read, or as a string's UTF-8 size). */
    private static Scenario parseSized(String json) {
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(MAX_NESTING);
        JsonTreeReader tree = new JsonTreeReader(reader);
        JsonElement root;
        try {
            root = tree.read();
        } catch (IOException | RuntimeException e) {
            throw new ScenarioException("", describeSyntaxError(e.getMessage()));
        }
        if (!atEnd(reader)) {
            throw new ScenarioException("", "unexpected text after the JSON object");
        }
        if (tree.duplicate() != null) {
            throw new ScenarioException(tree.duplicate(), "appears more than once");
        }
        return fromJson(root);
    }

    private static void checkSize(int bytes) {
        if (bytes > MAX_BYTES) {
            throw new ScenarioException("", "the file is larger than 1 MiB");
        }
    }

    /**
     * The text's size in UTF-8 bytes, counted only until it passes {@link #MAX_BYTES}: a huge
     * string costs no more than the cap, and no byte array is made.
     */
    private static int utf8Size(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length() && bytes <= MAX_BYTES; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3; // the rest of the BMP (a lone surrogate, which no UTF-8 file can hold, too)
            }
        }
        return bytes;
    }

    /** Whether only whitespace follows (a strict reader throws on a second value instead of peeking it). */
    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Gson's parse errors, in a user's words: what went wrong and where. */
    private static String describeSyntaxError(String message) {
        String m = message == null ? "" : message;
        Matcher at = Pattern.compile("line (\\d+) column (\\d+)").matcher(m);
        String where = at.find() ? " at line " + at.group(1) + ", column " + at.group(2) : "";
        if (m.startsWith("End of input")) {
            return "the JSON ends too early" + where;
        }
        if (m.startsWith("Nesting limit")) {
            return "the JSON is nested too deeply" + where;
        }
        return "not valid JSON" + where;
    }

    private static Scenario fromJson(JsonElement root) {
        if (!root.isJsonObject()) {
            throw new ScenarioException("", "expected a JSON object");
        }
        JsonObject o = root.getAsJsonObject();
        for (String key : o.keySet()) {
            if (!KEYS.contains(key)) {
                throw new ScenarioException(key, "unknown field");
            }
        }
        String format = string(o, "format", true);
        if (!FORMAT.equals(format)) {
            throw new ScenarioException("format", "expected \"" + FORMAT + "\", got \"" + format + "\"");
        }
        String name = string(o, "name", true);
        String lesson = string(o, "lesson", false);

        JsonArray layersJson = array(o.get("layers"), "layers");
        if (layersJson.size() < 2 || layersJson.size() > Scenario.MAX_LAYERS) {
            throw new ScenarioException("layers", "needs 2 to " + Scenario.MAX_LAYERS + " layers, got " + layersJson.size());
        }
        List<Integer> sizes = new ArrayList<>();
        for (int l = 0; l < layersJson.size(); l++) {
            sizes.add(integer(layersJson.get(l), "layers[" + l + "]", 1, Scenario.MAX_NEURONS));
        }
        JsonArray fsJson = array(o.get("activations"), "activations");
        if (fsJson.size() != sizes.size() - 1) {
            throw new ScenarioException("activations", "needs one entry per non-input layer (" + (sizes.size() - 1)
                    + "), got " + fsJson.size());
        }
        List<Activation> activations = new ArrayList<>();
        for (int l = 0; l < fsJson.size(); l++) {
            String field = "activations[" + l + "]";
            activations.add(choice(string(fsJson.get(l), field), field, Activation::fromId,
                    "sigmoid, tanh, relu, leaky-relu, linear"));
        }
        Loss loss = choice(string(o, "loss", true), "loss", Loss::fromId, "mse, cross-entropy");
        double learningRate = number(o.get("learningRate"), "learningRate");
        UpdateMode update = o.has("update")
                ? choice(string(o, "update", true), "update", UpdateMode::fromId, "batch, online")
                : UpdateMode.BATCH;

        Parameters parameters = null;
        long seed = 0;
        if (o.has("weights") || o.has("biases")) {
            if (!o.has("weights") || !o.has("biases")) {
                throw new ScenarioException(o.has("weights") ? "biases" : "weights",
                        "missing: weights and biases are given or omitted together");
            }
            parameters = parameters(o.get("weights"), o.get("biases"), sizes);
        } else if (!o.has("seed")) {
            throw new ScenarioException("seed", "needed when weights and biases are omitted");
        }
        if (o.has("seed")) {
            double s = number(o.get("seed"), "seed");
            if (s != Math.rint(s) || Math.abs(s) > Scenario.MAX_SEED) {
                throw new ScenarioException("seed", Scenario.SEED_RULE + ", got " + o.get("seed"));
            }
            seed = (long) s;
        }

        JsonArray samplesJson = array(o.get("samples"), "samples");
        if (samplesJson.size() > Scenario.MAX_SAMPLES) {
            throw new ScenarioException("samples", "at most " + Scenario.MAX_SAMPLES + " samples, got " + samplesJson.size());
        }
        List<Sample> samples = new ArrayList<>();
        for (int s = 0; s < samplesJson.size(); s++) {
            String field = "samples[" + s + "]";
            JsonElement e = samplesJson.get(s);
            if (!e.isJsonObject()) {
                throw new ScenarioException(field, "expected an object with \"x\" and \"y\"");
            }
            JsonObject so = e.getAsJsonObject();
            for (String key : so.keySet()) {
                if (!key.equals("x") && !key.equals("y")) {
                    throw new ScenarioException(field + "." + key, "unknown field");
                }
            }
            samples.add(Sample.of(vector(so.get("x"), field + ".x", sizes.get(0)),
                    vector(so.get("y"), field + ".y", sizes.get(sizes.size() - 1))));
        }
        return new Scenario(name, lesson, new Architecture(sizes, activations, loss), learningRate, update,
                parameters, seed, samples);
    }

    private static Parameters parameters(JsonElement weightsJson, JsonElement biasesJson, List<Integer> sizes) {
        int depth = sizes.size() - 1;
        JsonArray wl = array(weightsJson, "weights");
        JsonArray bl = array(biasesJson, "biases");
        if (wl.size() != depth) {
            throw new ScenarioException("weights", "needs " + depth + " layers of weights, got " + wl.size());
        }
        if (bl.size() != depth) {
            throw new ScenarioException("biases", "needs " + depth + " layers of biases, got " + bl.size());
        }
        double[][][] w = new double[depth][][];
        double[][] b = new double[depth][];
        for (int l = 0; l < depth; l++) {
            String field = "weights[" + l + "]";
            JsonArray rows = array(wl.get(l), field);
            if (rows.size() != sizes.get(l + 1)) {
                throw new ScenarioException(field, "needs " + sizes.get(l + 1) + " rows (one per neuron of layer "
                        + (l + 1) + "), got " + rows.size());
            }
            w[l] = new double[rows.size()][];
            for (int j = 0; j < rows.size(); j++) {
                w[l][j] = vector(rows.get(j), field + "[" + j + "]", sizes.get(l));
            }
            b[l] = vector(bl.get(l), "biases[" + l + "]", sizes.get(l + 1));
        }
        return Parameters.of(w, b);
    }

    private static String string(JsonObject o, String key, boolean required) {
        if (!o.has(key)) {
            if (required) {
                throw new ScenarioException(key, "missing");
            }
            return "";
        }
        return string(o.get(key), key);
    }

    private static String string(JsonElement e, String field) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new ScenarioException(field, "expected a string");
        }
        return e.getAsString();
    }

    private static <T> T choice(String value, String field, java.util.function.Function<String, T> parse, String allowed) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(field, "unknown value \"" + value + "\" (allowed: " + allowed + ")");
        }
    }

    private static JsonArray array(JsonElement e, String field) {
        if (e == null) {
            throw new ScenarioException(field, "missing");
        }
        if (!e.isJsonArray()) {
            throw new ScenarioException(field, "expected an array");
        }
        return e.getAsJsonArray();
    }

    private static double number(JsonElement e, String field) {
        if (e == null) {
            throw new ScenarioException(field, "missing");
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new ScenarioException(field, "expected a number");
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v)) {
            throw new ScenarioException(field, "must be a finite number, got " + e);
        }
        return v;
    }

    private static int integer(JsonElement e, String field, int min, int max) {
        double v = number(e, field);
        if (v != Math.rint(v) || v < min || v > max) {
            throw new ScenarioException(field, "must be a whole number from " + min + " to " + max + ", got " + e);
        }
        return (int) v;
    }

    private static double[] vector(JsonElement e, String field, int size) {
        JsonArray a = array(e, field);
        if (a.size() != size) {
            throw new ScenarioException(field, "needs " + size + " value" + (size == 1 ? "" : "s") + ", got " + a.size());
        }
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = number(a.get(i), field + "[" + i + "]");
        }
        return v;
    }

    /** Writes a scenario to a file (UTF-8). */
    public static void write(Scenario scenario, Path file) throws IOException {
        Files.writeString(file, toJson(scenario), StandardCharsets.UTF_8);
    }

    /**
     * The scenario as {@code glassbox-scenario/1} JSON: indented, with arrays of numbers on one
     * line, and every number printed so that it reads back to the same double.
     */
    public static String toJson(Scenario s) {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("name", s.name());
        o.addProperty("lesson", s.lesson());
        Architecture arch = s.architecture();
        JsonArray layers = new JsonArray();
        arch.sizes().forEach(layers::add);
        o.add("layers", layers);
        JsonArray fs = new JsonArray();
        arch.activations().forEach(f -> fs.add(f.id()));
        o.add("activations", fs);
        o.addProperty("loss", arch.loss().id());
        o.addProperty("learningRate", s.learningRate());
        o.addProperty("update", s.update().id());
        if (s.parameters() != null) {
            JsonArray w = new JsonArray();
            for (double[][] layer : s.parameters().weights()) {
                JsonArray rows = new JsonArray();
                for (double[] row : layer) {
                    rows.add(numbers(row));
                }
                w.add(rows);
            }
            o.add("weights", w);
            JsonArray b = new JsonArray();
            for (double[] layer : s.parameters().biases()) {
                b.add(numbers(layer));
            }
            o.add("biases", b);
        }
        if (s.parameters() == null || s.seed() != 0) {
            o.addProperty("seed", s.seed());
        }
        JsonArray samples = new JsonArray();
        for (Sample sample : s.samples()) {
            JsonObject so = new JsonObject();
            so.add("x", numbers(sample.x().stream().mapToDouble(Double::doubleValue).toArray()));
            so.add("y", numbers(sample.y().stream().mapToDouble(Double::doubleValue).toArray()));
            samples.add(so);
        }
        o.add("samples", samples);
        StringBuilder out = new StringBuilder();
        print(o, "", out);
        return out.append('\n').toString();
    }

    private static JsonArray numbers(double[] v) {
        JsonArray a = new JsonArray();
        for (double d : v) {
            a.add(d);
        }
        return a;
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

    /** Arrays of numbers and small sample objects stay on one line; the rest is indented. */
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
                if (!(c.isJsonArray() && allPrimitive(c.getAsJsonArray()))) {
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
