package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Parameters;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JLabel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportGuiTest extends AppGuiTest {
    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        showApp();
    }

    private Dimension sizeOf(String name) {
        return onEdt(() -> robot.finder().findByName(app, name).getSize());
    }

    private static Dimension imageSize(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        return new Dimension(image.getWidth(), image.getHeight());
    }

    @Test
    void picturesOfTheNetworkTheChartAndTheWindowAt1xAnd2x() throws IOException {
        Dimension network = sizeOf("networkView");
        Path n1 = dir.resolve("network.png");
        Path n2 = dir.resolve("network@2x.png");
        assertThat(onEdt(() -> app.exportNetworkPng(n1, 1) && app.exportNetworkPng(n2, 2))).isTrue();
        assertThat(imageSize(n1)).isEqualTo(network);
        assertThat(imageSize(n2)).isEqualTo(new Dimension(2 * network.width, 2 * network.height));

        // The chart exports its plot area (lossChartView), without its row of buttons.
        Dimension chart = sizeOf("lossChartView");
        Path c2 = dir.resolve("chart@2x.png");
        assertThat(onEdt(() -> app.exportChartPng(c2, 2))).isTrue();
        assertThat(imageSize(c2)).isEqualTo(new Dimension(2 * chart.width, 2 * chart.height));

        Path w = dir.resolve("window.png");
        assertThat(onEdt(() -> app.exportWindowPng(w, 1))).isTrue();
        assertThat(imageSize(w)).isEqualTo(onEdt(() -> app.getRootPane().getSize()));
        window.label("statusMessage").requireText("Exported window.png");
    }

    @Test
    void theTraceHasEveryEpochWithItsLossAndParameters() throws Exception {
        onEdtRun(() -> {
            model().session().run(20);
            model().setLearningRate(0.5);
            model().session().run(30);
        });
        Path csv = dir.resolve("trace.csv");
        onEdt(() -> app.exportTrace(csv)).get();
        JLabel status = window.label("statusMessage").target();
        await("the export's report", () -> status.getText().startsWith("Exported"));
        window.label("statusMessage").requireText("Exported trace.csv: 50 epochs");

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(51);
        assertThat(lines.get(0)).startsWith("epoch,loss,w[0][0][0],");
        for (int e = 1; e <= 50; e++) {
            int epoch = e;
            double[] row = Arrays.stream(lines.get(e).split(",")).mapToDouble(Double::parseDouble).toArray();
            assertThat(row[0]).isEqualTo(epoch);
            assertThat(row[1]).isEqualTo(onEdt(() -> model().session().lossHistory().get(epoch - 1)));
            assertThat(Arrays.copyOfRange(row, 2, row.length))
                    .containsExactly(csvOrder(onEdt(() -> model().session().parametersAt(epoch))));
        }
    }

    /** The parameters in the trace's column order: every weight w[l][j][i], then every bias b[l][j]. */
    static double[] csvOrder(Parameters p) {
        List<Double> values = new ArrayList<>();
        for (double[][] layer : p.weights()) {
            for (double[] row : layer) {
                Arrays.stream(row).forEach(values::add);
            }
        }
        for (double[] layer : p.biases()) {
            Arrays.stream(layer).forEach(values::add);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
