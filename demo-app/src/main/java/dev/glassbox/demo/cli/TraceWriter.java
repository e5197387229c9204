package dev.glassbox.demo.cli;

import dev.glassbox.core.math.Parameters;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --trace} CSV: a header {@code epoch,loss,w[l][j][i]…,b[l][j]…}, then one row per
 * epoch with its mean loss and every weight, then every bias, after it (full double precision).
 * Shared by the command line's {@code --trace} and the application's trace export.
 */
public final class TraceWriter implements Closeable {
    private final BufferedWriter out;
    /** The flat parameter index of each parameter column. */
    private final int[] columns;

    /** Creates (or truncates) {@code file} and writes the header for a network of these layer sizes. */
    public TraceWriter(Path file, int[] sizes) throws IOException {
        columns = new int[Parameters.count(sizes)];
        StringBuilder header = new StringBuilder("epoch,loss");
        int c = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                for (int i = 0; i < sizes[l]; i++) {
                    header.append(",w[").append(l).append("][").append(j).append("][").append(i).append(']');
                    columns[c++] = Parameters.weightIndex(sizes, l, j, i);
                }
            }
        }
        for (int l = 0; l + 1 < sizes.length; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                header.append(",b[").append(l).append("][").append(j).append(']');
                columns[c++] = Parameters.biasIndex(sizes, l, j);
            }
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(header.append('\n').toString());
    }

    /** Writes the row of {@code epoch}. */
    public void row(int epoch, double loss, Parameters parameters) throws IOException {
        row(epoch, loss, parameters.toFlat());
    }

    /** Writes the row of {@code epoch}, its parameters in the flat layout of {@link Parameters#toFlat}. */
    public void row(int epoch, double loss, double[] flat) throws IOException {
        out.write(Integer.toString(epoch));
        out.write(',');
        out.write(Double.toString(loss));
        for (int k : columns) {
            out.write(',');
            out.write(Double.toString(flat[k]));
        }
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
