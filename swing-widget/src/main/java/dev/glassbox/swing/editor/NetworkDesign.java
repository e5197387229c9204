package dev.glassbox.swing.editor;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.quiz.Question;
import dev.glassbox.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The network editor's changes, each a new scenario made from the session's: a hidden layer added or
 * removed, a layer's size or activation, the loss, how the weights start. The input and output
 * layers keep their sizes, which the samples set. A change past a limit of the scenario format
 * ({@link Scenario#MAX_LAYERS}, {@link Scenario#MAX_NEURONS}) is refused with the limit in words;
 * a combination the core rejects (softmax in a hidden layer, cross-entropy without a sigmoid or
 * softmax output) with the core's message. Either way the exception is an
 * {@link IllegalArgumentException} whose message is shown as it is.
 *
 * <p>A new shape drops the weights (they would not fit) and draws new ones from the scenario's
 * initialiser and seed; the quiz's questions about neurons or weights that no longer exist are left out.
 */
final class NetworkDesign {
    /** The size of a hidden layer added where no hidden layer stands beside it to copy. */
    static final int NEW_LAYER_SIZE = 2;

    private NetworkDesign() {
    }

    /** Why another layer cannot be added. */
    static String tooManyLayers() {
        return "At most " + Scenario.MAX_LAYERS + " layers, the input and output layers included.";
    }

    /** Why a layer cannot grow. */
    static String tooManyNeurons() {
        return "At most " + Scenario.MAX_NEURONS + " neurons in a layer.";
    }

    /** Why a layer cannot shrink. */
    static String tooFewNeurons() {
        return "At least 1 neuron in a layer: to take the layer out, remove it.";
    }

    /**
     * A hidden layer added after layer {@code after} (0: right after the inputs), of the size and
     * activation of a hidden layer beside it (the one before, else the one after).
     */
    static Scenario withLayerAdded(Scenario s, int after) {
        Architecture arch = s.architecture();
        if (after < 0 || after >= arch.depth()) {
            throw new IllegalArgumentException("no layer " + after + " to add a layer after");
        }
        if (arch.sizes().size() >= Scenario.MAX_LAYERS) {
            throw new IllegalArgumentException(tooManyLayers());
        }
        int copied = after > 0 ? after : arch.depth() > 1 ? 1 : -1;
        int size = copied > 0 ? arch.size(copied) : NEW_LAYER_SIZE;
        Activation f = copied > 0 ? arch.activation(copied) : hiddenLike(arch.outputActivation());
        List<Integer> sizes = new ArrayList<>(arch.sizes());
        List<Activation> fs = new ArrayList<>(arch.activations());
        sizes.add(after + 1, size);
        fs.add(after, f);
        return reshaped(s, new Architecture(sizes, fs, arch.loss()));
    }

    /** Hidden layer {@code layer} (1 … L − 1) taken out. */
    static Scenario withoutLayer(Scenario s, int layer) {
        Architecture arch = s.architecture();
        requireHidden(arch, layer);
        List<Integer> sizes = new ArrayList<>(arch.sizes());
        List<Activation> fs = new ArrayList<>(arch.activations());
        sizes.remove(layer);
        fs.remove(layer - 1);
        return reshaped(s, new Architecture(sizes, fs, arch.loss()));
    }

    /** Hidden layer {@code layer} (1 … L − 1) with {@code neurons} neurons. */
    static Scenario withSize(Scenario s, int layer, int neurons) {
        Architecture arch = s.architecture();
        requireHidden(arch, layer);
        if (neurons > Scenario.MAX_NEURONS) {
            throw new IllegalArgumentException(tooManyNeurons());
        }
        if (neurons < 1) {
            throw new IllegalArgumentException(tooFewNeurons());
        }
        List<Integer> sizes = new ArrayList<>(arch.sizes());
        sizes.set(layer, neurons);
        return reshaped(s, new Architecture(sizes, arch.activations(), arch.loss()));
    }

    /** Layer {@code layer} (1 … L, the output included) with the activation {@code f}; the weights stay. */
    static Scenario withActivation(Scenario s, int layer, Activation f) {
        Architecture arch = s.architecture();
        if (layer < 1 || layer > arch.depth()) {
            throw new IllegalArgumentException("no layer " + layer + " with an activation");
        }
        List<Activation> fs = new ArrayList<>(arch.activations());
        fs.set(layer - 1, f);
        return s.toBuilder().architecture(new Architecture(arch.sizes(), fs, arch.loss())).build();
    }

    /** The loss {@code loss}; the weights stay. */
    static Scenario withLoss(Scenario s, Loss loss) {
        return s.toBuilder().loss(loss).build();
    }

    /** Weights drawn by {@code init} from {@code seed} instead of any given weights. */
    static Scenario withDrawnWeights(Scenario s, Initializer init, long seed) {
        return s.toBuilder().parameters(null).initializer(init).seed(seed).build();
    }

    /** The given weights, which must fit the network's layers. */
    static Scenario withWeights(Scenario s, Parameters weights) {
        return s.toBuilder().parameters(weights).build();
    }

    /** The activations a hidden layer may have: all but softmax, which only an output layer may have. */
    static List<Activation> hiddenActivations() {
        List<Activation> fs = new ArrayList<>(List.of(Activation.values()));
        fs.remove(Activation.SOFTMAX);
        return fs;
    }

    /** A new layer's activation when no hidden layer is there to copy: the output's, unless only an output may have it. */
    private static Activation hiddenLike(Activation output) {
        return output == Activation.SOFTMAX ? Activation.SIGMOID : output;
    }

    private static void requireHidden(Architecture arch, int layer) {
        if (layer < 1 || layer >= arch.depth()) {
            throw new IllegalArgumentException("layer " + layer + " is not a hidden layer");
        }
    }

    /**
     * The scenario with a new shape: new weights from its initialiser and seed, and only the quiz
     * questions that can still be asked of the new network.
     */
    private static Scenario reshaped(Scenario s, Architecture arch) {
        List<Question> quiz = s.quiz().stream().filter(q -> q.problemIn(arch, s.samples().size()).isEmpty()).toList();
        return s.toBuilder().architecture(arch).parameters(null).quiz(quiz).build();
    }
}
