package dev.glassbox.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Penalty;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.session.TrainingSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * One test per rejection rule of the {@code glassbox-scenario/1} format: each breaks one rule of
 * DESIGN.md's example file and expects a {@link ScenarioException} naming the field and the problem.
 */
class ScenarioValidationTest {
    private static final String VALID = """
            {
              "format": "glassbox-scenario/1",
              "name": "XOR — sigmoid, MSE",
              "lesson": "Text shown beside the scenario.",
              "layers": [2, 2, 1],
              "activations": ["sigmoid", "sigmoid"],
              "loss": "mse",
              "learningRate": 0.5,
              "update": "batch",
              "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45]]],
              "biases": [[0.35, 0.35], [0.60]],
              "samples": [ {"x": [0, 0], "y": [0]}, {"x": [0, 1], "y": [1]},
                           {"x": [1, 0], "y": [1]}, {"x": [1, 1], "y": [0]} ]
            }
            """;

    @Test
    void theExampleOfTheDesignIsValid() {
        Scenario s = ScenarioFiles.parse(VALID);
        assertThat(s.architecture().sizes()).containsExactly(2, 2, 1);
        assertThat(s.learningRate()).isEqualTo(0.5);
        assertThat(s.parameters().weight(1, 0, 1)).isEqualTo(0.45);
        assertThat(s.samples()).hasSize(4);
    }

    @Test
    void updateDefaultsToBatch() {
        assertThat(edit(o -> o.remove("update")).updateMode()).isEqualTo(UpdateMode.BATCH);
    }

    @Test
    void acceptsTheLimits() {
        Scenario s = edit(o -> {
            o.add("layers", json("[16, 1, 1, 1, 1, 1, 1, 16]"));
            o.add("activations", json("[\"tanh\", \"relu\", \"leaky-relu\", \"linear\", \"sigmoid\", \"tanh\", \"sigmoid\"]"));
            o.remove("weights");
            o.remove("biases");
            o.addProperty("seed", 1);
            o.add("samples", samples(Scenario.MAX_SAMPLES, "[" + "1, ".repeat(15) + "1]", "[" + "0, ".repeat(15) + "0]"));
        });
        assertThat(s.architecture().depth()).isEqualTo(7);
        assertThat(s.samples()).hasSize(10_000);
    }

    // ------------------------------------------------------------ unknown values and keys

    @Test
    void rejectsAnUnknownActivation() {
        rejects(o -> o.add("activations", json("[\"sigmoid\", \"swish\"]")),
                "activations[1]", "unknown value \"swish\" (allowed: sigmoid, tanh, relu, leaky-relu, linear, softmax)");
    }

    @Test
    void rejectsAnUnknownLoss() {
        rejects(o -> o.addProperty("loss", "hinge"), "loss", "unknown value \"hinge\" (allowed: mse, cross-entropy)");
    }

    @Test
    void rejectsAnUnknownUpdateMode() {
        rejects(o -> o.addProperty("update", "minibatch"), "update", "unknown value \"minibatch\" (allowed: batch, online)");
    }

    @Test
    void rejectsAnUnknownInitialiser() {
        rejects(o -> o.addProperty("init", "glorot-normal"), "init",
                "unknown value \"glorot-normal\" (allowed: xavier, he, uniform, zeros)");
        rejects(o -> o.addProperty("init", 2), "init", "expected a string");
    }

    @Test
    void theInitialiserDefaultsToXavier() {
        assertThat(edit(o -> o.remove("init")).initializer()).isEqualTo(Initializer.XAVIER);
        assertThat(edit(o -> o.addProperty("init", "he")).initializer()).isEqualTo(Initializer.HE);
    }

    @Test
    void rejectsAnUnknownKey() {
        rejects(o -> o.addProperty("momentum", 0.9), "momentum", "unknown field");
    }

    @Test
    void rejectsAnUnknownKeyInASample() {
        rejects(o -> o.get("samples").getAsJsonArray().get(1).getAsJsonObject().addProperty("weight", 2),
                "samples[1].weight", "unknown field");
    }

    @Test
    void rejectsAKeyThatAppearsTwice() {
        String twice = VALID.replace("\"learningRate\": 0.5,", "\"learningRate\": 0.5, \"learningRate\": 5,");
        rejectsText(twice, "learningRate", "appears more than once");
        assertThatExceptionOfType(ScenarioException.class).isThrownBy(() -> ScenarioFiles.parse(twice))
                .withMessage("learningRate: appears more than once");
        // keys are compared as the JSON means them, escapes resolved
        rejectsText(VALID.replace("\"learningRate\": 0.5,", "\"learningRate\": 0.5, \"learning\\u0052ate\": 5,"),
                "learningRate", "appears more than once");
        // a syntax error still comes first
        rejectsText(twice.strip().replaceFirst("}$", ""), "", "the JSON ends too early");
    }

    @Test
    void rejectsAKeyThatAppearsTwiceInASample() {
        String twice = VALID.replace("{\"x\": [1, 0], \"y\": [1]}", "{\"x\": [1, 0], \"y\": [1], \"x\": [0, 0]}");
        rejectsText(twice, "samples[2].x", "appears more than once");
        assertThatExceptionOfType(ScenarioException.class).isThrownBy(() -> ScenarioFiles.parse(twice))
                .withMessage("samples[2].x: appears more than once");
        rejectsText(VALID.replace("\"Text shown beside the scenario.\"", "{\"a\": [{\"b\": 1, \"b\": 2}]}"),
                "lesson.a[0].b", "appears more than once");
    }

    @Test
    void rejectsAnotherFormat() {
        rejects(o -> o.addProperty("format", "glassbox-scenario/2"),
                "format", "expected \"glassbox-scenario/1\", got \"glassbox-scenario/2\"");
    }

    @Test
    void rejectsAMissingFormat() {
        rejects(o -> o.remove("format"), "format", "missing");
    }

    @Test
    void rejectsAMissingOrEmptyName() {
        rejects(o -> o.remove("name"), "name", "missing");
        rejects(o -> o.addProperty("name", "  "), "name", "must not be empty");
    }

    @Test
    void rejectsAValueOfTheWrongType() {
        rejects(o -> o.addProperty("loss", 1), "loss", "expected a string");
        rejects(o -> o.addProperty("layers", "2, 2, 1"), "layers", "expected an array");
        rejects(o -> o.addProperty("learningRate", "0.5"), "learningRate", "expected a number");
        rejects(o -> o.add("samples", json("[[0, 0]]")), "samples[0]", "expected an object with \"x\" and \"y\"");
        rejects(o -> o.add("samples", json("[{\"x\": [0, \"1\"], \"y\": [0]}]")), "samples[0].x[1]", "expected a number");
    }

    // ------------------------------------------------------------ dimensions and limits

    @Test
    void rejectsTooFewLayers() {
        rejects(o -> o.add("layers", json("[2]")), "layers", "needs 2 to 8 layers, got 1");
    }

    @Test
    void rejectsMoreThanEightLayers() {
        rejects(o -> o.add("layers", json("[2, 2, 2, 2, 2, 2, 2, 2, 1]")), "layers", "needs 2 to 8 layers, got 9");
    }

    @Test
    void rejectsALayerOfNoNeurons() {
        rejects(o -> o.add("layers", json("[2, 0, 1]")), "layers[1]", "must be a whole number from 1 to 16, got 0");
    }

    @Test
    void rejectsALayerOfSeventeenNeurons() {
        rejects(o -> o.add("layers", json("[17, 2, 1]")), "layers[0]", "must be a whole number from 1 to 16, got 17");
    }

    @Test
    void rejectsAFractionalLayerSize() {
        rejects(o -> o.add("layers", json("[2, 2.5, 1]")), "layers[1]", "must be a whole number from 1 to 16, got 2.5");
    }

    @Test
    void rejectsTheWrongNumberOfActivations() {
        rejects(o -> o.add("activations", json("[\"sigmoid\"]")),
                "activations", "needs one entry per non-input layer (2), got 1");
    }

    @Test
    void rejectsTheWrongNumberOfWeightLayers() {
        rejects(o -> o.add("weights", json("[[[0.15, 0.20], [0.25, 0.30]]]")), "weights", "needs 2 layers of weights, got 1");
    }

    @Test
    void rejectsTheWrongNumberOfWeightRows() {
        rejects(o -> o.add("weights", json("[[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.5, 0.5]]]")),
                "weights[1]", "needs 1 rows (one per neuron of layer 2), got 2");
    }

    @Test
    void rejectsAWeightRowOfTheWrongLength() {
        rejects(o -> o.add("weights", json("[[[0.15, 0.20], [0.25, 0.30, 0.1]], [[0.40, 0.45]]]")),
                "weights[0][1]", "needs 2 values, got 3");
    }

    @Test
    void rejectsTheWrongNumberOfBiasLayers() {
        rejects(o -> o.add("biases", json("[[0.35, 0.35], [0.60], [0]]")), "biases", "needs 2 layers of biases, got 3");
    }

    @Test
    void rejectsABiasLayerOfTheWrongLength() {
        rejects(o -> o.add("biases", json("[[0.35], [0.60]]")), "biases[0]", "needs 2 values, got 1");
    }

    @Test
    void rejectsASampleInputOfTheWrongLength() {
        rejects(o -> o.get("samples").getAsJsonArray().get(2).getAsJsonObject().add("x", json("[1, 0, 1]")),
                "samples[2].x", "needs 2 values, got 3");
    }

    @Test
    void rejectsASampleTargetOfTheWrongLength() {
        rejects(o -> o.get("samples").getAsJsonArray().get(3).getAsJsonObject().add("y", json("[]")),
                "samples[3].y", "needs 1 value, got 0");
    }

    @Test
    void rejectsASampleWithoutTarget() {
        rejects(o -> o.get("samples").getAsJsonArray().get(0).getAsJsonObject().remove("y"), "samples[0].y", "missing");
    }

    @Test
    void rejectsEmptySamples() {
        rejects(o -> o.add("samples", new JsonArray()), "samples", "must hold at least one sample");
    }

    @Test
    void rejectsMoreThanTenThousandSamples() {
        rejects(o -> o.add("samples", samples(Scenario.MAX_SAMPLES + 1, "[0, 1]", "[1]")),
                "samples", "at most 10000 samples, got 10001");
    }

    // ------------------------------------------------------------ numbers

    @Test
    void rejectsAZeroLearningRate() {
        rejects(o -> o.addProperty("learningRate", 0), "learningRate", "must be a finite number above 0, got 0.0");
    }

    @Test
    void rejectsANegativeLearningRate() {
        rejects(o -> o.addProperty("learningRate", -0.5), "learningRate", "must be a finite number above 0, got -0.5");
    }

    @Test
    void rejectsANonFiniteLearningRate() {
        rejectsText(VALID.replace("\"learningRate\": 0.5", "\"learningRate\": 1e999"),
                "learningRate", "must be a finite number, got 1e999");
    }

    @Test
    void rejectsAMissingLearningRate() {
        rejects(o -> o.remove("learningRate"), "learningRate", "missing");
    }

    @Test
    void rejectsANonFiniteWeight() {
        rejectsText(VALID.replace("[[0.40, 0.45]]", "[[0.40, -1e400]]"), "weights[1][0][1]", "must be a finite number");
    }

    @Test
    void rejectsANonFiniteSampleValue() {
        rejectsText(VALID.replace("{\"x\": [0, 1], \"y\": [1]}", "{\"x\": [0, 1], \"y\": [2e308]}"),
                "samples[1].y[0]", "must be a finite number");
    }

    // ------------------------------------------------------------ combinations

    @Test
    void rejectsCrossEntropyWithANonSigmoidOutput() {
        rejects(o -> {
            o.addProperty("loss", "cross-entropy");
            o.add("activations", json("[\"sigmoid\", \"tanh\"]"));
        }, "loss", "cross-entropy needs a sigmoid output layer, not tanh");
    }

    @Test
    void rejectsTargetsAboveOneWithCrossEntropy() {
        rejects(o -> {
            o.addProperty("loss", "cross-entropy");
            o.get("samples").getAsJsonArray().get(1).getAsJsonObject().add("y", json("[1.5]"));
        }, "samples[1].y[0]", "cross-entropy needs targets in [0, 1], got 1.5");
    }

    @Test
    void rejectsTargetsBelowZeroWithCrossEntropy() {
        rejects(o -> {
            o.addProperty("loss", "cross-entropy");
            o.get("samples").getAsJsonArray().get(3).getAsJsonObject().add("y", json("[-0.25]"));
        }, "samples[3].y[0]", "cross-entropy needs targets in [0, 1], got -0.25");
    }

    @Test
    void acceptsTargetsOutsideZeroToOneWithMse() {
        assertThat(edit(o -> o.get("samples").getAsJsonArray().get(1).getAsJsonObject().add("y", json("[1.5]")))
                .samples().get(1).y()).containsExactly(1.5);
    }

    @Test
    void rejectsWeightsWithoutBiases() {
        rejects(o -> o.remove("biases"), "biases", "missing: weights and biases are given or omitted together");
    }

    @Test
    void rejectsBiasesWithoutWeights() {
        rejects(o -> o.remove("weights"), "weights", "missing: weights and biases are given or omitted together");
    }

    @Test
    void rejectsAMissingSeedWhenWeightsAreOmitted() {
        rejects(o -> {
            o.remove("weights");
            o.remove("biases");
        }, "seed", "needed when weights and biases are omitted");
    }

    @Test
    void rejectsAFractionalSeed() {
        rejects(o -> {
            o.remove("weights");
            o.remove("biases");
            o.addProperty("seed", 1.5);
        }, "seed", "must be a whole number");
    }

    // ------------------------------------------------------------ the file as a whole

    @Test
    void rejectsAFileOverOneMebibyte() {
        String big = VALID.replace("\"Text shown beside the scenario.\"", "\"" + "x".repeat(ScenarioFiles.MAX_BYTES) + "\"");
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        assertRejected(() -> ScenarioFiles.read(new ByteArrayInputStream(bytes)), "", "the file is larger than 1 MiB");
        assertRejected(() -> ScenarioFiles.parse(big), "", "the file is larger than 1 MiB");
    }

    @Test
    void measuresTheFileSizeInUtf8BytesNotCharacters() throws IOException {
        // "é€😀" is 4 chars and 2 + 3 + 4 bytes: exactly 1 MiB of it is fewer than half a million chars
        String empty = VALID.replace("Text shown beside the scenario.", "");
        int fill = ScenarioFiles.MAX_BYTES - empty.getBytes(StandardCharsets.UTF_8).length;
        String atLimit = VALID.replace("Text shown beside the scenario.", "é€😀".repeat(fill / 9) + "x".repeat(fill % 9));
        String overLimit = atLimit.replaceFirst("é", "€");
        assertThat(overLimit).hasSameSizeAs(atLimit).hasSizeLessThan(ScenarioFiles.MAX_BYTES / 2);

        Scenario read = ScenarioFiles.parse(atLimit);
        assertThat(read.lesson()).startsWith("é€😀");
        assertThat(readBytes(atLimit)).isEqualTo(read);
        assertRejected(() -> ScenarioFiles.parse(overLimit), "", "the file is larger than 1 MiB");
        assertRejected(() -> readBytes(overLimit), "", "the file is larger than 1 MiB");
    }

    @Test
    void rejectsAnythingButAnObject() {
        rejectsText("[" + VALID + "]", "", "expected a JSON object");
    }

    @Test
    void rejectsTextAfterTheObject() {
        rejectsText(VALID + "{}", "", "unexpected text after the JSON object");
    }

    // ------------------------------------------------------------ the record checks the same rules

    @Test
    void theRecordRejectsWhatNoFileCanSay() {
        Scenario valid = ScenarioFiles.parse(VALID);
        assertRejected(() -> valid.toBuilder().learningRate(Double.NaN).build(), "learningRate", "must be a finite number above 0, got NaN");
        assertRejected(() -> valid.toBuilder().learningRate(Double.POSITIVE_INFINITY).build(), "learningRate", "got Infinity");
        assertRejected(() -> valid.toBuilder().parameters(Parameters.zeros(new int[] {2, 3, 1})).build(),
                "weights", "do not match layers [2, 2, 1]");
        assertRejected(() -> valid.toBuilder().parameters(Parameters.of(new double[][][] {{{Double.NaN, 0}, {0, 0}}, {{0, 0}}},
                new double[][] {{0, 0}, {0}})).build(), "weights", "must all be finite numbers");
        assertRejected(() -> valid.toBuilder().loss(Loss.CROSS_ENTROPY).activations(Activation.SIGMOID, Activation.LINEAR).build(),
                "loss", "cross-entropy needs a sigmoid output layer, not linear");
        assertRejected(() -> valid.toBuilder().updateMode(null).build(), "update", "missing");
        assertRejected(() -> new Scenario("s", "", valid.architecture(), 1, UpdateMode.BATCH, null, 0,
                List.of(Sample.of(new double[] {0, Double.NaN}, new double[] {0}))), "samples[0].x[1]", "must be a finite number");
        assertRejected(() -> new Scenario("s", "", new Architecture(List.of(2, 2, 2, 2, 2, 2, 2, 2, 1),
                Collections.nCopies(8, Activation.TANH), Loss.MSE), 1, UpdateMode.BATCH, null, 0, valid.samples()),
                "layers", "needs 2 to 8 layers, got 9");
    }

    @Test
    void aRejectedFileLeavesTheCallersSessionAsItWas() {
        TrainingSession session = new TrainingSession(ScenarioFiles.parse(VALID));
        session.run(10);
        Parameters before = session.parameters();
        String broken = VALID.replace("\"mse\"", "\"hinge\"");

        assertRejected(() -> session.load(ScenarioFiles.parse(broken)), "loss", "unknown value");
        assertThat(session.epoch()).isEqualTo(10);
        assertThat(session.parameters()).isEqualTo(before);
        assertThat(session.scenario().name()).isEqualTo("XOR — sigmoid, MSE");
    }

    // ------------------------------------------------------------ optimizer, regularization, softmax

    @Test
    void optimizerDefaultsToSgdAndAdamToItsConstants() {
        assertThat(edit(o -> { }).optimizer()).isEqualTo(Optimizer.SGD);
        assertThat(edit(o -> o.addProperty("optimizer", "sgd")).optimizer()).isEqualTo(Optimizer.SGD);
        assertThat(edit(o -> o.add("optimizer", json("{\"type\": \"sgd\"}"))).optimizer()).isEqualTo(Optimizer.SGD);
        assertThat(edit(o -> o.addProperty("optimizer", "adam")).optimizer()).isEqualTo(new Adam(0.9, 0.999, 1e-8));
        assertThat(edit(o -> o.add("optimizer", json("{\"type\": \"adam\", \"beta2\": 0.99}"))).optimizer())
                .isEqualTo(new Adam(0.9, 0.99, 1e-8));
        assertThat(edit(o -> o.add("optimizer", json("{\"type\": \"momentum\", \"momentum\": 0.5}"))).optimizer())
                .isEqualTo(new Momentum(0.5));
    }

    @Test
    void rejectsAnUnknownOptimizer() {
        rejects(o -> o.addProperty("optimizer", "rmsprop"), "optimizer",
                "unknown value \"rmsprop\" (allowed: sgd, momentum, adam)");
        rejects(o -> o.add("optimizer", json("{\"type\": \"nesterov\"}")), "optimizer.type",
                "unknown value \"nesterov\" (allowed: sgd, momentum, adam)");
        rejects(o -> o.add("optimizer", json("{\"momentum\": 0.9}")), "optimizer.type", "missing");
        rejects(o -> o.addProperty("optimizer", 0.9), "optimizer", "expected a string or an object with \"type\"");
    }

    @Test
    void rejectsAKeyThatIsNotTheOptimizersOwn() {
        rejects(o -> o.add("optimizer", json("{\"type\": \"momentum\", \"momentum\": 0.9, \"beta1\": 0.9}")),
                "optimizer.beta1", "unknown field");
        rejects(o -> o.add("optimizer", json("{\"type\": \"sgd\", \"momentum\": 0.9}")), "optimizer.momentum",
                "unknown field");
        rejects(o -> o.add("optimizer", json("{\"type\": \"adam\", \"momentum\": 0.9}")), "optimizer.momentum",
                "unknown field");
    }

    @Test
    void momentumNeedsAMomentumFromZeroToBelowOne() {
        rejects(o -> o.addProperty("optimizer", "momentum"), "optimizer.momentum", "missing");
        rejects(o -> o.add("optimizer", json("{\"type\": \"momentum\", \"momentum\": 1}")), "optimizer.momentum",
                "must be a number from 0 to below 1, got 1.0");
        rejects(o -> o.add("optimizer", json("{\"type\": \"momentum\", \"momentum\": -0.1}")), "optimizer.momentum",
                "must be a number from 0 to below 1, got -0.1");
        rejects(o -> o.add("optimizer", json("{\"type\": \"momentum\", \"momentum\": \"0.9\"}")),
                "optimizer.momentum", "expected a number");
        rejects(o -> o.add("optimizer", json("{\"type\": \"momentum\", \"momentum\": 1e999}")),
                "optimizer.momentum", "must be a finite number, got 1e999");
    }

    @Test
    void adamNeedsBetasFromZeroToBelowOneAndAPositiveEpsilon() {
        rejects(o -> o.add("optimizer", json("{\"type\": \"adam\", \"beta1\": 1.0}")), "optimizer.beta1",
                "must be a number from 0 to below 1, got 1.0");
        rejects(o -> o.add("optimizer", json("{\"type\": \"adam\", \"beta2\": 1.5}")), "optimizer.beta2",
                "must be a number from 0 to below 1, got 1.5");
        rejects(o -> o.add("optimizer", json("{\"type\": \"adam\", \"epsilon\": 0}")), "optimizer.epsilon",
                "must be a finite number above 0, got 0.0");
        assertRejected(() -> ScenarioFiles.parse(VALID).toBuilder().optimizer(new Adam(0.9, Double.NaN, 1e-8)).build(), "optimizer.beta2",
                "must be a number from 0 to below 1, got NaN");
        assertRejected(() -> ScenarioFiles.parse(VALID).toBuilder().optimizer(null).build(), "optimizer", "missing");
    }

    @Test
    void regularizationNeedsAKnownTypeAndALambdaOfAtLeastZero() {
        assertThat(edit(o -> { }).regularization()).isEqualTo(Regularization.NONE);
        assertThat(edit(o -> o.add("regularization", json("{\"type\": \"l1\", \"lambda\": 0.5}"))).regularization())
                .isEqualTo(new Regularization(Penalty.L1, 0.5));
        assertThat(edit(o -> o.add("regularization", json("{\"type\": \"none\"}"))).regularization())
                .isEqualTo(Regularization.NONE);
        rejects(o -> o.add("regularization", json("{\"type\": \"l3\", \"lambda\": 0.5}")), "regularization.type",
                "unknown value \"l3\" (allowed: none, l2, l1)");
        rejects(o -> o.addProperty("regularization", "l2"), "regularization.lambda", "missing");
        rejects(o -> o.add("regularization", json("{\"type\": \"l2\", \"lambda\": -1}")), "regularization.lambda",
                "must be a finite number of at least 0, got -1.0");
        rejects(o -> o.add("regularization", json("{\"type\": \"l2\", \"lambda\": 0.1, \"on\": \"biases\"}")),
                "regularization.on", "unknown field");
        rejects(o -> o.add("regularization", json("{\"type\": \"none\", \"lambda\": 0.1}")), "regularization.lambda",
                "unknown field");
        rejects(o -> o.add("regularization", json("[\"l2\", 0.1]")), "regularization",
                "expected a string or an object with \"type\"");
        assertRejected(() -> ScenarioFiles.parse(VALID).toBuilder().regularization(new Regularization(Penalty.NONE, 0.5)).build(),
                "regularization.lambda", "must be 0 without a penalty, got 0.5");
        assertRejected(() -> ScenarioFiles.parse(VALID).toBuilder().regularization(new Regularization(Penalty.L2, Double.POSITIVE_INFINITY))
                .build(), "regularization.lambda", "must be a finite number of at least 0, got Infinity");
    }

    /** Three classes of one input: a softmax output layer of three neurons and one-hot targets. */
    private static final String SOFTMAX = """
            {
              "format": "glassbox-scenario/1",
              "name": "three classes",
              "layers": [1, 3],
              "activations": ["softmax"],
              "loss": "cross-entropy",
              "learningRate": 0.5,
              "seed": 1,
              "samples": [ {"x": [-1], "y": [1, 0, 0]}, {"x": [0], "y": [0, 1, 0]}, {"x": [1], "y": [0, 0.5, 0.5]} ]
            }
            """;

    @Test
    void softmaxIsAllowedAsTheOutputOfCrossEntropyWithTargetsSummingToOne() {
        Scenario s = ScenarioFiles.parse(SOFTMAX);
        assertThat(s.architecture().outputActivation()).isEqualTo(Activation.SOFTMAX);
        assertThat(s.architecture().cancellation()).isTrue();
        // 0.1 + 0.2 + 0.7 is 1.0000000000000002 in doubles: within the tolerance
        assertThat(softmax(o -> o.add("samples", samples(1, "[0]", "[0.1, 0.2, 0.7]"))).samples()).hasSize(1);
    }

    @Test
    void rejectsSoftmaxInAHiddenLayer() {
        assertRejected(() -> softmax(o -> {
            o.add("layers", json("[1, 3, 3]"));
            o.add("activations", json("[\"softmax\", \"softmax\"]"));
        }), "activations[0]", "softmax is allowed only as the output layer's activation");
    }

    @Test
    void rejectsSoftmaxWithoutCrossEntropy() {
        assertRejected(() -> softmax(o -> o.addProperty("loss", "mse")), "loss",
                "a softmax output layer needs cross-entropy, not mse");
    }

    @Test
    void rejectsSoftmaxOfOneOutput() {
        assertRejected(() -> softmax(o -> {
            o.add("layers", json("[1, 1]"));
            o.add("samples", samples(2, "[0]", "[1]"));
        }), "layers[1]", "a softmax output layer needs at least 2 neurons, got 1");
    }

    @Test
    void rejectsSoftmaxTargetsThatAreNegativeOrDoNotSumToOne() {
        assertRejected(() -> softmax(o -> o.add("samples", samples(2, "[0]", "[0.5, 0.5, 0.25]"))), "samples[0].y",
                "a softmax output needs targets that sum to 1, got 1.25");
        assertRejected(() -> softmax(o -> o.add("samples", samples(1, "[0]", "[0, 0, 0]"))), "samples[0].y",
                "a softmax output needs targets that sum to 1, got 0.0");
        // cross-entropy's own rule on each target comes first: [0, 1]
        assertRejected(() -> softmax(o -> o.add("samples", samples(1, "[0]", "[-0.5, 0.5, 1]"))), "samples[0].y[0]",
                "cross-entropy needs targets in [0, 1], got -0.5");
    }

    private static Scenario softmax(Consumer<JsonObject> change) {
        JsonObject o = json(SOFTMAX).getAsJsonObject();
        change.accept(o);
        return ScenarioFiles.parse(o.toString());
    }

    // ------------------------------------------------------------ helpers

    private static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }

    /** The valid example with {@code change} applied, parsed. */
    private static Scenario edit(Consumer<JsonObject> change) {
        JsonObject o = json(VALID).getAsJsonObject();
        change.accept(o);
        return ScenarioFiles.parse(o.toString());
    }

    private static Scenario readBytes(String text) throws IOException {
        return ScenarioFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void rejects(Consumer<JsonObject> change, String field, String problem) {
        assertRejected(() -> edit(change), field, problem);
    }

    private static void rejectsText(String text, String field, String problem) {
        assertRejected(() -> ScenarioFiles.parse(text), field, problem);
    }

    static void assertRejected(ThrowingCallable call, String field, String problem) {
        assertThatExceptionOfType(ScenarioException.class).isThrownBy(call)
                .withMessageContaining(problem)
                .satisfies(e -> assertThat(e.field()).isEqualTo(field))
                .satisfies(e -> assertThat(e.getMessage()).startsWith(field.isEmpty() ? problem : field + ": "));
    }

    private static JsonArray samples(int count, String x, String y) {
        JsonArray a = new JsonArray();
        JsonElement sample = json("{\"x\": " + x + ", \"y\": " + y + "}");
        for (int s = 0; s < count; s++) {
            a.add(sample);
        }
        return a;
    }
}
