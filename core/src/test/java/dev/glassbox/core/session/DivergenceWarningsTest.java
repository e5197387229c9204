package dev.glassbox.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A loss that jumps far above its best, a network that saturates as its loss rises, and a loss that
 * stops moving with the gradient blocked are reported with their epoch while training goes on.
 */
class DivergenceWarningsTest {
    private static TrainingSession xorAt(double eta) {
        return new TrainingSession(BuiltInScenarios.get("xor").toBuilder().learningRate(eta).build());
    }

    /**
     * η = 1000 on xor: epoch 1 (loss 0.158, before any update) drives the output's z to about −47,
     * a ≈ 10⁻²¹ on every sample, slope far below 5 % of its peak: from epoch 2 on the loss is
     * ½·(1² + 1²)/4 = 0.25 exactly and the updates are below the parameters' precision.
     */
    @Test
    void aRateThatSaturatesTheNetworkInOneEpochIsReportedThenTheStall() {
        TrainingSession session = xorAt(1000);

        assertThat(session.run(2)).isEqualTo(2);
        assertThat(session.lossHistory().last()).isEqualTo(0.25);
        Divergence saturation = session.warnings().get(0);
        assertThat(saturation.kind()).isEqualTo(Divergence.Kind.SATURATION);
        assertThat(saturation.epoch()).isEqualTo(2);
        assertThat(saturation.stopsTraining()).isFalse();
        assertThat(saturation.message()).isEqualTo("The network saturated at epoch 2 (learning rate 1000.0): its loss "
                + "rose from 0.158 to 0.250, above its starting 0.158, and every output neuron is saturated or dead "
                + "on every sample, so no gradient gets through.");

        int stallAt = 2 + DivergenceWatch.STALL_EPOCHS;
        assertThat(session.run(stallAt - 3)).isEqualTo(stallAt - 3);
        assertThat(session.warnings()).hasSize(1);
        assertThat(session.step()).isTrue();
        Divergence stall = session.warnings().get(1);
        assertThat(stall.kind()).isEqualTo(Divergence.Kind.STALL);
        assertThat(stall.epoch()).isEqualTo(stallAt).isEqualTo(session.epoch());
        assertThat(stall.message()).startsWith("Training stalled at epoch 10002 (learning rate 1000.0): the loss has "
                + "stayed at 0.250 since epoch 2, and every output neuron is saturated or dead");

        // told, not blocked: training goes on, and each kind is reported once
        assertThat(session.run(30_000)).isEqualTo(30_000);
        assertThat(session.divergence()).isEmpty();
        assertThat(session.warnings()).extracting(Divergence::kind)
                .containsExactly(Divergence.Kind.SATURATION, Divergence.Kind.STALL);
    }

    /** η = 100 on xor: the loss swings between about 0.08 and 0.25; at epoch 25 it is back above its start. */
    @Test
    void aLossThatJumpsAboveItsStartAndTwiceItsBestIsReported() {
        TrainingSession session = xorAt(100);
        session.run(24);
        double best = Double.POSITIVE_INFINITY;
        for (int e = 0; e < 24; e++) {
            best = Math.min(best, session.lossHistory().get(e));
        }
        assertThat(session.warnings()).extracting(Divergence::kind).containsExactly(Divergence.Kind.SATURATION);

        session.step();
        double loss = session.lossHistory().last();
        assertThat(loss).isGreaterThan(2 * best).isGreaterThan(session.lossHistory().get(0));
        Divergence jump = session.warnings().get(1);
        assertThat(jump.kind()).isEqualTo(Divergence.Kind.LOSS_JUMP);
        assertThat(jump.epoch()).isEqualTo(25);
        assertThat(jump.message()).isEqualTo("The loss jumped at epoch 25 (learning rate 100.0): the loss rose to "
                + Divergence.number(loss) + ", above its starting 0.158 and over 2 times its best so far, "
                + Divergence.number(best) + ".");
    }

    static List<String> builtIns() {
        return BuiltInScenarios.ids();
    }

    /** At their own rates (and at a tenth of them: slow learners) the built-ins are never warned about. */
    @ParameterizedTest
    @MethodSource("builtIns")
    void noBuiltInIsWarnedAboutAtItsOwnRateOrATenthOfIt(String id) {
        Scenario scenario = BuiltInScenarios.get(id);
        for (double eta : new double[] {scenario.learningRate(), scenario.learningRate() / 10}) {
            TrainingSession session = new TrainingSession(scenario.toBuilder().learningRate(eta).build());
            assertThat(session.run(100_000)).isEqualTo(100_000);
            assertThat(session.warnings()).as(id + " at " + eta).isEmpty();
            assertThat(session.divergence()).isEmpty();
        }
    }

    /** The cross-entropy cancellation keeps a saturated sigmoid output learning: no saturation, no stall. */
    @Test
    void aSaturatedOutputUnderCrossEntropyIsNotBlocked() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor-saturated-ce").toBuilder().learningRate(1000).build());
        session.run(30_000);
        assertThat(session.warnings()).extracting(Divergence::kind).containsExactly(Divergence.Kind.LOSS_JUMP);
    }

    @Test
    void seekingBeforeAWarningForgetsItAndTrainingFindsItAgain() {
        TrainingSession session = xorAt(100);
        session.run(100);
        List<Divergence> first = session.warnings();
        assertThat(first).hasSize(2);

        session.seek(10);
        assertThat(session.warnings()).containsExactly(first.get(0));
        session.run(90);
        assertThat(session.warnings()).isEqualTo(first);

        session.seek(1);
        assertThat(session.warnings()).isEmpty();
        session.run(99);
        assertThat(session.warnings()).isEqualTo(first);

        session.reset();
        assertThat(session.warnings()).isEmpty();
    }

    @Test
    void seekingIntoAStallResumesItsCount() {
        TrainingSession session = xorAt(1000);
        session.run(5000);
        session.seek(4000);
        assertThat(session.run(DivergenceWatch.STALL_EPOCHS - 3999)).isEqualTo(DivergenceWatch.STALL_EPOCHS - 3999);
        assertThat(session.warnings()).extracting(Divergence::kind).containsExactly(Divergence.Kind.SATURATION);
        session.step();
        assertThat(session.warnings().get(1).epoch()).isEqualTo(2 + DivergenceWatch.STALL_EPOCHS);
    }

    /** In German the same warning, with its numbers written as in English. */
    @Test
    void theWarningReadsInGermanWhereGermanIsTheLanguage() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMAN);
        try {
            TrainingSession session = xorAt(1000);
            session.run(2);
            assertThat(session.warnings().get(0).message()).isEqualTo("Das Netz ist bei Epoche 2 gesättigt (Lernrate 1000.0): "
                    + "sein Verlust stieg von 0.158 auf 0.250, über seinen Anfangswert 0.158, und jedes Ausgabeneuron ist bei "
                    + "jedem Beispiel gesättigt oder tot, daher kommt kein Gradient durch.");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
