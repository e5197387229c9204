package dev.glassbox.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import org.junit.jupiter.api.Test;

/**
 * The xor lesson's 2-2-1 network (η = 2, weights 0.15 0.20 / 0.25 0.30 and 0.40 0.45, biases
 * 0.35 0.35 and 0.60) trained online, worked by hand: each sample's trace holds the parameters it
 * was computed with, those the samples before it left.
 *
 * <pre>
 * sample 1, x = (0, 0), y = 0:  a_h = σ(0.35) = 0.586617578917,  a_o = 0.750002372507
 *   δ_o = (a_o − 0)·a_o·(1 − a_o) = 0.140624555148,  δ_h1 = 0.40·δ_o·a_h·(1 − a_h) = 0.0136404353198
 *   b_o ← 0.60 − 2·δ_o = 0.318750889704,  w_o1 ← 0.40 − 2·δ_o·a_h = 0.235014327846
 *   b_h1 ← 0.35 − 2·δ_h1 = 0.32271912936 (its weights see x = 0 and stay)
 * sample 2, x = (0, 1), y = 1, with those:  a_h1 = σ(0.20 + 0.32271912936) = 0.627783369561,
 *   a_o = 0.657363221622,  δ_o = −0.0771744171711,  w_o1 ← 0.331911959157,  w_h1,2 ← 0.20847624057
 * after the epoch:  w_o1 = 0.219311985115,  b_o = 0.313955422914
 * </pre>
 */
class OnlineHandWorkedTest {
    private static final double EXACT = 1e-11;

    private final EpochTrace t = new TrainingSession(BuiltInScenarios.get("xor").toBuilder()
            .updateMode(UpdateMode.ONLINE).build()).trace();

    @Test
    void theFirstSampleIsComputedWithTheEpochsParametersAndItsUpdateFollowsItsOwnGradient() {
        SampleTrace s = t.sample(0);
        assertThat(s.before()).isEqualTo(t.before());
        assertThat(s.neuron(1, 0).a()).isCloseTo(0.586617578917, within(EXACT));
        assertThat(s.output(0).a()).isCloseTo(0.750002372507, within(EXACT));
        assertThat(s.output(0).delta()).isCloseTo(0.140624555148, within(EXACT));
        assertThat(s.neuron(1, 0).delta()).isCloseTo(0.0136404353198, within(EXACT));
        assertThat(t.afterSample(0).bias(1, 0)).isCloseTo(0.318750889704, within(EXACT));
        assertThat(t.afterSample(0).weight(new Connection(1, 0, 0))).isCloseTo(0.235014327846, within(EXACT));
        assertThat(t.afterSample(0).bias(0, 0)).isCloseTo(0.32271912936, within(EXACT));
        assertThat(t.afterSample(0).weight(new Connection(0, 1, 0))).isEqualTo(0.20);
    }

    @Test
    void theSecondSampleSeesTheParametersTheFirstLeft() {
        SampleTrace s = t.sample(1);
        assertThat(s.before()).isEqualTo(t.afterSample(0));
        assertThat(s.neuron(1, 0).a()).isCloseTo(0.627783369561, within(EXACT));
        assertThat(s.output(0).a()).isCloseTo(0.657363221622, within(EXACT));
        assertThat(s.output(0).delta()).isCloseTo(-0.0771744171711, within(EXACT));
        assertThat(t.afterSample(1).weight(new Connection(1, 0, 0))).isCloseTo(0.331911959157, within(EXACT));
        assertThat(t.afterSample(1).weight(new Connection(0, 1, 0))).isCloseTo(0.20847624057, within(EXACT));
        assertThat(t.stepAfter(1).parametersBefore()).isEqualTo(s.before());
    }

    @Test
    void theEpochEndsWithTheLastSamplesUpdate() {
        assertThat(t.after().weight(new Connection(1, 0, 0))).isCloseTo(0.219311985115, within(EXACT));
        assertThat(t.after().bias(1, 0)).isCloseTo(0.313955422914, within(EXACT));
        assertThat(t.afterSample(3)).isEqualTo(t.after());
    }
}
