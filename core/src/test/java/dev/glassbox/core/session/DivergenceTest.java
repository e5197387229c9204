package dev.glassbox.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.glassbox.core.math.Engine;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.trace.EpochTrace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A step that makes the loss or a parameter non-finite is caught, reported, and never committed. */
class DivergenceTest {
    /**
     * One linear neuron z = w·x + b, w = 0.5, b = 0, on x = 1, y = 3, η = 50. The error e = z − y
     * changes per epoch by −η(x² + 1)·e = −100·e, so e ← −99·e: |e| = 2.5·99^(t−1) before epoch t,
     * and the loss ½e² passes the largest double (1.8e308) at epoch 79.
     */
    private static final Scenario EXPLODING = ScenarioFiles.parse("""
            {"format": "glassbox-scenario/1", "name": "exploding", "layers": [1, 1], "activations": ["linear"],
             "loss": "mse", "learningRate": 50, "weights": [[[0.5]]], "biases": [[0]],
             "samples": [{"x": [1], "y": [3]}]}
            """);

    @Test
    void aDivergingRunStopsAtTheLastFiniteEpoch() {
        TrainingSession session = new TrainingSession(EXPLODING);
        List<SessionEvent.Kind> events = new ArrayList<>();
        session.addListener(e -> events.add(e.kind()));

        assertThat(session.run(1000)).isEqualTo(78);

        assertThat(session.epoch()).isEqualTo(78);
        Divergence d = session.divergence().orElseThrow();
        assertThat(d.epoch()).isEqualTo(79);
        assertThat(d.what()).isEqualTo("the loss");
        assertThat(d.learningRate()).isEqualTo(50.0);
        assertThat(d.message()).contains("epoch 79", "the loss", "50.0");
        assertThat(events).containsExactly(SessionEvent.Kind.TRAINED, SessionEvent.Kind.DIVERGED);

        assertThat(session.parameters()).isEqualTo(trainedByHand(78));
        assertThat(session.parameters().isFinite()).isTrue();
        assertThat(session.lossHistory().size()).isEqualTo(78);
        for (int e = 0; e < 78; e++) {
            assertThat(Double.isFinite(session.lossHistory().get(e))).isTrue();
        }
        assertThat(session.lossHistory().last()).isGreaterThan(1e307);
    }

    @Test
    void aDivergedSessionTrainsNoMoreUntilReset() {
        TrainingSession session = new TrainingSession(EXPLODING);
        session.run(1000);
        Parameters stuck = session.parameters();

        assertThat(session.step()).isFalse();
        assertThat(session.run(10)).isZero();
        assertThat(session.epoch()).isEqualTo(78);
        assertThat(session.parameters()).isEqualTo(stuck);
        assertThat(session.lossHistory().size()).isEqualTo(78);

        session.reset();
        assertThat(session.divergence()).isEmpty();
        assertThat(session.epoch()).isZero();
        assertThat(session.parameters()).isEqualTo(EXPLODING.initialParameters());
        assertThat(session.lossHistory().size()).isZero();
        assertThat(session.step()).isTrue();
    }

    /**
     * x = 1e307, z = 1e-305 · 1e307 = 100, loss ½·100² = 5000 is finite, but ∂L/∂w = 100 · 1e307
     * overflows: w becomes −∞ in epoch 1.
     */
    private static final Scenario OVERFLOW = ScenarioFiles.parse("""
            {"format": "glassbox-scenario/1", "name": "overflow", "layers": [1, 1], "activations": ["linear"],
             "loss": "mse", "learningRate": 0.1, "weights": [[[1e-305]]], "biases": [[0]],
             "samples": [{"x": [1e307], "y": [0]}]}
            """);

    @ParameterizedTest
    @EnumSource(UpdateMode.class)
    void aNonFiniteParameterIsNamed(UpdateMode mode) {
        TrainingSession session = new TrainingSession(OVERFLOW.toBuilder().updateMode(mode).build());
        Parameters start = session.parameters();

        assertThat(session.step()).isFalse();
        assertThat(session.divergence().orElseThrow().what()).isEqualTo("weight w[0][0][0]");
        assertThat(session.divergence().orElseThrow().epoch()).isEqualTo(1);
        assertThat(session.epoch()).isZero();
        assertThat(session.parameters()).isEqualTo(start);
        assertThat(session.lossHistory().size()).isZero();
        // the trace of the epoch that diverged is still there to look at
        EpochTrace trace = session.trace();
        assertThat(trace.hasNonFinite()).isTrue();
        assertThat(trace.after().weight(0, 0, 0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void seekingBackClearsTheDivergence() {
        TrainingSession session = new TrainingSession(EXPLODING);
        session.run(1000);
        session.seek(40);
        assertThat(session.divergence()).isEmpty();
        assertThat(session.parameters()).isEqualTo(trainedByHand(40));
        assertThat(session.run(1000)).isEqualTo(38);
        assertThat(session.divergence().orElseThrow().epoch()).isEqualTo(79);
    }

    @Test
    void aBadLearningRateIsRejectedAndChangesNothing() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        session.run(20);
        EpochTrace next = session.trace();
        Parameters p = session.parameters();
        List<SessionEvent> events = new ArrayList<>();
        session.addListener(events::add);

        for (double eta : new double[] {Double.NaN, 0, -0.0, -1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatIllegalArgumentException().isThrownBy(() -> session.setLearningRate(eta))
                    .withMessageContaining("the learning rate must be a finite number above 0");
        }

        assertThat(events).isEmpty();
        assertThat(session.learningRate()).isEqualTo(2.0);
        assertThat(session.learningRateAt(21)).isEqualTo(2.0);
        assertThat(session.epoch()).isEqualTo(20);
        assertThat(session.parameters()).isEqualTo(p);
        assertThat(session.trace()).isSameAs(next);
        session.step();
        assertThat(session.parameters()).isEqualTo(next.after());
    }

    /** The parameters after {@code epochs} epochs of {@link #EXPLODING}, trained on the bare engine. */
    private static Parameters trainedByHand(int epochs) {
        Engine engine = new Engine(EXPLODING.architecture(), EXPLODING.updateMode(), EXPLODING.samples());
        double[] p = EXPLODING.initialParameters().toFlat();
        for (int e = 0; e < epochs; e++) {
            assertThat(Double.isFinite(engine.trainEpoch(p, 50))).isTrue();
            assertThat(Arrays.stream(p).allMatch(Double::isFinite)).isTrue();
        }
        return Parameters.ofFlat(new int[] {1, 1}, p);
    }
}
