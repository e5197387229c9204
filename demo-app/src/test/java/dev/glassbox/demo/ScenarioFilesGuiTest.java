package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.Bookmark;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioException;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.demo.files.ScenarioDropHandler;
import dev.glassbox.demo.settings.AppSettings;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesGuiTest extends AppGuiTest {
    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        showApp();
    }

    /** What the window shows and trains, to compare before and after a failed load. */
    private record State(int epoch, Parameters parameters, Scenario scenario, int offered) {
    }

    private State state() {
        return onEdt(() -> new State(model().session().epoch(), model().session().parameters(),
                model().session().scenario(), ((JComboBox<?>) window.comboBox("scenarioCombo").target()).getItemCount()));
    }

    /** Runs {@code action} on the event thread without waiting: it is going to block in a modal dialog. */
    private static void later(Runnable action) {
        SwingUtilities.invokeLater(action);
    }

    /** Finds the error dialog, returns its text and closes it. */
    private String dismissError() {
        DialogFixture dialog = WindowFinder.findDialog("errorDialog").withTimeout(10_000).using(robot);
        String text = dialog.textBox("errorMessage").text();
        dialog.button(JButtonMatcher.withText("OK")).click();
        return text;
    }

    private static String problemOf(Path file) {
        try {
            ScenarioFiles.read(file);
        } catch (ScenarioException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " is valid");
    }

    @Test
    void aMalformedFileShowsTheProblemAndLeavesTheSessionAsItWas() throws IOException {
        onEdtRun(() -> model().session().run(37));
        State before = state();
        Path bad = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"glassbox-scenario/1\", \"name\": ");
        later(() -> app.openScenario(bad));
        assertThat(dismissError()).contains("broken.json").contains(problemOf(bad));
        assertThat(state()).isEqualTo(before);
        assertThat(settings.recentFiles()).isEmpty();
    }

    @Test
    void anInvalidScenarioNamesTheField() throws IOException {
        String json = BuiltInScenarios.json("xor").replace("\"learningRate\": 2.0", "\"learningRate\": -1");
        assertThat(json).contains("-1");
        Path bad = Files.writeString(dir.resolve("negative-rate.json"), json);
        State before = state();
        later(() -> app.openScenario(bad));
        assertThat(dismissError()).contains("learningRate");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aMissingRecentFileIsReportedAndForgotten() {
        Path gone = dir.resolve("gone.json");
        settings.addRecentFile(gone);
        State before = state();
        later(() -> app.openScenario(gone));
        assertThat(dismissError()).contains("gone.json");
        assertThat(state()).isEqualTo(before);
        assertThat(settings.recentFiles()).isEmpty();
    }

    @Test
    void saveWritesTheCurrentWeightsAndRateAndOpenReadsThemBack() throws IOException {
        onEdtRun(() -> {
            model().session().run(40);
            model().setLearningRate(0.75);
        });
        Parameters trained = onEdt(() -> model().session().parameters());
        Path file = dir.resolve("handout.json");
        assertThat(onEdt(() -> app.saveScenario(file))).isTrue();

        Scenario saved = ScenarioFiles.read(file);
        assertThat(saved.initialParameters()).isEqualTo(trained);
        assertThat(saved.learningRate()).isEqualTo(0.75);
        assertThat(saved.name()).isEqualTo(BuiltInScenarios.get("xor").name());

        onEdtRun(() -> model().reset());
        assertThat(onEdt(() -> app.openScenario(file))).isTrue();
        assertThat(onEdt(() -> model().session().parameters())).isEqualTo(trained);
        assertThat(onEdt(() -> model().session().epoch())).isZero();
        window.comboBox("scenarioCombo").requireSelection(saved.name() + "  (handout.json)");
        assertThat(settings.recentFiles()).containsExactly(file.toAbsolutePath());
    }

    @Test
    void bookmarksSurviveSaveAndOpenCountedFromTheSavedEpoch() throws IOException {
        onEdtRun(() -> {
            model().session().run(50);
            model().viewEpoch(20);
        });
        window.button("bookmarkButton").click();
        JOptionPaneFixture dialog = window.optionPane(Timeout.timeout(10_000));
        dialog.textBox().deleteText().enterText("plateau ends here");
        dialog.okButton().click();
        onEdtRun(() -> model().addBookmark(45, "converged"));

        Path fromStart = dir.resolve("marked.json");
        onEdtRun(() -> model().reset());
        assertThat(onEdt(() -> app.saveScenario(fromStart))).isTrue();
        assertThat(ScenarioFiles.read(fromStart).bookmarks())
                .containsExactly(new Bookmark(20, "plateau ends here"), new Bookmark(45, "converged"));
        onEdtRun(() -> model().session().run(30));
        Path fromThirty = dir.resolve("from-30.json");
        assertThat(onEdt(() -> app.saveScenario(fromThirty))).isTrue();
        assertThat(ScenarioFiles.read(fromThirty).bookmarks()).as("counted from the saved epoch")
                .containsExactly(new Bookmark(15, "converged"));

        select("scenarioCombo", ".*\\(and\\)");
        assertThat(onEdt(() -> model().bookmarks())).isEmpty();
        assertThat(onEdt(() -> app.openScenario(fromStart))).isTrue();
        assertThat(onEdt(() -> model().bookmarks()))
                .containsExactly(new Bookmark(20, "plateau ends here"), new Bookmark(45, "converged"));
    }

    @Test
    void recentFilesKeepTheLastEightMostRecentFirst() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < AppSettings.MAX_RECENT + 2; k++) {
            Path f = dir.resolve("s" + k + ".json");
            Files.writeString(f, BuiltInScenarios.json("and"));
            files.add(f.toAbsolutePath());
            assertThat(onEdt(() -> app.openScenario(f))).isTrue();
        }
        assertThat(onEdt(() -> app.openScenario(files.get(3)))).isTrue();
        List<Path> recent = settings.recentFiles();
        assertThat(recent).hasSize(AppSettings.MAX_RECENT);
        assertThat(recent.get(0)).isEqualTo(files.get(3));
        assertThat(recent.get(1)).isEqualTo(files.get(9));
        assertThat(recent).doesNotContain(files.get(0), files.get(1));

        window.menuItemWithPath("File", "Open recent").click();
        assertThat(onEdt(() -> window.menuItem("recentFile1").target().getText())).isEqualTo("2  s9.json");
        window.menuItem("recentFile1").click();
        window.comboBox("scenarioCombo").requireSelection(BuiltInScenarios.get("and").name() + "  (s9.json)");
    }

    @Test
    void aDroppedFileIsOpenedAndABadOneReported() throws IOException {
        Path good = Files.writeString(dir.resolve("dropped.json"), BuiltInScenarios.json("or"));
        assertThat(onEdt(() -> drop(good))).isTrue();
        robot.waitForIdle();
        assertThat(onEdt(() -> model().session().scenario().name())).isEqualTo(BuiltInScenarios.get("or").name());

        Path bad = Files.writeString(dir.resolve("dropped-bad.json"), "not json at all");
        State before = state();
        assertThat(onEdt(() -> drop(bad))).isTrue();
        assertThat(dismissError()).contains("dropped-bad.json").contains(problemOf(bad));
        assertThat(state()).isEqualTo(before);
    }

    /** Drops {@code file} onto the window through its transfer handler, as a file-manager drag would. */
    private boolean drop(Path file) {
        Transferable files = new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) {
                return List.<File>of(file.toFile());
            }
        };
        TransferHandler handler = app.getTransferHandler();
        assertThat(handler).isInstanceOf(ScenarioDropHandler.class);
        return handler.importData(new TransferHandler.TransferSupport(app.getRootPane(), files));
    }
}
