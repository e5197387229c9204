package dev.glassbox.swing.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.ScenarioException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleTextTest {
    private final Architecture xor = new Architecture(List.of(2, 2, 1), List.of(Activation.SIGMOID, Activation.SIGMOID),
            Loss.MSE);
    private final Architecture twoOut = new Architecture(List.of(1, 2), List.of(Activation.SIGMOID), Loss.MSE);

    private List<Sample> csv(String text, Architecture arch) throws IOException {
        return SampleText.readCsv(new StringReader(text), arch);
    }

    @Test
    void aCsvFileRoundTripsWithItsHeaderAndEveryDigit() throws IOException {
        List<Sample> samples = List.of(Sample.of(new double[] {0, 1}, new double[] {1}),
                Sample.of(new double[] {-0.1, 1.0 / 3}, new double[] {0.25}), Sample.of(new double[] {1e-7, 2.5e12},
                        new double[] {0}));
        StringWriter out = new StringWriter();
        SampleText.writeCsv(out, xor, samples);
        assertThat(out.toString()).isEqualTo("x1,x2,y\n0,1,1\n-0.1,0.3333333333333333,0.25\n1.0E-7,2500000000000,0\n");
        assertThat(csv(out.toString(), xor)).isEqualTo(samples);
    }

    @Test
    void severalTargetsAreNamedY1Y2() throws IOException {
        StringWriter out = new StringWriter();
        SampleText.writeCsv(out, twoOut, List.of(Sample.of(new double[] {0.5}, new double[] {1, 0})));
        assertThat(out.toString()).isEqualTo("x1,y1,y2\n0.5,1,0\n");
    }

    @Test
    void quotedFieldsSpacesAndWindowsLineEndsReadRight() throws IOException {
        assertThat(csv("\"x1\",\"x2\",\"y\"\r\n\"0.5\", -1 ,\"1\"\r\n\r\n", xor))
                .containsExactly(Sample.of(new double[] {0.5, -1}, new double[] {1}));
    }

    @Test
    void theHeaderSaysWhichColumnIsATargetInAnyOrder() throws IOException {
        assertThat(csv("y,X_1,x2\n1,0.25,0.75\n", xor)).containsExactly(Sample.of(new double[] {0.25, 0.75},
                new double[] {1}));
    }

    @Test
    void otherNamesOrNoHeaderMakeTheLastColumnsTheTargets() throws IOException {
        Sample s = Sample.of(new double[] {0.25, 0.75}, new double[] {1});
        assertThat(csv("length,width,class\n0.25,0.75,1\n", xor)).containsExactly(s);
        assertThat(csv("0.25,0.75,1\n", xor)).containsExactly(s);
    }

    @Test
    void aQuotedDecimalCommaIsRefusedSayingSoWithTheRowAndColumn() {
        assertThatThrownBy(() -> csv("x1,x2,y\n0,0,0\n\"0,5\",1,1\n", xor))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 3, x1: “0,5” has a decimal comma: write 0.5");
    }

    @Test
    void anUnquotedDecimalCommaSplitsTheRowAndTheMessageSaysWhy() {
        assertThatThrownBy(() -> csv("x1,x2,y\n0,5,1,1\n", xor))
                .hasMessage("row 2 has 4 columns, not 3 as the header (a decimal comma, as in 0,5, splits a number"
                        + " in two: write 0.5)");
    }

    @Test
    void aSemicolonFileFromAEuropeanSpreadsheetIsExplained() {
        assertThatThrownBy(() -> csv("x1;x2;y\n0,5;1;1\n", xor)).hasMessageStartingWith(
                "row 1 separates its columns with semicolons");
    }

    @Test
    void theWrongNumberOfColumnsNamesWhatTheNetworkNeeds() {
        assertThatThrownBy(() -> csv("x1,x2,x3,y\n1,2,3,4\n", xor)).hasMessage("the network takes 2 inputs and gives"
                + " 1 output (x1, x2, y), but the header names 3 inputs (x…) and 1 target (y…)");
        assertThatThrownBy(() -> csv("1,2\n", xor)).hasMessage("the network takes 2 inputs and gives 1 output"
                + " (x1, x2, y), but row 1 has 2 columns");
    }

    @Test
    void aWordAmongNumbersNamesItsRowAndColumn() {
        assertThatThrownBy(() -> csv("x1,x2,y\n1,two,0\n", xor)).hasMessage("row 2, x2: “two” is not a number");
        assertThatThrownBy(() -> csv("x1,x2,y\n1,NaN,0\n", xor)).hasMessage("row 2, x2: “NaN” is not a finite number");
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRefused() {
        assertThatThrownBy(() -> csv("", xor)).hasMessage("no rows: the text is empty");
        assertThatThrownBy(() -> csv("x1,x2,y\n", xor)).hasMessage("only a header, no samples");
    }

    @Test
    void moreThanTheLimitIsRefused() {
        String rows = "0,0,0\n".repeat(10_001);
        assertThatThrownBy(() -> csv(rows, xor)).hasMessage("at most 10000 samples, got 10001");
    }

    @Test
    void spreadsheetRowsPasteWithOrWithoutAHeader() {
        List<Sample> expected = List.of(Sample.of(new double[] {0, 1}, new double[] {1}),
                Sample.of(new double[] {0.5, -2}, new double[] {0}));
        assertThat(SampleText.readTabs("0\t1\t1\r\n0.5\t-2\t0\r\n", xor)).isEqualTo(expected);
        assertThat(SampleText.readTabs("x1\tx2\ty\n0\t1\t1\n0.5\t-2\t0", xor)).isEqualTo(expected);
        assertThat(SampleText.tabs(xor, expected)).isEqualTo("0\t1\t1\n0.5\t-2\t0\n");
    }

    @Test
    void aBadPasteNamesTheRowAndColumn() {
        assertThatThrownBy(() -> SampleText.readTabs("0\t1\t1\n0,5\t1\t0\n", xor))
                .hasMessage("row 2, column 1: “0,5” has a decimal comma: write 0.5");
        assertThatThrownBy(() -> SampleText.readTabs("0\t1\t1\n0\t1\n", xor))
                .hasMessage("row 2 has 2 columns, not 3 as row 1");
        assertThatThrownBy(() -> SampleText.readTabs("x1\tx2\ty\n0\tone\t1\n", xor))
                .hasMessage("row 2, x2: “one” is not a number");
    }

    @Test
    void aScenarioComplaintIsWrittenAsTheTableNamesSamplesAndColumns() {
        ScenarioException e = new ScenarioException("samples[2].y[0]", "cross-entropy needs targets in [0, 1], got 1.5");
        assertThat(SampleText.describe(e, BuiltInScenarios.get("xor").architecture()))
                .isEqualTo("sample 3, y: cross-entropy needs targets in [0, 1], got 1.5");
    }
}
