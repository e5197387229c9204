package dev.glassbox.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The forward pass alone gives every activation of the full pass, bit for bit, softmax included. */
class ActivationsTest {

    @Test
    void theForwardPassAloneIsThePassesForwardHalf() {
        for (String id : BuiltInScenarios.ids()) {
            Scenario scenario = BuiltInScenarios.get(id);
            Architecture arch = scenario.architecture();
            Parameters p = scenario.initialParameters();
            for (Sample sample : scenario.samples().subList(0, Math.min(20, scenario.samples().size()))) {
                double[] x = sample.x().stream().mapToDouble(Double::doubleValue).toArray();
                double[][] a = Backprop.activations(arch, p, x);
                SamplePass pass = Backprop.pass(arch, p, sample);
                assertThat(a[0]).containsExactly(x);
                for (int l = 1; l <= arch.depth(); l++) {
                    for (int j = 0; j < arch.size(l); j++) {
                        assertThat(a[l][j]).isEqualTo(pass.a(l, j));
                    }
                }
            }
        }
    }
}
