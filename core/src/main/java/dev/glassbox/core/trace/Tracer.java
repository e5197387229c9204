package dev.glassbox.core.trace;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Engine;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.math.UpdateMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the trace of an epoch by running it once more through the {@link Engine} and
 * recording what the engine computed — so the trace is the training, not a second version of it.
 */
public final class Tracer {
    private Tracer() {
    }

    /**
     * The trace of epoch {@code epoch}, trained from {@code before} with learning rate {@code eta}.
     */
    public static EpochTrace trace(Engine engine, List<Sample> samples, int epoch, Parameters before, double eta) {
        Architecture arch = engine.architecture();
        int[] n = arch.sizeArray();
        List<SampleTrace> traces = new ArrayList<>(samples.size());
        double[] p = before.toFlat();
        boolean batch = engine.update() == UpdateMode.BATCH;
        // In batch mode every sample sees the same parameters: share one copy instead of one per sample.
        engine.epoch(p, eta, (s, params, e) -> traces.add(sample(e, arch, n, s, samples.get(s),
                batch ? before : Parameters.ofFlat(n, params))));
        double[] mean = new double[engine.parameterCount()];
        double lossSum = 0.0;
        for (SampleTrace t : traces) {
            double[] g = t.gradient().toFlat();
            for (int k = 0; k < mean.length; k++) {
                mean[k] += g[k];
            }
            lossSum += t.loss();
        }
        for (int k = 0; k < mean.length; k++) {
            mean[k] /= samples.size();
        }
        return new EpochTrace(epoch, arch, engine.update(), eta, before, Parameters.ofFlat(n, p), traces,
                Parameters.ofFlat(n, mean), lossSum / samples.size());
    }

    private static SampleTrace sample(Engine e, Architecture arch, int[] n, int s, Sample sample, Parameters before) {
        int depth = n.length - 1;
        Loss loss = arch.loss();
        List<List<NeuronTrace>> layers = new ArrayList<>();
        List<NeuronTrace> inputs = new ArrayList<>();
        for (int i = 0; i < n[0]; i++) {
            inputs.add(NeuronTrace.input(e.a(0, i)));
        }
        layers.add(inputs);
        double[] g = new double[before.count()];
        for (int l = 1; l <= depth; l++) {
            List<NeuronTrace> layer = new ArrayList<>();
            var f = arch.activation(l);
            for (int j = 0; j < n[l]; j++) {
                double z = e.z(l, j);
                double a = e.a(l, j);
                double slope = f.slope(z, a);
                double delta = e.delta(l, j);
                List<Double> terms = new ArrayList<>();
                double rawError;
                if (l == depth) {
                    rawError = loss.rawError(a, e.y(s, j));
                } else {
                    double backpropSum = 0.0;
                    for (int k = 0; k < n[l + 1]; k++) {
                        double term = before.weight(l, k, j) * e.delta(l + 1, k);
                        terms.add(term);
                        backpropSum += term;
                    }
                    rawError = backpropSum;
                }
                layer.add(new NeuronTrace(z, a, slope, rawError, terms, delta, f.isSaturated(slope)));
                for (int i = 0; i < n[l - 1]; i++) {
                    g[Parameters.weightIndex(n, l - 1, j, i)] = delta * e.a(l - 1, i);
                }
                g[Parameters.biasIndex(n, l - 1, j)] = delta;
            }
            layers.add(layer);
        }
        double sampleLoss = e.lossOf(s);
        return new SampleTrace(s, sample, layers, sampleLoss, Parameters.ofFlat(n, g), before);
    }
}
