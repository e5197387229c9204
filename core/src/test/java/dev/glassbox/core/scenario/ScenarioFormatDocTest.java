package dev.glassbox.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.UpdateMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/scenario-format.md is the format's description for people who write files: it names every
 * key the reader knows, quotes the limits the code enforces, and its examples are valid files.
 */
class ScenarioFormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "scenario-format.md");

    @Test
    void namesEveryKeyInTheKeysTableInTheFormatsOrder() throws IOException {
        assertThat(tableKeys(section("## Keys"))).isEqualTo(ScenarioJson.keys());
    }

    @Test
    void namesEveryKeyOfAQuizQuestionInTheQuizTableInTheOrderWritten() throws IOException {
        assertThat(tableKeys(section("## Quiz"))).isEqualTo(ScenarioJson.questionKeys());
    }

    /** The text from {@code heading} to the next heading of its level. */
    private static String section(String heading) throws IOException {
        String doc = doc();
        int start = doc.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = doc.indexOf("\n## ", start + heading.length() + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    /** The keys of a table's first column, in order. */
    private static List<String> tableKeys(String text) {
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\|").matcher(text);
        while (row.find()) {
            rows.add(row.group(1));
        }
        return rows;
    }

    @Test
    void quotesTheLimitsOfTheCode() throws IOException {
        assertThat(doc()).contains(
                "| file size | at most " + ScenarioFiles.MAX_BYTES + " bytes (1 MiB) |",
                "| arrays and objects nested in one another | at most " + JsonText.MAX_NESTING + " |",
                "| characters of one number | at most " + JsonValues.MAX_NUMBER_CHARS + " |",
                "| layers, input and output included | " + Scenario.MIN_LAYERS + " to " + Scenario.MAX_LAYERS + " |",
                "| neurons in a layer | " + Scenario.NEURONS.min() + " to " + Scenario.NEURONS.max() + " |",
                "| samples | 1 to " + Scenario.MAX_SAMPLES + " |",
                "| seed | -2^53 to 2^53 (±" + Scenario.MAX_SEED + ") |",
                "| bookmarks | at most " + Scenario.MAX_BOOKMARKS + ", at most one per epoch |",
                "| bookmark epoch | 0 to " + Bookmark.MAX_EPOCH + " |",
                "| bookmark label | 1 to " + Bookmark.MAX_LABEL_LENGTH + " characters, not only spaces |");
        assertThat(Scenario.SEEDS.rule()).endsWith("-2^53 to 2^53");
        assertThat(ScenarioFiles.MAX_BYTES).isEqualTo(1 << 20);
    }

    @Test
    void listsTheAllowedNamesOfTheEnums() throws IOException {
        assertThat(doc()).contains(
                "| `activations` | array of strings | yes | | one per non-input layer: "
                        + names(Activation.values(), Activation::id) + " |",
                "| `loss` | string | yes | | " + names(Loss.values(), Loss::id).replace(", ", " or ") + " |",
                "| `update` | string | no | `\"" + UpdateMode.BATCH.id() + "\"` | `" + UpdateMode.BATCH.id() + "` ",
                " or `" + UpdateMode.ONLINE.id() + "` ",
                "| `format` | string | yes | | exactly `\"" + ScenarioFiles.FORMAT + "\"` |");
    }

    @Test
    void everyExampleIsAValidFile() throws IOException {
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc());
        int examples = 0;
        while (block.find()) {
            ScenarioFiles.parse(block.group(1));
            examples++;
        }
        assertThat(examples).isEqualTo(2);
        // the complete example uses every key
        Matcher first = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc());
        assertThat(first.find()).isTrue();
        for (String key : ScenarioJson.keys()) {
            assertThat(first.group(1)).contains("\"" + key + "\":");
        }
    }

    private static <E> String names(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(v -> "`" + id.apply(v) + "`").collect(Collectors.joining(", "));
    }

    private static String doc() throws IOException {
        return Files.readString(DOC);
    }
}
