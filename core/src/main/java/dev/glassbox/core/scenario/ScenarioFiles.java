package dev.glassbox.core.scenario;

import dev.glassbox.core.internal.files.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@code glassbox-scenario/1} files (docs/scenario-format.md describes the format).
 * Reading never trusts its input: the size is capped at 1 MiB before parsing, nesting and number
 * lengths are limited, the JSON must be strict, every field is checked, and each problem is
 * reported as a {@link ScenarioException} naming the field.
 */
public final class ScenarioFiles {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "glassbox-scenario/1";
    /** Files larger than this are rejected unread. */
    public static final int MAX_BYTES = 1 << 20;

    private ScenarioFiles() {
    }

    /**
     * Reads a scenario file.
     *
     * @param file a UTF-8 JSON file of at most {@link #MAX_BYTES}
     * @return the scenario it describes
     * @throws ScenarioException if it breaks a rule, or cannot be read (an I/O failure too)
     */
    public static Scenario read(Path file) {
        return parseChecked(ScenarioInput.text(file));
    }

    /**
     * Reads a scenario from a stream of UTF-8 JSON (at most {@link #MAX_BYTES}).
     *
     * @param in the stream; read no further than one byte past the limit, and not closed
     * @return the scenario it describes
     * @throws IOException if the stream fails
     * @throws ScenarioException if the text breaks a rule
     */
    public static Scenario read(InputStream in) throws IOException {
        return parseChecked(ScenarioInput.text(in));
    }

    /**
     * Parses scenario JSON text.
     *
     * @param json the text, at most {@link #MAX_BYTES} once encoded as UTF-8 (as in a file)
     * @return the scenario it describes
     * @throws ScenarioException if the text breaks a rule
     */
    public static Scenario parse(String json) {
        return parseChecked(ScenarioInput.text(json));
    }

    private static Scenario parseChecked(String json) {
        return ScenarioJson.read(JsonText.parse(json));
    }

    /**
     * Writes a scenario to a file as {@link #toJson(Scenario)} gives it (UTF-8).
     *
     * @param scenario the scenario
     * @param file     the file, replaced if it exists, and only once the whole scenario is written
     * @throws IOException if the file cannot be written; a file already there is then unchanged
     */
    public static void write(Scenario scenario, Path file) throws IOException {
        String json = toJson(scenario);
        AtomicFiles.replace(file, temporary -> Files.writeString(temporary, json, StandardCharsets.UTF_8));
    }

    /**
     * The scenario as {@code glassbox-scenario/1} JSON: indented, with arrays of numbers on one
     * line, and every number printed so that it reads back to the same double.
     *
     * @param s the scenario
     * @return the file's text, ending in a line break
     */
    public static String toJson(Scenario s) {
        return JsonPrettyPrinter.print(ScenarioJson.write(s));
    }
}
