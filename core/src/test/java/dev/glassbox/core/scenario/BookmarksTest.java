package dev.glassbox.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional "bookmarks" key: round trips, its rules named by field, files without it unchanged. */
class BookmarksTest {
    private static final Scenario XOR = BuiltInScenarios.get("xor");

    /** The built-in xor's JSON with {@code bookmarks} (a JSON value) added before its closing brace. */
    private static String withBookmarks(String bookmarks) {
        String json = ScenarioFiles.toJson(XOR).strip();
        return json.substring(0, json.length() - 1).stripTrailing() + ",\n  \"bookmarks\": " + bookmarks + "\n}\n";
    }

    private static void assertRejected(String bookmarks, String message) {
        assertThatThrownBy(() -> ScenarioFiles.parse(withBookmarks(bookmarks)))
                .isInstanceOf(ScenarioException.class).hasMessage(message);
    }

    @Test
    void bookmarksRoundTripInEpochOrderAndAFileWithoutThemReadsAndWritesAsBefore() {
        Scenario marked = XOR.toBuilder().bookmarks(List.of(new Bookmark(900, "converged"),
                new Bookmark(0, "start"), new Bookmark(400, "plateau ends here — \"δ\" grows"))).build();
        assertThat(marked.bookmarks()).extracting(Bookmark::epoch).containsExactly(0, 400, 900);
        String json = ScenarioFiles.toJson(marked);
        Scenario read = ScenarioFiles.parse(json);
        assertThat(read).isEqualTo(marked);
        assertThat(ScenarioFiles.toJson(read)).isEqualTo(json);
        assertThat(json).contains("\"bookmarks\"").contains("plateau ends here");

        assertThat(XOR.bookmarks()).isEmpty();
        for (String id : BuiltInScenarios.ids()) {
            assertThat(ScenarioFiles.toJson(BuiltInScenarios.get(id))).as(id).doesNotContain("bookmarks");
        }
        assertThat(ScenarioFiles.parse(withBookmarks("[]"))).isEqualTo(XOR);
    }

    @Test
    void aFilesBookmarksBreakingARuleAreNamedByField() {
        assertRejected("{}", "bookmarks: expected an array");
        assertRejected("[7]", "bookmarks[0]: expected an object with \"epoch\" and \"label\"");
        assertRejected("[{\"epoch\": 5}]", "bookmarks[0].label: missing");
        assertRejected("[{\"label\": \"x\"}]", "bookmarks[0].epoch: missing");
        assertRejected("[{\"epoch\": 5, \"label\": \"x\", \"colour\": \"red\"}]", "bookmarks[0].colour: unknown field");
        assertRejected("[{\"epoch\": -1, \"label\": \"x\"}]",
                "bookmarks[0].epoch: must be a whole number from 0 to 2147483646, got -1");
        assertRejected("[{\"epoch\": 2.5, \"label\": \"x\"}]",
                "bookmarks[0].epoch: must be a whole number from 0 to 2147483646, got 2.5");
        assertRejected("[{\"epoch\": 5, \"label\": 3}]", "bookmarks[0].label: expected a string");
        assertRejected("[{\"epoch\": 5, \"label\": \"  \"}]", "bookmarks[0].label: must not be empty");
        assertRejected("[{\"epoch\": 5, \"label\": \"a\"}, {\"epoch\": 5, \"label\": \"b\"}]",
                "bookmarks[1].epoch: epoch 5 is already marked by bookmarks[0]");
        assertRejected("[{\"epoch\": 5, \"label\": \"" + "x".repeat(201) + "\"}]",
                "bookmarks[0].label: at most 200 characters, got 201");
    }

    @Test
    void theLimitsHoldForScenariosBuiltInCodeToo() {
        List<Bookmark> many = new ArrayList<>();
        for (int e = 0; e <= Scenario.MAX_BOOKMARKS; e++) {
            many.add(new Bookmark(e, "mark " + e));
        }
        assertThatThrownBy(() -> XOR.toBuilder().bookmarks(many).build()).isInstanceOf(ScenarioException.class)
                .hasMessage("bookmarks: at most 1000 bookmarks, got 1001");
        assertThat(XOR.toBuilder().bookmarks(many.subList(0, Scenario.MAX_BOOKMARKS)).build().bookmarks())
                .hasSize(1000);
        assertThatThrownBy(() -> XOR.toBuilder().bookmarks(Collections.singletonList(null)).build())
                .hasMessage("bookmarks[0]: missing");
        assertThatThrownBy(() -> XOR.toBuilder().bookmarks(List.of(new Bookmark(Integer.MAX_VALUE, "x"))).build())
                .hasMessage("bookmarks[0].epoch: must be a whole number from 0 to 2147483646, got 2147483647");
        assertThat(Bookmark.MAX_EPOCH).isEqualTo(Integer.MAX_VALUE - 1);
    }
}
