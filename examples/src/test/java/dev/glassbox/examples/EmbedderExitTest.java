package dev.glassbox.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A program that shows, plays and disposes a widget ends by itself (issue 9): with the panel
 * closed, and without (the model pauses and stops its timer once no view is displayable). Each
 * runs {@link ExitingEmbedder} in a JVM of its own, on the test class path, with Caciocavallo as
 * its display; from the moment it has disposed its window it has 10 s to exit.
 */
class EmbedderExitTest {
    /** Starting a JVM and training 1,000 epochs on a loaded machine: generous, not measured. */
    private static final long START_UP_MINUTES = 2;
    private static final long EXIT_SECONDS = 10;

    @Test
    void exitsAfterDisposingAClosedPanel() throws Exception {
        List<String> output = runUntilExit("close");
        assertThat(output).anyMatch(l -> l.startsWith(ExitingEmbedder.DISPOSED) && l.endsWith("while playing"));
        assertThat(output).contains(ExitingEmbedder.AFTERWARDS + "playing=false timer=false closed=true");
    }

    @Test
    void exitsAfterDisposingWhilePlayingWithoutClose() throws Exception {
        List<String> output = runUntilExit("dispose-only");
        assertThat(output).anyMatch(l -> l.startsWith(ExitingEmbedder.DISPOSED) && l.endsWith("while playing"));
        assertThat(output).contains(ExitingEmbedder.AFTERWARDS + "playing=false timer=false closed=false");
    }

    /** Runs the program, requires it to dispose and then exit with status 0, and returns what it printed. */
    private static List<String> runUntilExit(String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("glassbox.cacioArgLine").trim().split("\\s+")));
        command.add("-Djava.awt.headless=false");
        command.add("-Dcacio.managed.screensize=1366x768");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ExitingEmbedder.class.getName());
        command.add(mode);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        CountDownLatch disposed = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(process, output, disposed), "embedder output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!disposed.await(START_UP_MINUTES, TimeUnit.MINUTES)) {
                fail("the program never disposed its window; it printed " + copy(output));
            }
            if (!process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
                fail("the program did not exit within " + EXIT_SECONDS + " s of disposing its window;"
                        + " its threads:\n" + threadDump(process));
            }
            reader.join(TimeUnit.SECONDS.toMillis(EXIT_SECONDS));
            assertThat(process.exitValue()).as("exit status; output " + copy(output)).isZero();
            return copy(output);
        } finally {
            process.destroyForcibly();
        }
    }

    private static void read(Process process, List<String> output, CountDownLatch disposed) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
                if (line.startsWith(ExitingEmbedder.DISPOSED)) {
                    disposed.countDown();
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.add("(output unreadable: " + e + ")");
            }
        }
    }

    private static List<String> copy(List<String> output) {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** What a program that does not exit is waiting on: jstack's dump of its threads. */
    private static String threadDump(Process process) throws IOException, InterruptedException {
        Process jstack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                Long.toString(process.pid())).redirectErrorStream(true).start();
        String dump = new String(jstack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jstack.waitFor(EXIT_SECONDS, TimeUnit.SECONDS);
        return dump;
    }
}
