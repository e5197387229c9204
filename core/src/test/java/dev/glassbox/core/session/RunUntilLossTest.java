package dev.glassbox.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.core.scenario.BuiltInScenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training until the loss is below a bound stops after exactly the first epoch below it. */
class RunUntilLossTest {

    /** The first epoch of a plain run whose loss is below {@code epsilon}, or 0. */
    private static int firstBelow(LossHistory h, double epsilon) {
        for (int e = 1; e <= h.size(); e++) {
            if (h.get(e - 1) < epsilon) {
                return e;
            }
        }
        return 0;
    }

    @Test
    void stopsAfterTheFirstEpochWhoseLossIsBelowTheBoundAsAPlainRunHasIt() {
        TrainingSession plain = new TrainingSession(BuiltInScenarios.get("xor"));
        plain.run(5000);
        double epsilon = 0.05;
        int expected = firstBelow(plain.lossHistory(), epsilon);
        assertThat(expected).as("xor gets below %s within 5000 epochs", epsilon).isBetween(2, 4999);

        TrainingSession until = new TrainingSession(BuiltInScenarios.get("xor"));
        List<Integer> told = new ArrayList<>();
        until.addListener(e -> told.add(e.epochs()));
        assertThat(until.runUntilLossBelow(5000, epsilon)).isEqualTo(expected);
        assertThat(until.epoch()).isEqualTo(expected);
        assertThat(until.lossHistory().last()).isLessThan(epsilon);
        assertThat(until.lossHistory().get(expected - 2)).isGreaterThanOrEqualTo(epsilon);
        assertThat(told).as("one event for the whole run").containsExactly(expected);
        plain.seek(expected);
        assertThat(until.parameters()).isEqualTo(plain.parameters());
        assertThat(until.lastChange()).as("the last change of the epoch it stopped at")
                .isEqualTo(plain.lastChange());
    }

    @Test
    void aBoundNeverReachedTrainsEveryEpochAndNaNIsRefused() {
        TrainingSession s = new TrainingSession(BuiltInScenarios.get("xor"));
        assertThat(s.runUntilLossBelow(300, 1e-12)).isEqualTo(300);
        assertThat(s.epoch()).isEqualTo(300);
        assertThatThrownBy(() -> s.runUntilLossBelow(10, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThat(s.epoch()).isEqualTo(300);
    }
}
