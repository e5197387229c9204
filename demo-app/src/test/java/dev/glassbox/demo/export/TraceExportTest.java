package dev.glassbox.demo.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.session.TrainingSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceExportTest {
    @TempDir
    Path dir;

    @Test
    void aLongRunIsCutToEveryKthEpochPlusTheLastReplayedExactly() throws IOException {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        session.run(120_000);
        session.setLearningRate(0.8);
        session.run(130_001);
        TraceExport export = new TraceExport(session);
        assertThat(export.stride()).isEqualTo(3);
        assertThat(export.rows()).isEqualTo(83_334);

        Path csv = dir.resolve("long.csv");
        export.write(csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + 83_334);
        for (int row : new int[] {1, 40_000, 40_001, 83_333, 83_334}) {
            String[] cells = lines.get(row).split(",");
            int epoch = Integer.parseInt(cells[0]);
            assertThat(epoch).isEqualTo(Math.min(3 * row, 250_001));
            assertThat(Double.parseDouble(cells[1])).isEqualTo(session.lossHistory().get(epoch - 1));
            double[] flat = session.parametersAt(epoch).toFlat();
            double[] written = new double[cells.length - 2];
            for (int k = 0; k < written.length; k++) {
                written[k] = Double.parseDouble(cells[k + 2]);
            }
            assertThat(written).containsExactlyInAnyOrder(flat);
        }
    }

    @Test
    void noEpochsGiveTheHeaderOnly() throws IOException {
        TraceExport export = new TraceExport(new TrainingSession(BuiltInScenarios.get("and")));
        assertThat(export.rows()).isZero();
        Path csv = dir.resolve("empty.csv");
        export.write(csv);
        assertThat(Files.readAllLines(csv)).hasSize(1);
    }
}
