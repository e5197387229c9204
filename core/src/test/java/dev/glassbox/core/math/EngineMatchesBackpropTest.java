package dev.glassbox.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast {@link Engine} computes the reference {@link Backprop}'s numbers bit for bit: the
 * parameters and the optimizer's memory after every epoch, the epoch's loss, every sample's loss,
 * the dataset loss and the dead and saturated neurons, compared on their raw bits ({@code −0} is
 * not {@code +0}; only every NaN counts as one, as Java leaves a NaN's sign and payload to the
 * processor). Over every activation in the hidden and the output layers, both losses
 * (cross-entropy on its sigmoid or softmax output), both update modes, the topology limits (one
 * neuron per layer, the most layers, the most neurons), and training sets of one sample, of a
 * block and a part, and of two whole blocks (the engine's batch mean multiplies by 1/8 there, and
 * divides by 7 for seven); and every optimizer with every regularisation, over every valid
 * activation, loss and update mode.
 */
class EngineMatchesBackpropTest {
    private static final int EPOCHS = 6;
    private static final double ETA = 0.3;

    private static final List<List<Integer>> TOPOLOGIES = List.of(
            List.of(1, 1),
            Collections.nCopies(Scenario.MAX_LAYERS, 1),
            Collections.nCopies(Scenario.MAX_LAYERS, Scenario.MAX_NEURONS),
            List.of(3, 5, 2));
    private static final int[] SAMPLE_COUNTS = {1, 7, 8};
    private static final List<Optimizer> OPTIMIZERS = List.of(Optimizer.SGD, new Momentum(0.9), Adam.withDefaults());
    private static final List<Regularization> REGULARIZATIONS = List.of(Regularization.NONE,
            new Regularization(Penalty.L2, 0.01), new Regularization(Penalty.L1, 0.003));

    /** A hidden layers' activation, the output layer's and the loss. */
    record Combination(Activation hidden, Activation output, Loss loss) {
    }

    /**
     * Every combination a scenario of these layer sizes allows: cross-entropy on a sigmoid or softmax
     * output, softmax only as an output of at least two neurons.
     */
    static List<Combination> validCombinations(List<Integer> sizes) {
        List<Combination> all = new ArrayList<>();
        for (Activation hidden : Activation.values()) {
            for (Activation output : Activation.values()) {
                for (Loss loss : Loss.values()) {
                    boolean softmaxFits = output != Activation.SOFTMAX
                            || loss == Loss.CROSS_ENTROPY && sizes.get(sizes.size() - 1) >= 2;
                    if (hidden != Activation.SOFTMAX && softmaxFits && (loss != Loss.CROSS_ENTROPY
                            || loss.cancelsWith(output))) {
                        all.add(new Combination(hidden, output, loss));
                    }
                }
            }
        }
        return all;
    }

    static Stream<Arguments> networks() {
        List<Arguments> all = new ArrayList<>();
        for (List<Integer> sizes : TOPOLOGIES) {
            for (int samples : SAMPLE_COUNTS) {
                for (Combination c : validCombinations(sizes)) {
                    for (UpdateMode mode : UpdateMode.values()) {
                        all.add(Arguments.of(sizes, samples, c.hidden(), c.output(), c.loss(), mode));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} × {1} samples, {2} → {3}, {4}, {5}")
    @MethodSource("networks")
    void theEngineTrainsAsTheReferenceBitForBit(List<Integer> sizes, int sampleCount, Activation hidden,
                                                Activation output, Loss loss, UpdateMode mode) {
        SplittableRandom random = new SplittableRandom(Arrays.hashCode(new int[] {
                sizes.hashCode(), sampleCount, hidden.ordinal(), output.ordinal(), loss.ordinal(), mode.ordinal()}));
        Architecture arch = architecture(sizes, hidden, output, loss);
        assertTrainsAlike(arch, UpdateRule.sgd(mode), samples(arch, sampleCount, random), initial(arch, random));
    }

    static Stream<Arguments> rules() {
        List<Arguments> all = new ArrayList<>();
        List<Integer> sizes = List.of(3, 5, 2);
        for (Optimizer optimizer : OPTIMIZERS) {
            for (Regularization regularization : REGULARIZATIONS) {
                if (optimizer == Optimizer.SGD && regularization == Regularization.NONE) {
                    continue;
                }
                for (int samples : new int[] {7, 8}) {
                    for (Combination c : validCombinations(sizes)) {
                        for (UpdateMode mode : UpdateMode.values()) {
                            all.add(Arguments.of(optimizer, regularization, samples, c.hidden(), c.output(), c.loss(),
                                    mode));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, {2} samples, {3} → {4}, {5}, {6}")
    @MethodSource("rules")
    void everyOptimizerAndPenaltyTrainsAsTheReferenceBitForBit(Optimizer optimizer, Regularization regularization,
                                                               int sampleCount, Activation hidden, Activation output,
                                                               Loss loss, UpdateMode mode) {
        SplittableRandom random = new SplittableRandom(Arrays.hashCode(new int[] {optimizer.hashCode(),
                regularization.hashCode(), sampleCount, hidden.ordinal(), output.ordinal(), loss.ordinal(), mode.ordinal()}));
        Architecture arch = architecture(List.of(3, 5, 2), hidden, output, loss);
        assertTrainsAlike(arch, new UpdateRule(mode, optimizer, regularization), samples(arch, sampleCount, random),
                initial(arch, random));
    }

    private static Architecture architecture(List<Integer> sizes, Activation hidden, Activation output, Loss loss) {
        List<Activation> activations = new ArrayList<>(Collections.nCopies(sizes.size() - 2, hidden));
        activations.add(output);
        return new Architecture(sizes, activations, loss);
    }

    /** Inputs in ±2 and targets in [0, 1]; a softmax output's targets scaled to sum to 1. */
    private static List<Sample> samples(Architecture arch, int count, SplittableRandom random) {
        int out = arch.size(arch.depth());
        List<Sample> samples = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            double[] y = uniform(random, out, 0, 1);
            if (arch.outputActivation() == Activation.SOFTMAX) {
                double sum = Arrays.stream(y).sum();
                for (int j = 0; j < out; j++) {
                    y[j] /= sum;
                }
            }
            samples.add(Sample.of(uniform(random, arch.size(0), -2, 2), y));
        }
        return samples;
    }

    @Test
    void signedZerosStayAsTheReferenceHasThem() {
        // All parameters −0 and inputs of both signs: every sum starts where the reference's does
        // (z from the bias, the backprop sum and the gradient sums from +0), or a −0 would turn +0.
        for (Activation f : Activation.values()) {
            if (f == Activation.SOFTMAX) {
                continue;
            }
            for (UpdateMode mode : UpdateMode.values()) {
                Architecture arch = new Architecture(List.of(2, 3, 2), List.of(f, f), Loss.MSE);
                List<Sample> samples = List.of(Sample.of(new double[] {-0.0, 1}, new double[] {0, -0.0}),
                        Sample.of(new double[] {0.0, -1}, new double[] {-0.0, 0}),
                        Sample.of(new double[] {-0.0, -0.0}, new double[] {0, 0}));
                double[] zeros = new double[Parameters.count(arch.sizeArray())];
                Arrays.fill(zeros, -0.0);
                for (Optimizer optimizer : OPTIMIZERS) {
                    for (Regularization regularization : REGULARIZATIONS) {
                        assertTrainsAlike(arch, new UpdateRule(mode, optimizer, regularization), samples,
                                Parameters.ofFlat(arch.sizeArray(), zeros));
                    }
                }
            }
        }
    }

    private static void assertTrainsAlike(Architecture arch, UpdateRule rule, List<Sample> samples, Parameters start) {
        Engine engine = new Engine(arch, rule, samples);
        OptimizerState state = OptimizerState.initial(rule.optimizer(), arch.sizeArray());
        double[] p = state.trainingState(start);
        Parameters reference = start;
        for (int e = 1; e <= EPOCHS; e++) {
            assertThat(bits(engine.datasetLoss(p))).as("dataset loss before epoch %d", e)
                    .isEqualTo(bits(Backprop.datasetLoss(arch, rule.regularization(), reference, samples)));
            double engineLoss = engine.trainEpoch(p, ETA);
            EpochPass epoch = Backprop.epoch(arch, rule, reference, state, samples, ETA);
            reference = epoch.after();
            state = epoch.stateAfter();

            assertThat(bits(p)).as("parameters and optimizer state after epoch %d", e)
                    .containsExactly(bits(state.trainingState(reference)));
            assertThat(bits(engineLoss)).as("loss of epoch %d", e).isEqualTo(bits(epoch.loss()));
            assertThat(bits(engine.sampleLosses())).as("sample losses of epoch %d", e)
                    .containsExactly(bits(epoch.samples().stream().mapToDouble(SamplePass::loss).toArray()));
            assertThat(deadNeurons(engine, arch)).as("dead after epoch %d", e).isEqualTo(epoch.deadNeurons());
            assertThat(saturatedNeurons(engine, arch)).as("saturated after epoch %d", e)
                    .isEqualTo(saturatedThroughout(arch, epoch));
        }
    }

    private static List<NeuronId> deadNeurons(Engine engine, Architecture arch) {
        return neurons(arch).stream().filter(id -> engine.deadThroughout(id.layer(), id.index())).toList();
    }

    private static List<NeuronId> saturatedNeurons(Engine engine, Architecture arch) {
        return neurons(arch).stream().filter(id -> engine.saturatedThroughout(id.layer(), id.index())).toList();
    }

    /** The neurons saturated on every sample of the reference epoch, by the one definition. */
    private static List<NeuronId> saturatedThroughout(Architecture arch, EpochPass epoch) {
        return neurons(arch).stream().filter(id -> epoch.samples().stream().allMatch(s ->
                NeuronHealth.saturated(arch.activation(id.layer()), s.slope(id.layer(), id.index())))).toList();
    }

    private static List<NeuronId> neurons(Architecture arch) {
        List<NeuronId> ids = new ArrayList<>();
        for (int l = 1; l <= arch.depth(); l++) {
            for (int j = 0; j < arch.size(l); j++) {
                ids.add(new NeuronId(l, j));
            }
        }
        return ids;
    }

    /** Weights uniform in ±1/√(fan-in), so that deep networks neither explode nor vanish in a few epochs. */
    private static Parameters initial(Architecture arch, SplittableRandom random) {
        int[] n = arch.sizeArray();
        double[] flat = new double[Parameters.count(n)];
        for (int l = 0; l + 1 < n.length; l++) {
            double r = 1 / Math.sqrt(n[l]);
            for (int j = 0; j < n[l + 1]; j++) {
                for (int i = 0; i < n[l]; i++) {
                    flat[Parameters.weightIndex(n, l, j, i)] = random.nextDouble(-r, r);
                }
                flat[Parameters.biasIndex(n, l, j)] = random.nextDouble(-r, r);
            }
        }
        return Parameters.ofFlat(n, flat);
    }

    /** The raw bits of {@code v}, or one value for every NaN. */
    private static long bits(double v) {
        return Double.isNaN(v) ? Double.doubleToLongBits(Double.NaN) : Double.doubleToRawLongBits(v);
    }

    private static long[] bits(double[] v) {
        return Arrays.stream(v).mapToLong(EngineMatchesBackpropTest::bits).toArray();
    }

    private static double[] uniform(SplittableRandom random, int count, double from, double to) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = random.nextDouble(from, to);
        }
        return v;
    }
}
