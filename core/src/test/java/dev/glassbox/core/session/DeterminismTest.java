package dev.glassbox.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Engine;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.OptimizerState;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Penalty;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.SampleTrace;
import dev.glassbox.core.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Training is deterministic, so every way of getting to an epoch gives the same bits: stepping,
 * running, chaining traces, and replaying the past from snapshots. ({@link Parameters#equals}
 * compares bits.)
 */
class DeterminismTest {

    static Stream<Arguments> scenarios() {
        List<Arguments> all = new ArrayList<>();
        for (String id : BuiltInScenarios.ids()) {
            all.add(Arguments.of(id, BuiltInScenarios.get(id)));
        }
        all.add(Arguments.of("xor online", BuiltInScenarios.get("xor").toBuilder().updateMode(UpdateMode.ONLINE).build()));
        all.add(Arguments.of("xor-saturated-ce online", BuiltInScenarios.get("xor-saturated-ce").toBuilder().updateMode(UpdateMode.ONLINE).build()));
        Scenario xor = BuiltInScenarios.get("xor");
        all.add(Arguments.of("xor momentum", xor.toBuilder().optimizer(new Momentum(0.9)).learningRate(0.5).build()));
        all.add(Arguments.of("xor adam online, l2", xor.toBuilder().optimizer(Adam.withDefaults()).learningRate(0.05)
                .updateMode(UpdateMode.ONLINE).regularization(new Regularization(Penalty.L2, 1e-3)).build()));
        all.add(Arguments.of("xor-saturated-ce adam, l1", BuiltInScenarios.get("xor-saturated-ce").toBuilder()
                .optimizer(Adam.withDefaults()).learningRate(0.05).regularization(new Regularization(Penalty.L1, 1e-3))
                .build()));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void stepsRunAndChainedTracesGiveTheSameBits(String id, Scenario scenario) {
        int n = 300;
        TrainingSession stepped = new TrainingSession(scenario);
        for (int e = 0; e < n; e++) {
            assertThat(stepped.step()).isTrue();
        }
        TrainingSession ran = new TrainingSession(scenario);
        assertThat(ran.run(n)).isEqualTo(n);

        Parameters chained = scenario.initialParameters();
        OptimizerState state = OptimizerState.initial(scenario.optimizer(), scenario.architecture().sizeArray());
        for (int e = 1; e <= n; e++) {
            EpochTrace trace = Tracer.trace(scenario.architecture(), scenario.updateRule(), scenario.samples(), e, chained,
                    state, scenario.learningRate());
            assertThat(trace.loss()).isEqualTo(ran.lossHistory().get(e - 1));
            chained = trace.after();
            state = trace.stateAfter();
        }

        assertThat(stepped.parameters()).isEqualTo(ran.parameters()).isEqualTo(chained);
        assertThat(stepped.epoch()).isEqualTo(ran.epoch()).isEqualTo(n);
        for (int e = 0; e < n; e++) {
            assertThat(stepped.lossHistory().get(e)).isEqualTo(ran.lossHistory().get(e));
        }
    }

    @Test
    void thePastIsReplayedExactlyLongAfterTheSnapshotsThinnedOut() {
        int n = 5000;
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        List<Parameters> after = new ArrayList<>();
        after.add(session.parameters());
        for (int e = 1; e <= n; e++) {
            session.step();
            after.add(session.parameters());
        }

        for (int e = 0; e <= n; e++) {
            assertThat(session.parametersAt(e)).as("epoch %d", e).isEqualTo(after.get(e));
        }
        for (int e = 1; e <= n; e++) {
            if (e % 97 == 0 || e <= 3 || Math.abs(e - 1024) <= 2 || Math.abs(e - 2048) <= 2 || e >= n - 2) {
                EpochTrace trace = session.trace(e);
                assertThat(trace.epoch()).isEqualTo(e);
                assertThat(trace.before()).as("before epoch %d", e).isEqualTo(after.get(e - 1));
                assertThat(trace.after()).as("after epoch %d", e).isEqualTo(after.get(e));
                assertThat(trace.loss()).isEqualTo(session.lossHistory().get(e - 1));
            }
        }
        assertThat(session.trace(n + 1)).isSameAs(session.trace());
        assertThat(session.trace().before()).isEqualTo(after.get(n));
    }

    @Test
    void learningRateChangesAreReplayedWhereTheyHappened() {
        Scenario xor = BuiltInScenarios.get("xor");
        TrainingSession session = new TrainingSession(xor);
        // η by epoch: 2.0 for 1–10, 0.5 for 11–20, 3.0 for 21–1500, 1.25 for 1501–3000
        double[] eta = new double[3001];
        List<Parameters> after = new ArrayList<>();
        after.add(session.parameters());
        for (int e = 1; e <= 3000; e++) {
            if (e == 11) {
                session.setLearningRate(0.5);
            } else if (e == 21) {
                session.setLearningRate(7);
                session.setLearningRate(3.0);
            } else if (e == 1501) {
                session.setLearningRate(1.25);
            }
            eta[e] = session.learningRate();
            session.step();
            after.add(session.parameters());
        }

        Engine engine = new Engine(xor.architecture(), xor.updateMode(), xor.samples());
        double[] p = xor.initialParameters().toFlat();
        for (int e = 1; e <= 3000; e++) {
            engine.trainEpoch(p, eta[e]);
            assertThat(Parameters.ofFlat(new int[] {2, 2, 1}, p)).isEqualTo(after.get(e));
        }
        for (int e = 1; e <= 3000; e++) {
            assertThat(session.learningRateAt(e)).isEqualTo(eta[e]);
            assertThat(session.parametersAt(e)).isEqualTo(after.get(e));
        }
        for (int e : new int[] {1, 10, 11, 20, 21, 1500, 1501, 3000}) {
            assertThat(session.trace(e).learningRate()).isEqualTo(eta[e]);
            assertThat(session.trace(e).after()).isEqualTo(after.get(e));
        }
    }

    @Test
    void seekRewindsParametersHistoryAndLearningRate() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        List<Parameters> after = new ArrayList<>();
        after.add(session.parameters());
        for (int e = 1; e <= 3000; e++) {
            if (e == 11) {
                session.setLearningRate(0.5);
            }
            session.step();
            after.add(session.parameters());
        }
        double[] losses = new double[3000];
        for (int e = 0; e < 3000; e++) {
            losses[e] = session.lossHistory().get(e);
        }

        session.seek(1234);
        assertThat(session.epoch()).isEqualTo(1234);
        assertThat(session.parameters()).isEqualTo(after.get(1234));
        assertThat(session.lossHistory().size()).isEqualTo(1234);
        assertThat(session.learningRate()).isEqualTo(0.5);
        assertThat(session.run(1766)).isEqualTo(1766);
        assertThat(session.parameters()).isEqualTo(after.get(3000));
        for (int e = 0; e < 3000; e++) {
            assertThat(session.lossHistory().get(e)).isEqualTo(losses[e]);
        }

        // η = 0.5 was chosen after epoch 10: seeking there and stepping replays epoch 11 as it was
        session.seek(10);
        assertThat(session.learningRate()).isEqualTo(0.5);
        session.step();
        assertThat(session.parameters()).isEqualTo(after.get(11));

        session.seek(5);
        assertThat(session.learningRate()).isEqualTo(2.0);
        assertThat(session.lossHistory().size()).isEqualTo(5);
        session.step();
        assertThat(session.parameters()).isEqualTo(after.get(6));

        session.seek(0);
        assertThat(session.parameters()).isEqualTo(after.get(0));
        assertThat(session.lossHistory().size()).isZero();
    }

    @Test
    void onlineTraceRecordsEachUpdateInOrder() {
        Scenario online = BuiltInScenarios.get("xor").toBuilder().updateMode(UpdateMode.ONLINE).build();
        TrainingSession session = new TrainingSession(online);
        session.run(7);
        EpochTrace trace = session.trace();
        double eta = online.learningRate();

        Parameters p = trace.before();
        for (SampleTrace t : trace.samples()) {
            assertThat(t.before()).as("sample %d sees the updates before it", t.index()).isEqualTo(p);
            double[] w = p.toFlat();
            double[] g = t.gradient().toFlat();
            for (int k = 0; k < w.length; k++) {
                w[k] -= eta * g[k];
            }
            p = Parameters.ofFlat(new int[] {2, 2, 1}, w);
            assertThat(trace.afterSample(t.index())).as("after sample %d", t.index()).isEqualTo(p);
        }
        assertThat(trace.after()).isEqualTo(p);
        assertThat(trace.sample(1).before()).isNotEqualTo(trace.sample(0).before());

        session.step();
        assertThat(session.parameters()).isEqualTo(trace.after());
    }

    @Test
    void batchTraceMakesOneUpdateWithTheMeanGradient() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        session.run(7);
        EpochTrace trace = session.trace();
        double[] w = trace.before().toFlat();
        double[] g = trace.meanGradient().toFlat();
        for (int k = 0; k < w.length; k++) {
            w[k] -= trace.learningRate() * g[k];
        }
        assertThat(trace.after()).isEqualTo(Parameters.ofFlat(new int[] {2, 2, 1}, w));
        for (SampleTrace t : trace.samples()) {
            assertThat(t.before()).isEqualTo(trace.before());
            assertThat(trace.afterSample(t.index())).isEqualTo(trace.after());
        }
    }
}
