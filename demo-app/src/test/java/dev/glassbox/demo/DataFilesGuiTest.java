package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.BuiltInScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student imports a CSV file of samples through File › Import data (CSV)… and sees them in the
 * Data tab, trained from epoch 0; a file with a decimal comma is refused with a dialog naming the
 * row and column and nothing changes; File › Export › Data as CSV… writes them back.
 */
class DataFilesGuiTest extends AppGuiTest {
    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        showApp();
    }

    private List<Sample> samples() {
        return onEdt(() -> model().samples());
    }

    private void choose(Path file) {
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(10_000).using(robot);
        chooser.setCurrentDirectory(dir.toFile());
        chooser.fileNameTextBox().setText(file.toString());
        chooser.approve();
        robot.waitForIdle();
    }

    @Test
    void aCsvFileImportedThroughTheMenuFillsTheDataTabAndABadOneChangesNothing() throws IOException {
        onEdtRun(() -> model().session().run(25));
        Path good = Files.writeString(dir.resolve("mine.csv"), "x1,x2,y\n0.1,0.2,1\n\"0.3\",0.4,0\n-1,1,1\n");
        window.menuItemWithPath("File", "Import data (CSV)…").click();
        choose(good);

        assertThat(samples()).containsExactly(Sample.of(new double[] {0.1, 0.2}, new double[] {1}),
                Sample.of(new double[] {0.3, 0.4}, new double[] {0}), Sample.of(new double[] {-1, 1}, new double[] {1}));
        assertThat(onEdt(() -> model().epoch())).isZero();
        window.tabbedPane("tablesTabs").selectTab("Data");
        assertThat(window.table("datasetTable").rowCount()).isEqualTo(3);
        assertThat(window.label("statusMessage").text())
                .isEqualTo("Imported 3 samples from mine.csv: training starts again from epoch 0.");

        Path bad = Files.writeString(dir.resolve("comma.csv"), "x1,x2,y\n0.1,0.2,1\n\"0,3\",0.4,0\n");
        window.menuItemWithPath("File", "Import data (CSV)…").click();
        choose(bad);
        DialogFixture error = WindowFinder.findDialog("errorDialog").withTimeout(10_000).using(robot);
        assertThat(error.textBox("errorMessage").text()).isEqualTo("comma.csv: row 3, x1: “0,3” has a decimal comma:"
                + " write 0.3");
        error.button(JButtonMatcher.withText("OK")).click();
        assertThat(samples()).hasSize(3);
        assertThat(window.table("datasetTable").rowCount()).isEqualTo(3);

        window.menuItemWithPath("Edit", "Undo remove a sample").click();
        assertThat(samples()).isEqualTo(BuiltInScenarios.get("xor").samples());
        assertThat(onEdt(() -> model().epoch())).isEqualTo(25);

        Path out = dir.resolve("out.csv");
        window.menuItemWithPath("File", "Export", "Data as CSV…").click();
        choose(out);
        assertThat(Files.readString(out)).isEqualTo("x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
    }
}
