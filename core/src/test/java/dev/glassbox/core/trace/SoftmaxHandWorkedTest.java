package dev.glassbox.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.TrainingSession;
import org.junit.jupiter.api.Test;

/**
 * A softmax output layer's forward and backward pass worked by hand: one input x = 2, three
 * output neurons with weights (0.5, 0, −0.5) and biases 0, cross-entropy, target y = (0, 1, 0).
 * The decimals were worked to 16 digits; the trace must agree to rounding.
 */
class SoftmaxHandWorkedTest {
    private static final double HAND = 1e-15;

    private static final String THREE_CLASSES = """
            {
              "format": "glassbox-scenario/1",
              "name": "softmax by hand",
              "layers": [1, 3],
              "activations": ["softmax"],
              "loss": "cross-entropy",
              "learningRate": 1,
              "weights": [[[0.5], [0], [-0.5]]],
              "biases": [[0, 0, 0]],
              "samples": [{"x": [2], "y": [0, 1, 0]}]
            }
            """;

    @Test
    void theOutputsCompeteSumToOneAndTheirDeltasAreAMinusY() {
        TrainingSession session = new TrainingSession(ScenarioFiles.parse(THREE_CLASSES));
        EpochTrace epoch = session.trace();
        SampleTrace s = epoch.sample(0);

        // ---- forward: z = w·x + b = (1, 0, −1); max z = 1
        // e^(z − 1) = (1, e^−1, e^−2) = (1, 0.36787944117144233, 0.1353352832366127), sum 1.5032147244080551
        // a = e / sum = (0.6652409557748218, 0.24472847105479764, 0.09003057317038046)
        assertThat(s.output(0).z()).isEqualTo(1);
        assertThat(s.output(1).z()).isEqualTo(0);
        assertThat(s.output(2).z()).isEqualTo(-1);
        assertThat(s.output(0).a()).isCloseTo(0.6652409557748218, within(HAND));
        assertThat(s.output(1).a()).isCloseTo(0.24472847105479764, within(HAND));
        assertThat(s.output(2).a()).isCloseTo(0.09003057317038046, within(HAND));
        assertThat(s.output(0).a() + s.output(1).a() + s.output(2).a()).isCloseTo(1, within(HAND));

        // ---- loss: −Σ y_k ln a_k = −ln a_1 = −ln 0.24472847105479764 = 1.4076059644443804
        assertThat(s.loss()).isCloseTo(1.4076059644443804, within(HAND));
        assertThat(epoch.loss()).isEqualTo(s.loss());

        // ---- backward: raw error ∂L/∂a_k = −y_k/a_k: (0, −1/0.24472847105479764 = −4.086161269630487, 0)
        // δ_k = a_k − y_k = (0.6652409557748218, −0.7552715289452023 (0.24472847105479764 − 1), 0.09003057317038046)
        assertThat(s.output(1).rawError()).isCloseTo(-4.086161269630487, within(1e-14));
        assertThat(s.output(0).rawError()).isEqualTo(-0.0);
        assertThat(s.output(0).delta()).isEqualTo(s.output(0).a());
        assertThat(s.output(1).delta()).isCloseTo(-0.7552715289452023, within(HAND));
        assertThat(s.output(2).delta()).isEqualTo(s.output(2).a());
        // the slope shown is the Jacobian's diagonal a(1 − a): 0.24472847105479764 · 0.7552715289452023
        assertThat(s.output(1).slope()).isCloseTo(0.1848364465099787, within(HAND));

        // ---- gradient ∂L/∂w_k = δ_k · x = (1.3304819115496436, −1.5105430578904047, 0.18006114634076092),
        // ∂L/∂b_k = δ_k; with η = 1 the weights become 0.5 − 1.3304819115496436 = −0.8304819115496436, …
        assertThat(s.gradient(new Connection(0, 0, 0))).isCloseTo(1.3304819115496436, within(HAND));
        assertThat(s.gradient(new Connection(0, 0, 1))).isCloseTo(-1.5105430578904047, within(HAND));
        assertThat(s.gradient(new Connection(0, 0, 2))).isCloseTo(0.18006114634076092, within(HAND));
        session.step();
        assertThat(session.parameters().weight(0, 0, 0)).isCloseTo(-0.8304819115496436, within(HAND));
        assertThat(session.parameters().weight(0, 1, 0)).isCloseTo(1.5105430578904047, within(HAND));
        assertThat(session.parameters().bias(0, 1)).isCloseTo(0.7552715289452023, within(HAND));
    }

    @Test
    void hugeWeightedInputsDoNotOverflowBecauseTheMaxIsSubtractedFirst() {
        // z = (1000, 1000, 1001): e^1000 overflows, e^(z − 1001) = (e^−1, e^−1, 1) does not.
        // sum 1.7357588823428847; a = (0.21194155761708544, 0.21194155761708544, 0.5761168847658291);
        // with y = (0, 0, 1) the loss is −ln 0.5761168847658291 = 0.5514447139320511
        TrainingSession session = new TrainingSession(ScenarioFiles.parse(THREE_CLASSES
                .replace("\"biases\": [[0, 0, 0]]", "\"biases\": [[999, 1000, 1002]]")
                .replace("\"y\": [0, 1, 0]", "\"y\": [0, 0, 1]")));
        SampleTrace s = session.trace().sample(0);
        assertThat(s.output(0).a()).isCloseTo(0.21194155761708544, within(HAND));
        assertThat(s.output(1).a()).isCloseTo(0.21194155761708544, within(HAND));
        assertThat(s.output(2).a()).isCloseTo(0.5761168847658291, within(HAND));
        assertThat(s.loss()).isCloseTo(0.5514447139320511, within(HAND));
        assertThat(session.datasetLoss()).isEqualTo(s.loss());
    }
}
