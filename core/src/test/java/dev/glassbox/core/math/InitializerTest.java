package dev.glassbox.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.TrainingSession;
import org.junit.jupiter.api.Test;

/**
 * The initialisers draw the same weights from the same seed on every machine: a table of exact
 * values for seed 7 of a 2-2-1 network, the bounds worked by hand, and the symmetry that all zeros
 * never breaks.
 */
class InitializerTest {
    private static final int[] XOR = {2, 2, 1};

    @Test
    void aFixedSeedGivesTheseWeights() {
        // flat layout: layer 0's rows (w00, w01, w10, w11), its biases (b0, b1), then layer 1's w00, w01, b0
        assertThat(Initializer.XAVIER.parameters(XOR, 7).toFlat()).containsExactly(
                -0.2698609012754224, -1.1836221161460476, 0.9816591764573661, 0.2031369021382805, 0.0, 0.0,
                -0.13451463415108988, -0.7087146789818501, 0.0);
        assertThat(Initializer.HE.parameters(XOR, 7).toFlat()).containsExactly(
                -0.3816409465379291, -1.6738944493784833, 1.3882757209740104, 0.28727896202241254, 0.0, 0.0,
                -0.16474610830366343, -0.8679946683629572, 0.0);
        assertThat(Initializer.UNIFORM.parameters(XOR, 7).toFlat()).containsExactly(
                -0.11017025160872851, -0.4832117054718439, 0.4007606806068834, 0.08293029302807808, 0.0, 0.0,
                -0.047558104988531635, -0.25056847771725665, 0.0);
        assertThat(Initializer.ZEROS.parameters(XOR, 7).toFlat()).containsOnly(0.0);
    }

    @Test
    void theBoundsAreTheFormulas() {
        // 2-2-1: layer 0 has fan-in 2, fan-out 2; layer 1 fan-in 2, fan-out 1
        assertThat(Initializer.XAVIER.bound(2, 2)).isEqualTo(Math.sqrt(1.5));   // √(6/4)
        assertThat(Initializer.XAVIER.bound(2, 1)).isEqualTo(Math.sqrt(2.0));   // √(6/3)
        assertThat(Initializer.HE.bound(2, 2)).isEqualTo(Math.sqrt(3.0));       // √(6/2)
        assertThat(Initializer.HE.bound(8, 1)).isEqualTo(Math.sqrt(0.75));      // √(6/8)
        assertThat(Initializer.UNIFORM.bound(16, 16)).isEqualTo(0.5);
        assertThat(Initializer.ZEROS.bound(2, 2)).isEqualTo(0.0);
    }

    @Test
    void everyWeightLiesWithinItsLayersBoundAndEveryBiasIsZero() {
        int[] sizes = {2, 8, 8, 1};
        for (Initializer init : Initializer.values()) {
            for (long seed = 0; seed < 50; seed++) {
                Parameters p = init.parameters(sizes, seed);
                for (int l = 0; l + 1 < sizes.length; l++) {
                    double r = init.bound(sizes[l], sizes[l + 1]);
                    for (int j = 0; j < sizes[l + 1]; j++) {
                        assertThat(p.bias(l, j)).isZero();
                        for (int i = 0; i < sizes[l]; i++) {
                            assertThat(Math.abs(p.weight(l, j, i))).isLessThanOrEqualTo(r);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theRandomInitialisersShareOneDrawScaledToTheirBound() {
        // the same uniform draw u in [0, 1) becomes −r + 2r·u, so w / r is the same for every initialiser
        Parameters xavier = Initializer.XAVIER.parameters(XOR, 11);
        Parameters he = Initializer.HE.parameters(XOR, 11);
        for (int l = 0; l < 2; l++) {
            int fanOut = XOR[l + 1];
            for (int j = 0; j < fanOut; j++) {
                for (int i = 0; i < 2; i++) {
                    assertThat(he.weight(l, j, i) / Initializer.HE.bound(2, fanOut))
                            .isCloseTo(xavier.weight(l, j, i) / Initializer.XAVIER.bound(2, fanOut), within(1e-15));
                }
            }
        }
    }

    @Test
    void allZerosKeepBothHiddenNeuronsIdenticalHoweverLongTheyTrain() {
        // AND, whose targets do not average to the output's starting 0.5, so the weights move at all
        TrainingSession session = new TrainingSession(ScenarioFiles.parse("""
                {"format": "glassbox-scenario/1", "name": "AND from zeros",
                 "layers": [2, 2, 1], "activations": ["sigmoid", "sigmoid"], "loss": "mse",
                 "learningRate": 2.0, "seed": 5, "init": "zeros",
                 "samples": [{"x": [0, 0], "y": [0]}, {"x": [0, 1], "y": [0]},
                             {"x": [1, 0], "y": [0]}, {"x": [1, 1], "y": [1]}]}
                """));
        assertThat(session.parameters().toFlat()).containsOnly(0.0);
        session.run(2000);
        Parameters p = session.parameters();
        assertThat(p.weight(0, 0, 0)).isNotZero();
        assertThat(p.weight(1, 0, 0)).isNotZero();
        assertThat(p.weight(0, 1, 0)).isEqualTo(p.weight(0, 0, 0));
        assertThat(p.weight(0, 1, 1)).isEqualTo(p.weight(0, 0, 1));
        assertThat(p.bias(0, 1)).isEqualTo(p.bias(0, 0));
        assertThat(p.weight(1, 0, 1)).isEqualTo(p.weight(1, 0, 0));
    }
}
