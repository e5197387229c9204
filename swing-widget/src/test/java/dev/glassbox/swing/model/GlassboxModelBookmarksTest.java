package dev.glassbox.swing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.core.scenario.Bookmark;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The model's bookmarks: from the scenario, added, relabelled, removed, told as BOOKMARKS. */
class GlassboxModelBookmarksTest {

    @Test
    void bookmarksStartAsTheScenariosChangeByCommandAndAreReplacedByTheNextLoad() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Scenario marked = BuiltInScenarios.get("xor").toBuilder()
                    .bookmarks(List.of(new Bookmark(300, "plateau ends here"))).build();
            GlassboxModel model = new GlassboxModel(marked);
            List<String> events = new ArrayList<>();
            model.addListener(e -> events.add(e.kind() + " " + e.sessionChanged()));
            assertThat(model.bookmarks()).containsExactly(new Bookmark(300, "plateau ends here"));

            model.addBookmark(40, "  still flat ");
            model.addBookmark(300, "plateau over");
            assertThat(model.bookmarks()).containsExactly(new Bookmark(40, "  still flat "),
                    new Bookmark(300, "plateau over"));
            assertThatThrownBy(() -> model.addBookmark(7, " ")).isInstanceOf(ScenarioException.class)
                    .hasMessageContaining("must not be empty");
            assertThat(model.bookmarks()).hasSize(2);
            model.removeBookmark(41);
            model.removeBookmark(40);
            assertThat(model.bookmarks()).containsExactly(new Bookmark(300, "plateau over"));
            assertThat(events).containsExactly("BOOKMARKS false", "BOOKMARKS false", "BOOKMARKS false");

            model.session().run(500);
            model.reset();
            assertThat(model.bookmarks()).as("a reset keeps them").containsExactly(new Bookmark(300, "plateau over"));
            model.load(BuiltInScenarios.get("and"));
            assertThat(model.bookmarks()).as("another scenario brings its own").isEmpty();
            model.close();
        });
    }

    @Test
    void bookmarksFromAnEpochAreCountedFromIt() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("xor"));
            model.addBookmark(10, "early");
            model.addBookmark(250, "late");
            assertThat(model.bookmarksFrom(0)).containsExactly(new Bookmark(10, "early"), new Bookmark(250, "late"));
            assertThat(model.bookmarksFrom(100)).containsExactly(new Bookmark(150, "late"));
            model.close();
        });
    }
}
