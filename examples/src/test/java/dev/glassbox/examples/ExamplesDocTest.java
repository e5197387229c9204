package dev.glassbox.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The listings in the README and docs/embedding.md cannot drift from the examples: a
 * {@code ```java} block right after a {@code <!-- from path -->} line must appear in that file
 * line for line (only its indentation may differ, the same for every line), and the guide quotes
 * every example.
 */
class ExamplesDocTest {
    private static final Path REPOSITORY = Path.of(System.getProperty("glassbox.repository"));
    private static final Pattern FROM = Pattern.compile("<!-- from (\\S+) -->");

    /** A listing: the file it is taken from, its lines, and where it stands in the doc. */
    record Listing(String file, List<String> lines, String where) {
    }

    static List<Listing> listings(String doc) throws IOException {
        List<String> lines = Files.readAllLines(REPOSITORY.resolve(doc));
        List<Listing> listings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher from = FROM.matcher(lines.get(i).trim());
            if (!from.matches()) {
                continue;
            }
            String where = doc + ":" + (i + 1);
            assertThat(i + 1 < lines.size() ? lines.get(i + 1) : "").as(where + " is followed by a java block")
                    .isEqualTo("```java");
            List<String> code = new ArrayList<>();
            int j = i + 2;
            for (; j < lines.size() && !lines.get(j).equals("```"); j++) {
                code.add(lines.get(j));
            }
            assertThat(j).as(where + ": the block ends").isLessThan(lines.size());
            assertThat(code).as(where + ": the block has code").isNotEmpty();
            listings.add(new Listing(from.group(1), code, where));
        }
        return listings;
    }

    /** Whether {@code quoted} stands in {@code file} as consecutive lines, all indented alike. */
    static boolean quotedVerbatim(List<String> quoted, List<String> file) {
        for (int start = 0; start + quoted.size() <= file.size(); start++) {
            String first = file.get(start);
            if (!first.endsWith(quoted.get(0)) || !first.substring(0, first.length() - quoted.get(0).length()).isBlank()) {
                continue;
            }
            String indent = first.substring(0, first.length() - quoted.get(0).length());
            boolean all = true;
            for (int k = 0; k < quoted.size() && all; k++) {
                String line = file.get(start + k);
                all = quoted.get(k).isEmpty() ? line.isBlank() : line.equals(indent + quoted.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static void requireVerbatim(List<Listing> listings) throws IOException {
        for (Listing listing : listings) {
            Path file = REPOSITORY.resolve(listing.file());
            assertThat(file).as(listing.where() + " names a file").isRegularFile();
            assertThat(quotedVerbatim(listing.lines(), Files.readAllLines(file)))
                    .as(listing.where() + " is, line for line, in " + listing.file() + ":\n"
                            + String.join("\n", listing.lines()))
                    .isTrue();
        }
    }

    @Test
    void embeddingGuideQuotesEveryExampleVerbatim() throws IOException {
        List<Listing> listings = listings("docs/embedding.md");
        requireVerbatim(listings);
        Set<String> examples = new TreeSet<>();
        try (Stream<Path> files = Files.walk(REPOSITORY.resolve("examples/src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .forEach(f -> examples.add(REPOSITORY.relativize(f).toString().replace('\\', '/')));
        }
        assertThat(listings.stream().map(Listing::file)).as("examples quoted by the guide").containsAll(examples);
    }

    @Test
    void readmeQuotesTheExamplesVerbatim() throws IOException {
        List<Listing> listings = listings("README.md");
        assertThat(listings).as("the README's listings from examples").isNotEmpty();
        requireVerbatim(listings);
    }

    @Test
    void aListingThatDriftedIsCaught() {
        List<String> file = List.of("class A {", "    void a() {", "        int x = 1;", "", "        int y = 2;", "    }", "}");
        assertThat(quotedVerbatim(List.of("int x = 1;", "", "int y = 2;"), file)).isTrue();
        assertThat(quotedVerbatim(List.of("void a() {", "    int x = 1;"), file)).isTrue();
        assertThat(quotedVerbatim(List.of("int x = 1;", "int y = 2;"), file)).as("a line left out").isFalse();
        assertThat(quotedVerbatim(List.of("int x = 2;"), file)).as("a value changed").isFalse();
        assertThat(quotedVerbatim(List.of("void a() {", "int x = 1;"), file)).as("indented otherwise").isFalse();
    }
}
