package dev.glassbox.demo.cli;

import dev.glassbox.core.math.Parameters;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The {@code --trace} CSV: a header {@code epoch,loss,w[l][j][i]…,b[l][j]…}, then one row per
 * epoch with its mean loss and every weight, then every bias, after it (full double precision).
 * Shared by the command line's {@code --trace} and the application's trace export.
 *
 * <p>The rows go to a new file beside the target, which {@link #commit()} moves into its place in
 * one step ({@link TextFileReplacement}): a run that fails part way leaves no partial file, and a
 * file the user already had there stays as it was.
 */
public final class TraceWriter implements Closeable {
    private final TextFileReplacement file;
    private final Writer out;
    /** The flat parameter index of each parameter column. */
    private final int[] columns;

    /**
     * Starts a trace of a network of these layer sizes that will replace {@code file} once committed.
     *
     * @param file  where the trace goes on {@link #commit()}
     * @param sizes the network's layer sizes, input layer included
     * @throws IOException if {@code file} is a directory or no file can be created beside it
     */
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
        this.file = new TextFileReplacement(file);
        out = this.file.writer();
        try {
            out.write(header.append('\n').toString());
        } catch (IOException | RuntimeException e) {
            this.file.close();
            throw e;
        }
    }

    /**
     * Writes the row of {@code epoch}.
     *
     * @param epoch      the epoch
     * @param loss       its mean loss
     * @param parameters the parameters after it
     * @throws IOException if the row cannot be written
     */
    public void row(int epoch, double loss, Parameters parameters) throws IOException {
        row(epoch, loss, parameters.toFlat());
    }

    /**
     * Writes the row of {@code epoch}.
     *
     * @param epoch the epoch
     * @param loss  its mean loss
     * @param flat  the parameters after it, in the flat layout of {@link Parameters#toFlat} (a longer
     *              training state, whose optimizer memory follows them, is fine)
     * @throws IOException if the row cannot be written
     */
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

    /**
     * Finishes the trace and moves it into the place of the target file, replacing any file there.
     *
     * @throws IOException if the rows cannot be flushed or the file cannot be moved into place
     */
    public void commit() throws IOException {
        file.commit();
    }

    /** Closes the trace; unless it was {@linkplain #commit() committed}, deletes it and leaves the target alone. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
