package dev.glassbox.core.trace;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Backprop;
import dev.glassbox.core.math.EpochPass;
import dev.glassbox.core.math.NeuronHealth;
import dev.glassbox.core.math.OptimizerState;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.math.SamplePass;
import dev.glassbox.core.math.UpdateRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The trace of an epoch: the epoch trained once more by the reference {@link Backprop#epoch},
 * recorded as it computed it — the same numbers as the engine's training, bit for bit, and no
 * formula of its own.
 */
public final class Tracer {
    private Tracer() {
    }

    /**
     * The trace of epoch {@code epoch}, trained from {@code before} with learning rate {@code eta}.
     *
     * @param architecture the network
     * @param rule         batch or online, the optimizer, the regularisation
     * @param samples      the training set
     * @param epoch        the epoch's number (1 is the first epoch trained from the initial parameters)
     * @param before       the parameters at the start of the epoch
     * @param state        the optimizer's memory at the start of the epoch
     * @param eta          the learning rate {@code η}
     * @return every number of the epoch
     */
    public static EpochTrace trace(Architecture architecture, UpdateRule rule, List<Sample> samples, int epoch,
                                   Parameters before, OptimizerState state, double eta) {
        EpochPass run = Backprop.epoch(architecture, rule, before, state, samples, eta);
        return new EpochTrace(epoch, architecture, rule.mode(), eta, before, run.after(),
                new SampleTraces(architecture, run.samples()), run.meanGradient(),
                run.loss(), run.deadNeurons(), rule.optimizer(), rule.regularization(), run.dataLoss(), run.penalty(),
                run.steps());
    }

    /** One sample's trace, from its pass (made as it is read: {@link SampleTraces}). */
    static SampleTrace sample(Architecture arch, int s, SamplePass pass) {
        List<List<NeuronTrace>> layers = new ArrayList<>();
        List<NeuronTrace> inputs = new ArrayList<>();
        for (int i = 0; i < arch.size(0); i++) {
            inputs.add(NeuronTrace.input(pass.a(0, i)));
        }
        layers.add(inputs);
        for (int l = 1; l <= arch.depth(); l++) {
            Activation f = arch.activation(l);
            List<NeuronTrace> layer = new ArrayList<>();
            for (int j = 0; j < arch.size(l); j++) {
                layer.add(new NeuronTrace(pass.z(l, j), pass.a(l, j), pass.slope(l, j), pass.rawError(l, j),
                        pass.backpropTerms(l, j), pass.delta(l, j), NeuronHealth.saturated(f, pass.slope(l, j))));
            }
            layers.add(layer);
        }
        return new SampleTrace(s, pass.sample(), layers, pass.loss(), pass.gradient(), pass.parameters());
    }
}
