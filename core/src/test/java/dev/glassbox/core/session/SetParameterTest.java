package dev.glassbox.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.OptimizerState;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.testing.HandWorkedScenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A weight or bias set by hand is part of the session's history: training goes on from it exactly
 * as from a scenario that starts there, and every past epoch replays bit for bit afterwards.
 */
class SetParameterTest {
    /** A one-weight network whose learning rate makes it diverge at epoch 79. */
    static final Scenario EXPLODING = ScenarioFiles.parse("""
            {"format": "glassbox-scenario/1", "name": "exploding", "layers": [1, 1], "activations": ["linear"],
             "loss": "mse", "learningRate": 50, "weights": [[[0.5]]], "biases": [[0]],
             "samples": [{"x": [1], "y": [3]}]}
            """);

    private static final Scenario HAND = ScenarioFiles.parse(HandWorkedScenario.JSON);
    /** The weight from hidden neuron 1 to the output: w[1][0][0]. */
    private static final Connection W_H1_OUT = new Connection(1, 0, 0);
    /** The bias of hidden neuron 2: b[0][1]. */
    private static final NeuronId HIDDEN_2 = new NeuronId(1, 1);

    @Test
    void theEditedValueIsTheCurrentOneAndThePendingTraceUsesIt() {
        TrainingSession session = new TrainingSession(HAND);
        List<SessionEvent.Kind> events = new ArrayList<>();
        session.addListener(e -> events.add(e.kind()));

        session.setParameter(W_H1_OUT, 1.25);
        session.setParameter(HIDDEN_2, -0.5);

        assertThat(session.parameters().weight(1, 0, 0)).isEqualTo(1.25);
        assertThat(session.parameters().bias(0, 1)).isEqualTo(-0.5);
        assertThat(session.parameter(W_H1_OUT)).isEqualTo(1.25);
        assertThat(session.trace().before().weight(W_H1_OUT)).isEqualTo(1.25);
        assertThat(session.trace().before().bias(0, 1)).isEqualTo(-0.5);
        assertThat(session.epoch()).isZero();
        assertThat(events).containsExactly(SessionEvent.Kind.EDITED, SessionEvent.Kind.EDITED);
    }

    @Test
    void anEditThenNEpochsEqualsAScenarioFileWithTheEditedWeightsTrainedNEpochs(@TempDir Path dir) throws IOException {
        TrainingSession edited = new TrainingSession(HAND);
        edited.setParameter(W_H1_OUT, 0.8125);
        edited.setParameter(HIDDEN_2, 0.1);
        Path file = dir.resolve("edited.json");
        ScenarioFiles.write(HAND.toBuilder().parameters(edited.parameters()).build(), file);
        TrainingSession fromFile = new TrainingSession(ScenarioFiles.read(file));

        edited.run(500);
        fromFile.run(500);

        assertThat(edited.parameters()).isEqualTo(fromFile.parameters());
        assertThat(edited.lossHistory().last()).isEqualTo(fromFile.lossHistory().last());
        for (int e = 0; e < 500; e++) {
            assertThat(edited.lossHistory().get(e)).isEqualTo(fromFile.lossHistory().get(e));
        }
    }

    @Test
    void anEditAfterSomeEpochsTrainsOnAsAScenarioStartingThere() {
        Scenario xor = BuiltInScenarios.get("xor");
        TrainingSession edited = new TrainingSession(xor);
        edited.run(300);
        edited.setParameter(new Connection(0, 1, 0), -2.0);
        TrainingSession started = new TrainingSession(xor.toBuilder().parameters(edited.parameters()).build());

        edited.run(700);
        started.run(700);

        assertThat(edited.parameters()).isEqualTo(started.parameters());
        assertThat(edited.lossHistory().get(300)).isEqualTo(started.lossHistory().get(0));
    }

    /**
     * Long enough that the snapshots are sparse (every 8 epochs after 6,000), with the edit off their
     * grid, and with momentum, whose velocity the edit keeps: every epoch before and after it replays
     * as it was trained, through {@code parametersAt}, {@code trace(e)} and a seek.
     */
    @Test
    void everyEpochBeforeAndAfterAnEditReplaysBitForBit() {
        Scenario s = BuiltInScenarios.get("xor").toBuilder().optimizer(new Momentum(0.9)).build();
        TrainingSession session = new TrainingSession(s);
        int editAt = 3003;
        int total = 6000;
        List<Parameters> after = new ArrayList<>();
        List<OptimizerState> memory = new ArrayList<>();
        Parameters trainedAtEdit = null;
        after.add(session.parameters());
        memory.add(session.optimizerState());
        for (int e = 1; e <= total; e++) {
            session.step();
            if (e == editAt) {
                OptimizerState before = session.optimizerState();
                trainedAtEdit = session.parameters();
                session.setParameter(new Connection(1, 1, 0), 3.5);
                session.setParameter(new NeuronId(2, 0), -1.5);
                assertThat(session.optimizerState()).as("the edit keeps the optimizer's memory").isEqualTo(before);
            }
            after.add(session.parameters());
            memory.add(session.optimizerState());
        }

        for (int e : new int[] {0, 1, 2999, 3000, 3002, 3003, 3004, 3007, 3008, 5999, 6000}) {
            assertThat(session.parametersAt(e)).as("parameters after epoch %d", e).isEqualTo(after.get(e));
        }
        for (int e : new int[] {3000, 3003, 3004, 3005, 3010}) {
            assertThat(session.trace(e).before()).as("trace of epoch %d", e).isEqualTo(after.get(e - 1));
            assertThat(session.trace(e).after()).as("trace of epoch %d", e)
                    .isEqualTo(e == editAt ? trainedAtEdit : after.get(e));
        }

        session.seek(3003);
        assertThat(session.parameters()).isEqualTo(after.get(3003));
        assertThat(session.optimizerState()).isEqualTo(memory.get(3003));
        session.run(total - 3003);
        assertThat(session.parameters()).isEqualTo(after.get(total));

        session.seek(3001);
        session.run(2);
        assertThat(session.parameters()).as("a seek before the edit forgets it").isEqualTo(trainedAtEdit);
    }

    @Test
    void aSeekBeforeTheEditForgetsIt() {
        TrainingSession session = new TrainingSession(HAND);
        session.run(10);
        Parameters at10 = session.parameters();
        session.setParameter(W_H1_OUT, 2.0);
        session.run(5);

        session.seek(10);
        assertThat(session.parameters().weight(W_H1_OUT)).isEqualTo(2.0);
        session.seek(9);
        session.step();
        assertThat(session.parameters()).isEqualTo(at10);
    }

    @Test
    void badValuesAreRefusedWithTheElementAndTheLimitNamedAndChangeNothing() {
        TrainingSession session = new TrainingSession(HAND);
        session.run(3);
        Checkpoint before = session.checkpoint();
        List<SessionEvent> events = new ArrayList<>();
        session.addListener(events::add);

        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e6 + 1,
                -2e6}) {
            assertThatIllegalArgumentException().isThrownBy(() -> session.setParameter(W_H1_OUT, bad))
                    .withMessage("weight w[1][0][0] must be a finite number from −1000000 to 1000000, got " + bad);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> session.setParameter(HIDDEN_2, Double.NaN))
                .withMessageStartingWith("bias b[0][1] must be a finite number from −1000000 to 1000000");
        assertThatIllegalArgumentException().isThrownBy(() -> session.setParameter(new NeuronId(0, 0), 1))
                .withMessageContaining("input neuron has no bias");
        assertThatIllegalArgumentException().isThrownBy(() -> session.setParameter(new Connection(1, 2, 0), 1))
                .withMessageContaining("no connection");

        assertThat(session.checkpoint()).isEqualTo(before);
        assertThat(events).isEmpty();
        session.setParameter(W_H1_OUT, -1e6);
        assertThat(session.parameter(W_H1_OUT)).isEqualTo(-1e6);
    }

    @Test
    void anEditSetBackToItsValueLeavesTheSessionAsItWas() {
        TrainingSession session = new TrainingSession(HAND);
        session.run(4);
        session.setLearningRate(0.25);
        Checkpoint before = session.checkpoint();
        double old = session.parameter(W_H1_OUT);

        session.setParameter(W_H1_OUT, 7);
        session.setParameter(W_H1_OUT, 8);
        assertThat(session.checkpoint()).isNotEqualTo(before);
        session.setParameter(W_H1_OUT, old);
        session.setLearningRate(0.5);
        session.setLearningRate(0.25);

        assertThat(session.checkpoint()).isEqualTo(before);
    }

    @Test
    void aCheckpointRestoresEverythingByTrainingAgain() {
        Scenario s = BuiltInScenarios.get("xor").toBuilder().optimizer(new Momentum(0.9)).build();
        TrainingSession session = new TrainingSession(s);
        session.run(40);
        session.setParameter(new Connection(0, 0, 1), 1.5);
        session.run(20);
        session.setLearningRate(3.0);
        session.run(2000);
        session.setParameter(new NeuronId(2, 0), 0.25);
        Checkpoint saved = session.checkpoint();
        List<Double> losses = losses(session);
        List<Divergence> warnings = session.warnings();
        List<NeuronEvent> neuronEvents = session.neuronEvents();
        Parameters params = session.parameters();
        List<SessionEvent.Kind> events = new ArrayList<>();
        session.addListener(e -> events.add(e.kind()));

        session.load(HAND);
        session.run(7);
        session.restore(saved);

        assertThat(session.checkpoint()).isEqualTo(saved);
        assertThat(session.scenario()).isSameAs(s);
        assertThat(session.epoch()).isEqualTo(2060);
        assertThat(session.learningRate()).isEqualTo(3.0);
        assertThat(session.learningRates(2060)).containsExactly(java.util.Map.entry(1, s.learningRate()),
                java.util.Map.entry(61, 3.0));
        assertThat(session.parameters()).isEqualTo(params);
        assertThat(losses(session)).isEqualTo(losses);
        assertThat(session.warnings()).isEqualTo(warnings);
        assertThat(session.neuronEvents()).isEqualTo(neuronEvents);
        assertThat(session.parametersAt(40).weight(0, 1, 0)).isEqualTo(1.5);
        assertThat(events).containsExactly(SessionEvent.Kind.LOADED, SessionEvent.Kind.TRAINED,
                SessionEvent.Kind.RESTORED);
    }

    @Test
    void aCheckpointOfADivergedSessionRestoresTheDivergence() {
        TrainingSession session = new TrainingSession(EXPLODING);
        session.run(1000);
        Checkpoint diverged = session.checkpoint();
        java.util.Optional<Divergence> divergence = session.divergence();

        session.reset();
        session.restore(diverged);

        assertThat(divergence).isPresent();
        assertThat(session.divergence()).isEqualTo(divergence);
        assertThat(session.epoch()).isEqualTo(78);
        assertThat(session.checkpoint()).isEqualTo(diverged);
    }

    private static List<Double> losses(TrainingSession s) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < s.lossHistory().size(); i++) {
            out.add(s.lossHistory().get(i));
        }
        return out;
    }
}
