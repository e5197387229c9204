package dev.glassbox.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A side of {@link TrainingRatio} that trains in a node process: {@code scripts/playground-xor.mjs}
 * driving TensorFlow Playground's engine. Each line sent, {@code N}, makes it train {@code N} epochs
 * from xor's weights; it answers with the nanoseconds it took (timed in node, so the pipe is not
 * measured) and the last epoch's loss. The process stays up, so node's JIT warms up as Java's does.
 */
final class NodeSide implements AutoCloseable {
    private final Process process;
    private final PrintWriter in;
    private final BufferedReader out;

    NodeSide(String driver, String engine) throws IOException {
        process = new ProcessBuilder("node", driver, engine).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** One round: the nanoseconds node took to train {@code epochs} epochs from the start. */
    long round(int epochs) {
        return (long) Double.parseDouble(ask(epochs)[0]);
    }

    /** The loss of the last of {@code epochs} epochs from the start. */
    double lossAfter(int epochs) {
        return Double.parseDouble(ask(epochs)[1]);
    }

    private String[] ask(int epochs) {
        in.println(epochs);
        try {
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("the node driver ended (exit " + process.waitFor() + ")");
            }
            return line.trim().split(" ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        in.close();
        process.destroy();
    }
}
