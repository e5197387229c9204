package dev.glassbox.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.Momentum;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A restore in parts ({@link TrainingSession#startRestore}, {@link TrainingSession#restoreMore})
 * ends bit for bit where {@link TrainingSession#restore} does, whatever the size of its parts, and
 * tells each part as epochs trained; a change made meanwhile completes it first or gives it up.
 */
class RestoreInPartsTest {
    private static final Scenario MOMENTUM = BuiltInScenarios.get("xor").toBuilder().optimizer(new Momentum(0.9))
            .build();

    /** Everything of a session a user can see, compared bit for bit. */
    private record Seen(Checkpoint checkpoint, List<Double> losses, Object sampleLosses, List<Divergence> warnings,
                        List<NeuronEvent> neuronEvents, Object trace, Object pastTrace, double rate) {
        static Seen of(TrainingSession s) {
            List<Double> losses = new ArrayList<>();
            for (int i = 0; i < s.lossHistory().size(); i++) {
                losses.add(s.lossHistory().get(i));
            }
            List<Double> sampleLosses = new ArrayList<>();
            for (int i = 0; i < s.sampleLossHistory().size(); i++) {
                sampleLosses.add(s.sampleLossHistory().get(0, i));
            }
            return new Seen(s.checkpoint(), losses, sampleLosses, s.warnings(), s.neuronEvents(), s.trace().after(),
                    s.trace(30).after(), s.learningRate());
        }
    }

    /** A history with edits and learning rates at several epochs, two of them at epoch 0. */
    private static TrainingSession edited() {
        TrainingSession s = new TrainingSession(MOMENTUM);
        s.setParameter(new Connection(0, 1, 0), -0.75);
        s.setLearningRate(2.0);
        s.run(40);
        s.setParameter(new Connection(0, 0, 1), 1.5);
        s.run(20);
        s.setLearningRate(3.0);
        s.run(2000);
        s.setParameter(new NeuronId(2, 0), 0.25);
        return s;
    }

    @Test
    void partsOfAnySizeEndBitForBitWhereARestoreDoes() {
        TrainingSession original = edited();
        Checkpoint saved = original.checkpoint();
        Seen expected = Seen.of(original);
        for (int part : new int[] {1, 7, 59, 333, 5000}) {
            TrainingSession s = new TrainingSession(BuiltInScenarios.get("and"));
            s.run(15);
            List<String> events = new ArrayList<>();
            s.addListener(e -> events.add(e.kind() + (e.epochs() > 0 ? " " + e.epochs() : "")));

            s.startRestore(saved);
            assertThat(s.isRestoring()).isTrue();
            assertThat(s.epoch()).isZero();
            assertThat(s.scenario()).isSameAs(MOMENTUM);
            assertThat(s.parameter(new Connection(0, 1, 0))).as("the edits of epoch 0 are made at once").isEqualTo(-0.75);
            int parts = 0;
            int trained = 0;
            while (s.isRestoring()) {
                int done = s.restoreMore(part);
                assertThat(done).isLessThanOrEqualTo(part);
                trained += done;
                parts++;
                assertThat(s.epoch()).isEqualTo(trained);
            }
            assertThat(Seen.of(s)).as("in parts of %d", part).isEqualTo(expected);
            assertThat(parts).isEqualTo((2060 + part - 1) / part);
            assertThat(events.get(0)).isEqualTo("RESTORED");
            assertThat(events.get(events.size() - 1)).isEqualTo("RESTORED");
            assertThat(events.subList(1, events.size() - 1)).allMatch(e -> e.startsWith("TRAINED "));
            assertThat(events.subList(1, events.size() - 1).stream()
                    .mapToInt(e -> Integer.parseInt(e.substring("TRAINED ".length()))).sum()).isEqualTo(2060);
            assertThat(s.restoreMore(10)).as("nothing under way").isZero();
        }
    }

    @Test
    void aRestoreToEpochZeroIsOverAtItsStart() {
        TrainingSession s = new TrainingSession(MOMENTUM);
        s.setParameter(new Connection(0, 1, 0), -0.75);
        Checkpoint saved = s.checkpoint();
        s.run(50);
        s.startRestore(saved);
        assertThat(s.isRestoring()).isFalse();
        assertThat(s.checkpoint()).isEqualTo(saved);
    }

    @Test
    void aChangeMeanwhileCompletesTheRestoreFirstAndAResetGivesItUp() {
        TrainingSession original = edited();
        Checkpoint saved = original.checkpoint();
        original.run(100);
        Seen runOn = Seen.of(original);

        TrainingSession s = new TrainingSession(MOMENTUM);
        s.startRestore(saved);
        s.restoreMore(500);
        List<SessionEvent.Kind> events = new ArrayList<>();
        s.addListener(e -> events.add(e.kind()));
        s.run(100);
        assertThat(s.isRestoring()).isFalse();
        assertThat(Seen.of(s)).isEqualTo(runOn);
        assertThat(events).containsExactly(SessionEvent.Kind.RESTORED, SessionEvent.Kind.TRAINED);

        s.startRestore(saved);
        s.restoreMore(500);
        s.reset();
        assertThat(s.isRestoring()).isFalse();
        assertThat(s.epoch()).isZero();
        assertThat(s.restoreMore(10)).isZero();
    }

    @Test
    void aDivergedCheckpointIsRestoredInPartsWithItsDivergence() {
        TrainingSession s = new TrainingSession(SetParameterTest.EXPLODING);
        s.run(1000);
        Checkpoint diverged = s.checkpoint();
        s.reset();
        s.startRestore(diverged);
        while (s.isRestoring()) {
            s.restoreMore(10);
        }
        assertThat(s.epoch()).isEqualTo(78);
        assertThat(s.divergence()).isPresent();
        assertThat(s.checkpoint()).isEqualTo(diverged);
    }
}
