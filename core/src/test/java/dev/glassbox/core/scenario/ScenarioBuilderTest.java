package dev.glassbox.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.UpdateMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Scenario#toBuilder()} changes what is set and keeps everything else. */
class ScenarioBuilderTest {
    private static final Scenario XOR = BuiltInScenarios.get("xor");

    @Test
    void anUnchangedBuilderBuildsAnEqualScenario() {
        assertThat(XOR.toBuilder().build()).isEqualTo(XOR);
    }

    @Test
    void eachSetterChangesItsComponentOnly() {
        Scenario s = XOR.toBuilder().learningRate(0.7).updateMode(UpdateMode.ONLINE).seed(5).name("n").lesson(null).build();
        assertThat(s).isEqualTo(new Scenario("n", "", XOR.architecture(), 0.7, UpdateMode.ONLINE, XOR.parameters(), 5,
                XOR.samples()));
    }

    @Test
    void theLossAndActivationsKeepTheLayersAndTheParameters() {
        Scenario s = XOR.toBuilder().activations(Activation.TANH, Activation.SIGMOID).loss(Loss.CROSS_ENTROPY).build();
        assertThat(s.architecture()).isEqualTo(new Architecture(List.of(2, 2, 1),
                List.of(Activation.TANH, Activation.SIGMOID), Loss.CROSS_ENTROPY));
        assertThat(s.parameters()).isEqualTo(XOR.parameters());
    }

    @Test
    void otherLayerSizesDropTheParametersThatNoLongerFit() {
        Architecture wider = new Architecture(List.of(2, 3, 1), XOR.architecture().activations(), Loss.MSE);
        Scenario s = XOR.toBuilder().architecture(wider).build();
        assertThat(s.parameters()).isNull();
        assertThat(s.initialParameters().sizes()).containsExactly(2, 3, 1);
    }

    @Test
    void anEmptyBuilderBuildsFromWhatIsSet() {
        Scenario s = Scenario.builder().name("s").architecture(XOR.architecture()).learningRate(1).seed(3)
                .samples(XOR.samples()).build();
        assertThat(s.updateMode()).isEqualTo(UpdateMode.BATCH);
        assertThat(s.lesson()).isEmpty();
        assertThat(s.parameters()).isNull();
    }
}
