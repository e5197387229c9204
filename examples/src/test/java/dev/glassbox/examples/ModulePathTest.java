package dev.glassbox.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import com.google.gson.Gson;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.swing.GlassboxPanel;
import java.awt.image.BufferedImage;
import java.io.File;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.IOUtils;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * The library on the module path (issue 9): the modular example ({@code src/modular/java}, module
 * {@code dev.glassbox.examples.modular}) is compiled against the built modules of core and the
 * widget and their libraries (Gson, JFreeChart, Commons CSV with Commons IO and Codec, FlatLaf), then run with {@code --module-path} and
 * {@code -m}, with no {@code --add-exports} or {@code --add-opens}: it loads a scenario from a JSON
 * string, trains it, and paints the whole widget into an image, headless.
 */
class ModulePathTest {
    private static final String MODULE = "dev.glassbox.examples.modular";
    private static final String MAIN = MODULE + "/" + MODULE + ".PaintScenario";

    /** The modules the program needs, where this build put them (jars after package, else class folders). */
    private static String modulePath(Path... more) throws URISyntaxException {
        List<Path> path = new ArrayList<>();
        for (Class<?> c : List.of(Scenario.class, GlassboxPanel.class, Gson.class, JFreeChart.class, CSVFormat.class,
                IOUtils.class, Hex.class, FlatLaf.class)) {
            path.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        path.addAll(List.of(more));
        return path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void modularProgramLoadsAScenarioAndPaintsTheWidget() throws Exception {
        Path build = Path.of(System.getProperty("glassbox.buildDirectory"), "modular-example");
        Path classes = build.resolve("classes");
        Files.createDirectories(classes);
        List<String> sources;
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("glassbox.modularSources")))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> compile = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror",
                "--module-path", modulePath(), "-d", classes.toString()));
        compile.addAll(sources);
        assertThat(javac.run(null, null, null, compile.toArray(String[]::new))).as("javac's status").isZero();

        Path image = build.resolve("widget.png");
        Files.deleteIfExists(image);
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "--module-path", modulePath(classes), "-m", MAIN, image.toString())
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(2, TimeUnit.MINUTES)).as("exited; printed " + output).isTrue();
        assertThat(java.exitValue()).as("exit status; printed " + output).isZero();

        assertThat(output).contains("scenario: OR, from a string", "epoch: 500",
                // FlatLaf found the widget's add-on as a service and read its properties (else: none).
                "positiveWeight: " + flatLafPositiveWeight());
        requirePainted(ImageIO.read(image.toFile()));
    }

    /** The light theme's positive-weight color as the add-on's properties file gives it ({@code #rrggbb}). */
    private static String flatLafPositiveWeight() throws IOException {
        try (InputStream in = GlassboxPanel.class.getResourceAsStream("theme/FlatLightLaf.properties")) {
            Properties theme = new Properties();
            theme.load(in);
            return theme.getProperty("Glassbox.positiveWeight").trim();
        }
    }

    /** Much of the image differs from its background: views, numbers and text were painted. */
    private static void requirePainted(BufferedImage image) {
        int background = image.getRGB(0, 0);
        int differing = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != background) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels other than the background").isGreaterThan(image.getWidth() * image.getHeight() / 20);
    }
}
