package dev.glassbox.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.testing.HandWorkedScenario;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.TrainingSession;
import org.junit.jupiter.api.Test;

/**
 * One forward pass, one backward pass and one batch update of DESIGN.md's 2-2-1 network, worked
 * by hand: sigmoid everywhere, MSE, η = 0.5, a single sample x = (0.05, 0.10), y = 0.01 (the
 * numbers of the classic step-by-step example, whose first output this is).
 *
 * <p>Names: hidden neurons h1, h2 (layer 1), output o (layer 2); {@code w_ji = weights[0][j][i]},
 * {@code v_j = weights[1][0][j]}, {@code b_j = biases[0][j]}, {@code c = biases[1][0]}. Each step is
 * computed below with the formula written out, checked against the decimals worked by hand
 * ({@link #HAND}), and the trace is checked against the computed value ({@link #EXACT}: the
 * engine may sum in another order).
 */
class HandWorkedExampleTest {
    private static final String SCENARIO = HandWorkedScenario.JSON;
    private static final double EXACT = 1e-12;
    private static final double HAND = 5e-10;

    private static final double X1 = 0.05, X2 = 0.10, Y = 0.01, ETA = 0.5;
    private static final double W11 = 0.15, W12 = 0.20, W21 = 0.25, W22 = 0.30, B1 = 0.35, B2 = 0.35;
    private static final double V1 = 0.40, V2 = 0.45, C = 0.60;

    @Test
    void everyNumberOfOneForwardBackwardPassAndBatchUpdate() {
        TrainingSession session = new TrainingSession(ScenarioFiles.parse(SCENARIO));
        EpochTrace epoch = session.trace();
        SampleTrace t = epoch.sample(0);
        NeuronTrace h1 = t.neuron(1, 0);
        NeuronTrace h2 = t.neuron(1, 1);
        NeuronTrace o = t.output(0);

        // ---- forward, hidden layer: z = Σ w·x + b, a = σ(z) = 1 / (1 + e^−z)
        // z_h1 = 0.15·0.05 + 0.20·0.10 + 0.35 = 0.0075 + 0.02 + 0.35 = 0.3775
        double zH1 = hand(W11 * X1 + W12 * X2 + B1, 0.3775);
        // z_h2 = 0.25·0.05 + 0.30·0.10 + 0.35 = 0.0125 + 0.03 + 0.35 = 0.3925
        double zH2 = hand(W21 * X1 + W22 * X2 + B2, 0.3925);
        // a_h1 = 1 / (1 + e^−0.3775) = 1 / (1 + 0.6855599) = 0.5932699921
        double aH1 = hand(sigmoid(zH1), 0.5932699921);
        // a_h2 = 1 / (1 + e^−0.3925) = 1 / (1 + 0.6753532) = 0.5968843783
        double aH2 = hand(sigmoid(zH2), 0.5968843783);

        // ---- forward, output: z_o = v1·a_h1 + v2·a_h2 + c
        // z_o = 0.40·0.5932699921 + 0.45·0.5968843783 + 0.60 = 0.2373079968 + 0.2685979702 + 0.60 = 1.1059059671
        double zO = hand(V1 * aH1 + V2 * aH2 + C, 1.1059059671);
        // a_o = 1 / (1 + e^−1.1059059671) = 0.7513650696
        double aO = hand(sigmoid(zO), 0.7513650696);
        // L = ½ (a_o − y)² = ½ · 0.7413650696² = 0.2748110832
        double loss = hand(0.5 * (aO - Y) * (aO - Y), 0.2748110832);

        // ---- backward, output: δ_o = rawError × slope = (a_o − y) × a_o(1 − a_o)
        // rawError = 0.7513650696 − 0.01 = 0.7413650696
        double rawO = hand(aO - Y, 0.7413650696);
        // slope = 0.7513650696 · 0.2486349304 = 0.1868156018
        double slopeO = hand(aO * (1 - aO), 0.1868156018);
        // δ_o = 0.7413650696 · 0.1868156018 = 0.1384985616
        double deltaO = hand(rawO * slopeO, 0.1384985616);

        // ---- backward, hidden: δ_h = (Σ v·δ_next) × a_h(1 − a_h); one next neuron, so one term each
        // backprop sum h1 = v1·δ_o = 0.40 · 0.1384985616 = 0.0553994247
        double sumH1 = hand(V1 * deltaO, 0.0553994247);
        // backprop sum h2 = v2·δ_o = 0.45 · 0.1384985616 = 0.0623243527
        double sumH2 = hand(V2 * deltaO, 0.0623243527);
        // slope h1 = 0.5932699921 · 0.4067300079 = 0.2413007086
        double slopeH1 = hand(aH1 * (1 - aH1), 0.2413007086);
        // slope h2 = 0.5968843783 · 0.4031156217 = 0.2406134172
        double slopeH2 = hand(aH2 * (1 - aH2), 0.2406134172);
        // δ_h1 = 0.0553994247 · 0.2413007086 = 0.0133679204
        double deltaH1 = hand(sumH1 * slopeH1, 0.0133679204);
        // δ_h2 = 0.0623243527 · 0.2406134172 = 0.0149960755
        double deltaH2 = hand(sumH2 * slopeH2, 0.0149960755);

        // ---- gradients: ∂L/∂w = δ_to · a_from, ∂L/∂b = δ (one sample: the batch mean is the same)
        // ∂L/∂v1 = 0.1384985616 · 0.5932699921 = 0.0821670406
        double gV1 = hand(deltaO * aH1, 0.0821670406);
        // ∂L/∂v2 = 0.1384985616 · 0.5968843783 = 0.0826676278
        double gV2 = hand(deltaO * aH2, 0.0826676278);
        // ∂L/∂c = δ_o = 0.1384985616
        double gC = deltaO;
        // ∂L/∂w11 = 0.0133679204 · 0.05 = 0.0006683960;  ∂L/∂w12 = 0.0133679204 · 0.10 = 0.0013367920
        double gW11 = hand(deltaH1 * X1, 0.0006683960);
        double gW12 = hand(deltaH1 * X2, 0.0013367920);
        // ∂L/∂w21 = 0.0149960755 · 0.05 = 0.0007498038;  ∂L/∂w22 = 0.0149960755 · 0.10 = 0.0014996075
        double gW21 = hand(deltaH2 * X1, 0.0007498038);
        double gW22 = hand(deltaH2 * X2, 0.0014996075);
        // ∂L/∂b1 = δ_h1, ∂L/∂b2 = δ_h2
        double gB1 = deltaH1;
        double gB2 = deltaH2;

        // ---- update: w ← w − η·g with η = 0.5
        // v1 = 0.40 − 0.5 · 0.0821670406 = 0.3589164797;  v2 = 0.45 − 0.5 · 0.0826676278 = 0.4086661861
        double newV1 = hand(V1 - ETA * gV1, 0.3589164797);
        double newV2 = hand(V2 - ETA * gV2, 0.4086661861);
        // c = 0.60 − 0.5 · 0.1384985616 = 0.5307507192
        double newC = hand(C - ETA * gC, 0.5307507192);
        // w11 = 0.15 − 0.5 · 0.0006683960 = 0.1496658020;  w12 = 0.20 − 0.5 · 0.0013367920 = 0.1993316040
        double newW11 = hand(W11 - ETA * gW11, 0.1496658020);
        double newW12 = hand(W12 - ETA * gW12, 0.1993316040);
        // w21 = 0.25 − 0.5 · 0.0007498038 = 0.2496250981;  w22 = 0.30 − 0.5 · 0.0014996075 = 0.2992501962
        double newW21 = hand(W21 - ETA * gW21, 0.2496250981);
        double newW22 = hand(W22 - ETA * gW22, 0.2992501962);
        // b1 = 0.35 − 0.5 · 0.0133679204 = 0.3433160398;  b2 = 0.35 − 0.5 · 0.0149960755 = 0.3425019623
        double newB1 = hand(B1 - ETA * gB1, 0.3433160398);
        double newB2 = hand(B2 - ETA * gB2, 0.3425019623);

        // ---- the trace holds exactly these numbers
        assertNeuron(h1, zH1, aH1, slopeH1, sumH1, deltaH1);
        assertNeuron(h2, zH2, aH2, slopeH2, sumH2, deltaH2);
        assertNeuron(o, zO, aO, slopeO, rawO, deltaO);
        assertThat(h1.backpropTerms()).hasSize(1);
        assertThat(h1.backpropTerms().get(0)).isCloseTo(sumH1, within(EXACT));
        assertThat(h2.backpropTerms()).hasSize(1);
        assertThat(h2.backpropTerms().get(0)).isCloseTo(sumH2, within(EXACT));
        assertThat(o.backpropTerms()).isEmpty();
        assertThat(t.neuron(0, 0).a()).isEqualTo(X1);
        assertThat(t.neuron(0, 1).a()).isEqualTo(X2);
        assertThat(t.loss()).isCloseTo(loss, within(EXACT));
        assertThat(epoch.loss()).isCloseTo(loss, within(EXACT));

        for (Parameters g : new Parameters[] {t.gradient(), epoch.meanGradient()}) {
            assertParameters(g, new double[][][] {{{gW11, gW12}, {gW21, gW22}}, {{gV1, gV2}}},
                    new double[][] {{gB1, gB2}, {gC}});
        }
        assertThat(t.gradient(new Connection(1, 0, 0))).isCloseTo(gV1, within(EXACT));
        assertThat(t.gradient(new Connection(0, 1, 0))).isCloseTo(gW12, within(EXACT));
        assertParameters(epoch.after(), new double[][][] {{{newW11, newW12}, {newW21, newW22}}, {{newV1, newV2}}},
                new double[][] {{newB1, newB2}, {newC}});

        // ---- and training one epoch does exactly what the trace showed
        assertThat(epoch.before()).isEqualTo(session.parameters());
        assertThat(session.step()).isTrue();
        assertThat(session.parameters()).isEqualTo(epoch.after());
        assertThat(session.lossHistory().get(0)).isEqualTo(epoch.loss());
        assertThat(epoch.cancellation()).isFalse();
        assertThat(epoch.saturatedNeurons(0)).isEmpty();
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Checks a computed step against the decimals worked by hand, and returns it. */
    private static double hand(double computed, double written) {
        assertThat(computed).isCloseTo(written, within(HAND));
        return computed;
    }

    private static void assertNeuron(NeuronTrace n, double z, double a, double slope, double rawError, double delta) {
        assertThat(n.z()).as("z").isCloseTo(z, within(EXACT));
        assertThat(n.a()).as("a").isCloseTo(a, within(EXACT));
        assertThat(n.slope()).as("slope").isCloseTo(slope, within(EXACT));
        assertThat(n.rawError()).as("raw error").isCloseTo(rawError, within(EXACT));
        assertThat(n.delta()).as("δ").isCloseTo(delta, within(EXACT));
        assertThat(n.saturated()).isFalse();
    }

    private static void assertParameters(Parameters actual, double[][][] weights, double[][] biases) {
        Parameters expected = Parameters.of(weights, biases);
        double[] a = actual.toFlat();
        double[] e = expected.toFlat();
        assertThat(actual.sizes()).isEqualTo(expected.sizes());
        for (int k = 0; k < e.length; k++) {
            assertThat(a[k]).as("value %d of %s", k, actual).isCloseTo(e[k], within(EXACT));
        }
    }
}
