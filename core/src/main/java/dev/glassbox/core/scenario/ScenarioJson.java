package dev.glassbox.core.scenario;

import dev.glassbox.core.internal.text.CoreMessages;
import static dev.glassbox.core.scenario.JsonValues.array;
import static dev.glassbox.core.scenario.JsonValues.choice;
import static dev.glassbox.core.scenario.JsonValues.knownKeys;
import static dev.glassbox.core.scenario.JsonValues.number;
import static dev.glassbox.core.scenario.JsonValues.oneOf;
import static dev.glassbox.core.scenario.JsonValues.optionalString;
import static dev.glassbox.core.scenario.JsonValues.string;
import static dev.glassbox.core.scenario.JsonValues.vector;
import static dev.glassbox.core.scenario.JsonValues.whole;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Penalty;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.math.Sgd;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.quiz.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The keys of a {@code glassbox-scenario/1} file and the scenario component each one maps to: one
 * table, read from top to bottom (a key may use what the keys above it gave, as the weights use the
 * layers) and written in the same order. A new component gets its rule in {@link Scenario}, its
 * builder setter, and one entry here.
 */
final class ScenarioJson {
    /** The top-level keys that map to one component (the network, the parameters: several keys). */
    private record Field(List<String> keys, BiConsumer<JsonObject, Draft> read, BiConsumer<Scenario, JsonObject> write) {
        Field(String key, BiConsumer<JsonObject, Draft> read, BiConsumer<Scenario, JsonObject> write) {
            this(List.of(key), read, write);
        }
    }

    /** A scenario being read: its builder, and the network once its keys are read (the later keys need it). */
    private static final class Draft {
        final Scenario.Builder scenario = Scenario.builder();
        Architecture architecture;
    }

    private static final List<Field> FIELDS = List.of(
            new Field("format", (o, d) -> checkFormat(string(o.get("format"), "format")),
                    (s, o) -> o.addProperty("format", ScenarioFiles.FORMAT)),
            new Field("name", (o, d) -> d.scenario.name(string(o.get("name"), "name")),
                    (s, o) -> o.addProperty("name", s.name())),
            new Field("lesson", (o, d) -> d.scenario.lesson(optionalString(o, "lesson")),
                    (s, o) -> o.addProperty("lesson", s.lesson())),
            new Field(List.of("layers", "activations", "loss"), ScenarioJson::readArchitecture,
                    ScenarioJson::writeArchitecture),
            new Field("learningRate", (o, d) -> d.scenario.learningRate(number(o.get("learningRate"), "learningRate")),
                    (s, o) -> o.addProperty("learningRate", s.learningRate())),
            new Field("update", (o, d) -> d.scenario.updateMode(o.has("update")
                            ? choice(o.get("update"), "update", UpdateMode.values(), UpdateMode::id) : UpdateMode.BATCH),
                    (s, o) -> o.addProperty("update", s.updateMode().id())),
            new Field("optimizer", ScenarioJson::readOptimizer, ScenarioJson::writeOptimizer),
            new Field("regularization", ScenarioJson::readRegularization, ScenarioJson::writeRegularization),
            new Field(List.of("weights", "biases"), ScenarioJson::readParameters, ScenarioJson::writeParameters),
            new Field("seed", ScenarioJson::readSeed, (s, o) -> {
                if (s.parameters() == null || s.seed() != 0) {
                    o.addProperty("seed", s.seed());
                }
            }),
            new Field("init", (o, d) -> d.scenario.initializer(o.has("init")
                            ? choice(o.get("init"), "init", Initializer.values(), Initializer::id) : Initializer.XAVIER),
                    (s, o) -> {
                        if (s.initializer() != Initializer.XAVIER) {
                            o.addProperty("init", s.initializer().id());
                        }
                    }),
            new Field("samples", ScenarioJson::readSamples, ScenarioJson::writeSamples),
            new Field("bookmarks", ScenarioJson::readBookmarks, ScenarioJson::writeBookmarks),
            new Field("quiz", ScenarioJson::readQuiz, ScenarioJson::writeQuiz));

    /** The optimizers' file ids, in the order an error lists them. */
    private static final List<String> OPTIMIZERS = List.of(Sgd.ID, Momentum.ID, Adam.ID);

    private static final Set<String> KEYS = FIELDS.stream().flatMap(f -> f.keys().stream())
            .collect(Collectors.toUnmodifiableSet());

    private ScenarioJson() {
    }

    /** Every top-level key of the format, in the order a file is written. */
    static List<String> keys() {
        return FIELDS.stream().flatMap(f -> f.keys().stream()).toList();
    }

    /** The scenario a parsed file describes. */
    static Scenario read(JsonElement root) {
        if (!root.isJsonObject()) {
            throw new ScenarioException("", CoreMessages.text("scenario.expectedObject"));
        }
        JsonObject o = root.getAsJsonObject();
        for (String key : o.keySet()) {
            if (!KEYS.contains(key)) {
                throw new ScenarioException(key, CoreMessages.text("scenario.unknownField"));
            }
        }
        Draft draft = new Draft();
        for (Field field : FIELDS) {
            field.read().accept(o, draft);
        }
        return draft.scenario.build();
    }

    /** The scenario as a JSON tree, keys in the format's order. */
    static JsonObject write(Scenario s) {
        JsonObject o = new JsonObject();
        for (Field field : FIELDS) {
            field.write().accept(s, o);
        }
        return o;
    }

    private static void checkFormat(String format) {
        if (!ScenarioFiles.FORMAT.equals(format)) {
            throw new ScenarioException("format", CoreMessages.text("scenario.format", ScenarioFiles.FORMAT, format));
        }
    }

    private static void readArchitecture(JsonObject o, Draft d) {
        JsonArray layersJson = array(o.get("layers"), "layers");
        Scenario.checkLayerCount(layersJson.size());
        List<Integer> sizes = new ArrayList<>();
        for (int l = 0; l < layersJson.size(); l++) {
            sizes.add((int) whole(layersJson.get(l), "layers[" + l + "]", Scenario.NEURONS));
        }
        JsonArray fsJson = array(o.get("activations"), "activations");
        if (fsJson.size() != sizes.size() - 1) {
            throw new ScenarioException("activations", CoreMessages.text("scenario.activationCount", sizes.size() - 1, fsJson.size()));
        }
        List<Activation> activations = new ArrayList<>();
        for (int l = 0; l < fsJson.size(); l++) {
            activations.add(choice(fsJson.get(l), "activations[" + l + "]", Activation.values(), Activation::id));
        }
        Loss loss = choice(o.get("loss"), "loss", Loss.values(), Loss::id);
        d.architecture = new Architecture(sizes, activations, loss);
        d.scenario.architecture(d.architecture);
    }

    private static void writeArchitecture(Scenario s, JsonObject o) {
        Architecture arch = s.architecture();
        JsonArray layers = new JsonArray();
        arch.sizes().forEach(layers::add);
        o.add("layers", layers);
        JsonArray fs = new JsonArray();
        arch.activations().forEach(f -> fs.add(f.id()));
        o.add("activations", fs);
        o.addProperty("loss", arch.loss().id());
    }

    /**
     * {@code "optimizer"}: a type's id alone ({@code "sgd"}, or {@code "adam"} with its defaults), or an
     * object of its {@code "type"} and numbers; absent, plain gradient descent.
     */
    private static void readOptimizer(JsonObject o, Draft d) {
        if (!o.has("optimizer")) {
            return;
        }
        JsonObject spec = typed(o.get("optimizer"), "optimizer");
        String type = oneOf(spec.get("type"), o.get("optimizer").isJsonObject() ? "optimizer.type" : "optimizer",
                OPTIMIZERS);
        d.scenario.optimizer(switch (type) {
            case Momentum.ID -> {
                knownKeys(spec, "optimizer", List.of("type", "momentum"));
                yield new Momentum(number(spec.get("momentum"), "optimizer.momentum"));
            }
            case Adam.ID -> {
                knownKeys(spec, "optimizer", List.of("type", "beta1", "beta2", "epsilon"));
                yield new Adam(optionalNumber(spec, "beta1", Adam.BETA1), optionalNumber(spec, "beta2", Adam.BETA2),
                        optionalNumber(spec, "epsilon", Adam.EPSILON));
            }
            default -> {
                knownKeys(spec, "optimizer", List.of("type"));
                yield Optimizer.SGD;
            }
        });
    }

    /** An optimizer's number {@code key}, or its default. */
    private static double optionalNumber(JsonObject spec, String key, double otherwise) {
        return spec.has(key) ? number(spec.get(key), "optimizer." + key) : otherwise;
    }

    /** Plain gradient descent is not written (files from before optimizers read the same); the others with every number. */
    private static void writeOptimizer(Scenario s, JsonObject o) {
        JsonObject spec = new JsonObject();
        spec.addProperty("type", s.optimizer().id());
        if (s.optimizer() instanceof Momentum m) {
            spec.addProperty("momentum", m.momentum());
        } else if (s.optimizer() instanceof Adam adam) {
            spec.addProperty("beta1", adam.beta1());
            spec.addProperty("beta2", adam.beta2());
            spec.addProperty("epsilon", adam.epsilon());
        } else {
            return;
        }
        o.add("optimizer", spec);
    }

    /** {@code "regularization"}: an object of a penalty's {@code "type"} and its {@code "lambda"}; absent, none. */
    private static void readRegularization(JsonObject o, Draft d) {
        if (!o.has("regularization")) {
            return;
        }
        JsonObject spec = typed(o.get("regularization"), "regularization");
        Penalty penalty = choice(spec.get("type"), o.get("regularization").isJsonObject()
                ? "regularization.type" : "regularization", Penalty.values(), Penalty::id);
        if (penalty == Penalty.NONE) {
            knownKeys(spec, "regularization", List.of("type"));
            d.scenario.regularization(Regularization.NONE);
        } else {
            knownKeys(spec, "regularization", List.of("type", "lambda"));
            d.scenario.regularization(new Regularization(penalty, number(spec.get("lambda"), "regularization.lambda")));
        }
    }

    /** Written only when there is a penalty. */
    private static void writeRegularization(Scenario s, JsonObject o) {
        if (s.regularization().active()) {
            JsonObject spec = new JsonObject();
            spec.addProperty("type", s.regularization().penalty().id());
            spec.addProperty("lambda", s.regularization().lambda());
            o.add("regularization", spec);
        }
    }

    /** A value given as a type's id alone, as the object {@code {"type": id}}; an object as it is. */
    private static JsonObject typed(JsonElement e, String field) {
        if (e.isJsonObject()) {
            return e.getAsJsonObject();
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new ScenarioException(field, CoreMessages.text("scenario.typeOrObject"));
        }
        JsonObject spec = new JsonObject();
        spec.addProperty("type", e.getAsString());
        return spec;
    }

    private static void readParameters(JsonObject o, Draft d) {
        if (!o.has("weights") && !o.has("biases")) {
            return;
        }
        if (!o.has("weights") || !o.has("biases")) {
            throw new ScenarioException(o.has("weights") ? "biases" : "weights",
                    CoreMessages.text("scenario.weightsTogether"));
        }
        List<Integer> sizes = d.architecture.sizes();
        int depth = sizes.size() - 1;
        JsonArray wl = array(o.get("weights"), "weights");
        JsonArray bl = array(o.get("biases"), "biases");
        if (wl.size() != depth) {
            throw new ScenarioException("weights", CoreMessages.text("scenario.weightLayers", depth, wl.size()));
        }
        if (bl.size() != depth) {
            throw new ScenarioException("biases", CoreMessages.text("scenario.biasLayers", depth, bl.size()));
        }
        double[][][] w = new double[depth][][];
        double[][] b = new double[depth][];
        for (int l = 0; l < depth; l++) {
            String field = "weights[" + l + "]";
            JsonArray rows = array(wl.get(l), field);
            if (rows.size() != sizes.get(l + 1)) {
                throw new ScenarioException(field, CoreMessages.text("scenario.weightRows", sizes.get(l + 1), l + 1, rows.size()));
            }
            w[l] = new double[rows.size()][];
            for (int j = 0; j < rows.size(); j++) {
                w[l][j] = vector(rows.get(j), field + "[" + j + "]", sizes.get(l));
            }
            b[l] = vector(bl.get(l), "biases[" + l + "]", sizes.get(l + 1));
        }
        d.scenario.parameters(Parameters.of(w, b));
    }

    private static void writeParameters(Scenario s, JsonObject o) {
        if (s.parameters() == null) {
            return;
        }
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

    private static void readSeed(JsonObject o, Draft d) {
        if (o.has("seed")) {
            d.scenario.seed(whole(o.get("seed"), "seed", Scenario.SEEDS));
        } else if (!o.has("weights")) {
            throw new ScenarioException("seed", CoreMessages.text("scenario.seedNeeded"));
        }
    }

    private static void readSamples(JsonObject o, Draft d) {
        JsonArray samplesJson = array(o.get("samples"), "samples");
        Scenario.checkSampleCount(samplesJson.size());
        List<Integer> sizes = d.architecture.sizes();
        List<Sample> samples = new ArrayList<>();
        for (int s = 0; s < samplesJson.size(); s++) {
            String field = "samples[" + s + "]";
            JsonElement e = samplesJson.get(s);
            if (!e.isJsonObject()) {
                throw new ScenarioException(field, CoreMessages.text("scenario.sampleObject"));
            }
            JsonObject so = e.getAsJsonObject();
            knownKeys(so, field, List.of("x", "y"));
            samples.add(Sample.of(vector(so.get("x"), field + ".x", sizes.get(0)),
                    vector(so.get("y"), field + ".y", sizes.get(sizes.size() - 1))));
        }
        d.scenario.samples(samples);
    }

    private static void writeSamples(Scenario s, JsonObject o) {
        JsonArray samples = new JsonArray();
        for (Sample sample : s.samples()) {
            JsonObject so = new JsonObject();
            so.add("x", numbers(sample.x().stream().mapToDouble(Double::doubleValue).toArray()));
            so.add("y", numbers(sample.y().stream().mapToDouble(Double::doubleValue).toArray()));
            samples.add(so);
        }
        o.add("samples", samples);
    }

    /** {@code "bookmarks"}: an array of {@code {"epoch": e, "label": "…"}}; absent, none. */
    private static void readBookmarks(JsonObject o, Draft d) {
        if (!o.has("bookmarks")) {
            return;
        }
        JsonArray marks = array(o.get("bookmarks"), "bookmarks");
        Scenario.checkBookmarkCount(marks.size());
        List<Bookmark> bookmarks = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            String field = "bookmarks[" + k + "]";
            JsonElement e = marks.get(k);
            if (!e.isJsonObject()) {
                throw new ScenarioException(field, CoreMessages.text("scenario.bookmarkObject"));
            }
            JsonObject mark = e.getAsJsonObject();
            knownKeys(mark, field, List.of("epoch", "label"));
            bookmarks.add(new Bookmark((int) whole(mark.get("epoch"), field + ".epoch", Bookmark.EPOCHS),
                    string(mark.get("label"), field + ".label")));
        }
        d.scenario.bookmarks(bookmarks);
    }

    /** Written only when there are bookmarks, so that a file without them reads and writes as before. */
    private static void writeBookmarks(Scenario s, JsonObject o) {
        if (s.bookmarks().isEmpty()) {
            return;
        }
        JsonArray marks = new JsonArray();
        for (Bookmark b : s.bookmarks()) {
            JsonObject mark = new JsonObject();
            mark.addProperty("epoch", b.epoch());
            mark.addProperty("label", b.label());
            marks.add(mark);
        }
        o.add("bookmarks", marks);
    }

    /** A question's keys: when and where, what, and the teacher's wording (in the order written). */
    private static final List<String> QUESTION_KEYS = List.of("epoch", "sample", "quantity", "neuron", "weight", "prompt");

    /** Every key of a quiz question, in the order a question is written. */
    static List<String> questionKeys() {
        return QUESTION_KEYS;
    }

    /**
     * The optional quiz: questions such as {@code {"epoch": 1, "sample": 0, "neuron": [2, 0],
     * "quantity": "delta"}}. A neuron is {@code [layer, index]} (layer 0: the inputs), a weight
     * {@code [l, j, i]} as it is found in {@code weights[l][j][i]}; the sample is an index into
     * {@code samples}. Whether the question fits the network is the scenario's rule.
     */
    private static void readQuiz(JsonObject o, Draft d) {
        if (!o.has("quiz")) {
            return;
        }
        JsonArray quiz = array(o.get("quiz"), "quiz");
        List<Question> questions = new ArrayList<>();
        for (int k = 0; k < quiz.size(); k++) {
            String field = "quiz[" + k + "]";
            JsonElement e = quiz.get(k);
            if (!e.isJsonObject()) {
                throw new ScenarioException(field, CoreMessages.text("scenario.questionObject"));
            }
            JsonObject q = e.getAsJsonObject();
            knownKeys(q, field, QUESTION_KEYS);
            int epoch = (int) whole(q.get("epoch"), field + ".epoch", Scenario.QUIZ_EPOCHS);
            int sample = (int) whole(q.get("sample"), field + ".sample", QUIZ_SAMPLES);
            Quantity quantity = quantity(q.get("quantity"), field + ".quantity");
            NetworkElement element = element(q, field, quantity);
            Optional<String> prompt = q.has("prompt") ? Optional.of(string(q.get("prompt"), field + ".prompt"))
                    : Optional.empty();
            questions.add(new Question(epoch, sample, element, quantity, prompt));
        }
        d.scenario.quiz(questions);
    }

    /** A sample index: whether the training set has it is checked with the scenario. */
    private static final WholeRange QUIZ_SAMPLES = new WholeRange(0, Scenario.MAX_SAMPLES - 1);
    /** A layer or neuron index inside a question's element: the network's own bounds are the scenario's rule. */
    private static final WholeRange QUIZ_INDICES = new WholeRange(0, Scenario.MAX_NEURONS);

    private static Quantity quantity(JsonElement e, String field) {
        List<String> ids = Arrays.stream(Quantity.values()).map(Quantity::id).toList();
        return Quantity.byId(oneOf(e, field, ids)).orElseThrow();
    }

    /** The neuron or the weight a question is about: the one its quantity is asked of. */
    private static NetworkElement element(JsonObject q, String field, Quantity quantity) {
        String key = quantity.ofConnection() ? "weight" : "neuron";
        String other = quantity.ofConnection() ? "neuron" : "weight";
        if (q.has(other)) {
            throw new ScenarioException(field + "." + other, CoreMessages.text(quantity.ofConnection() ? "scenario.askedOfWeight" : "scenario.askedOfNeuron", quantity.id()));
        }
        JsonArray at = array(q.get(key), field + "." + key);
        int size = quantity.ofConnection() ? 3 : 2;
        if (at.size() != size) {
            throw new ScenarioException(field + "." + key, CoreMessages.text("scenario.indices", size, quantity.ofConnection() ? "[l, j, i]" : "[layer, index]", at.size()));
        }
        int[] v = new int[size];
        for (int k = 0; k < size; k++) {
            v[k] = (int) whole(at.get(k), field + "." + key + "[" + k + "]", QUIZ_INDICES);
        }
        return quantity.ofConnection() ? new Connection(v[0], v[2], v[1]) : new NeuronId(v[0], v[1]);
    }

    private static void writeQuiz(Scenario s, JsonObject o) {
        if (s.quiz().isEmpty()) {
            return;
        }
        JsonArray quiz = new JsonArray();
        for (Question q : s.quiz()) {
            JsonObject qo = new JsonObject();
            qo.addProperty("epoch", q.epoch());
            qo.addProperty("sample", q.sample());
            qo.addProperty("quantity", q.quantity().id());
            JsonArray at = new JsonArray();
            if (q.element() instanceof Connection c) {
                at.add(c.layer());
                at.add(c.to());
                at.add(c.from());
                qo.add("weight", at);
            } else if (q.element() instanceof NeuronId n) {
                at.add(n.layer());
                at.add(n.index());
                qo.add("neuron", at);
            }
            q.prompt().ifPresent(text -> qo.addProperty("prompt", text));
            quiz.add(qo);
        }
        o.add("quiz", quiz);
    }

    private static JsonArray numbers(double[] v) {
        JsonArray a = new JsonArray();
        for (double d : v) {
            a.add(d);
        }
        return a;
    }
}
