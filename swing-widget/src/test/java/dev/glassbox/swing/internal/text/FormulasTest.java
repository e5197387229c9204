package dev.glassbox.swing.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Loss;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulasTest {
    @Test
    void lossesWithNumbers() {
        assertThat(Formulas.filled(Loss.MSE.formula(), Map.of("a", "0.7311", "y", "0")))
                .isEqualTo("½(0.7311 − 0)²");
        assertThat(Formulas.filled(Loss.CROSS_ENTROPY.formula(), Map.of("a", "0.7311", "y", "0")))
                .isEqualTo("−[0·ln 0.7311 + (1 − 0) ln(1 − 0.7311)]");
        assertThat(Formulas.filled(Loss.CROSS_ENTROPY.rawErrorFormula(), Map.of("a", "0.9959", "y", "0")))
                .isEqualTo("(0.9959 − 0) / (0.9959·(1 − 0.9959))");
    }

    @Test
    void slopesWithNumbers() {
        assertThat(Formulas.filled(Activation.SIGMOID.slopeFormula(), Map.of("a", "0.5866")))
                .isEqualTo("0.5866·(1 − 0.5866)");
        assertThat(Formulas.filled(Activation.TANH.slopeFormula(), Map.of("a", "−0.5")))
                .isEqualTo("1 − (−0.5)²");
        assertThat(Formulas.filled(Activation.RELU.slopeFormula(), Map.of("z", "−0.2")))
                .isEqualTo("1 if (−0.2) > 0 else 0");
    }

    @Test
    void variablesAndWordsAreTold() {
        assertThat(Formulas.tokens("y ln a"))
                .extracting(Formulas.Token::kind)
                .containsExactly(Formulas.Kind.VARIABLE, Formulas.Kind.SYMBOL, Formulas.Kind.WORD,
                        Formulas.Kind.SYMBOL, Formulas.Kind.VARIABLE);
        assertThat(Formulas.fill("a − y", Map.of("a", "0.5"))).extracting(Formulas.Token::variable)
                .containsExactly("a", null, null);
    }
}
