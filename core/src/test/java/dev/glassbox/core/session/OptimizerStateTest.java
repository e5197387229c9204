package dev.glassbox.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.OptimizerState;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.trace.EpochTrace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optimizer's memory is part of the session's state: a reset clears it, a seek restores it
 * exactly (long after the snapshots thinned out), and the trace of any epoch starts from the memory
 * training had then. ({@link OptimizerState#equals} compares bits.)
 */
class OptimizerStateTest {
    private static final Scenario ADAM = BuiltInScenarios.get("xor").toBuilder().optimizer(Adam.withDefaults())
            .learningRate(0.05).build();

    @Test
    void seekingRestoresTheParametersAndTheOptimizersMemoryOfThatEpoch() {
        int n = 3000;
        TrainingSession session = new TrainingSession(ADAM);
        List<Parameters> parameters = new ArrayList<>();
        List<OptimizerState> states = new ArrayList<>();
        parameters.add(session.parameters());
        states.add(session.optimizerState());
        for (int e = 1; e <= n; e++) {
            session.step();
            parameters.add(session.parameters());
            states.add(session.optimizerState());
        }
        assertThat(states.get(n).t()).isEqualTo(n);

        for (int e : new int[] {1, 2, 1023, 1024, 1025, 2047, 2999}) {
            EpochTrace trace = session.trace(e);
            assertThat(trace.stepAfter(0).before()).as("memory before epoch %d", e).isEqualTo(states.get(e - 1));
            assertThat(trace.stateAfter()).as("memory after epoch %d", e).isEqualTo(states.get(e));
            assertThat(trace.after()).isEqualTo(parameters.get(e));
        }

        session.seek(1234);
        assertThat(session.optimizerState()).isEqualTo(states.get(1234));
        assertThat(session.run(n - 1234)).isEqualTo(n - 1234);
        assertThat(session.parameters()).isEqualTo(parameters.get(n));
        assertThat(session.optimizerState()).isEqualTo(states.get(n));
    }

    @Test
    void resetClearsTheMemoryAndTheRunRepeatsItself() {
        Scenario momentum = BuiltInScenarios.get("xor").toBuilder().optimizer(new Momentum(0.9))
                .updateMode(UpdateMode.ONLINE).learningRate(0.5).build();
        TrainingSession session = new TrainingSession(momentum);
        session.run(50);
        Parameters after50 = session.parameters();
        OptimizerState memory = session.optimizerState();
        assertThat(memory.moment(0)).isNotEqualTo(Parameters.zeros(new int[] {2, 2, 1}));

        session.reset();
        assertThat(session.optimizerState()).isEqualTo(OptimizerState.initial(momentum.optimizer(), new int[] {2, 2, 1}));
        assertThat(session.trace().stepAfter(0).before().moment(0)).isEqualTo(Parameters.zeros(new int[] {2, 2, 1}));
        session.run(50);
        assertThat(session.parameters()).isEqualTo(after50);
        assertThat(session.optimizerState()).isEqualTo(memory);
    }

    @Test
    void anOnlineEpochTracesOneUpdatePerSampleEachStartingWhereTheLastEnded() {
        Scenario online = ADAM.toBuilder().updateMode(UpdateMode.ONLINE).build();
        TrainingSession session = new TrainingSession(online);
        session.run(7);
        EpochTrace trace = session.trace();
        assertThat(trace.steps()).hasSize(4);
        for (int s = 0; s < 4; s++) {
            assertThat(trace.stepAfter(s).t()).isEqualTo(7 * 4 + s + 1);
            assertThat(trace.stepAfter(s).parametersBefore()).isEqualTo(trace.sample(s).before());
        }
        assertThat(trace.stepAfter(3).parametersAfter()).isEqualTo(trace.after());
        session.step();
        assertThat(session.optimizerState()).isEqualTo(trace.stateAfter());
    }
}
