package dev.glassbox.demo.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes on to a stream and keeps the first {@link IOException} it throws, which a
 * {@link java.io.PrintStream} on top would otherwise swallow: {@code train … > /dev/full} must not
 * exit 0 with its result lost. After a failure the rest is dropped.
 */
final class FailureCatchingStream extends OutputStream {
    private final OutputStream out;
    private IOException failure;

    FailureCatchingStream(OutputStream out) {
        this.out = out;
    }

    /** The first write or flush that failed, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (failure != null) {
            return;
        }
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            failure = e;
        }
    }

    @Override
    public void flush() {
        if (failure != null) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
        }
    }
}
