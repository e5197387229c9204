package dev.glassbox.swing.model;

import java.util.EventListener;

/**
 * Observes what a {@link GlassboxModel} trains (epochs, resets, loads, learning rate, divergence) and
 * what its views show of it (the viewed epoch, the bookmarks);
 * called on the event thread. A listener that throws does not stop training or the other listeners:
 * its exception goes to the thread's uncaught-exception handler.
 */
@FunctionalInterface
public interface GlassboxModelListener extends EventListener {
    /**
     * The session changed.
     *
     * @param event what changed
     */
    void modelChanged(GlassboxModelEvent event);

    /**
     * A listener told of every {@code n}-th epoch as it is trained (epochs n, 2n, 3n … counted from
     * epoch 0, again after a reset, rewind or load), however many epochs one event covers.
     *
     * <pre>{@code
     * model.addListener(GlassboxModelListener.everyEpochs(100,
     *         (epoch, loss) -> System.out.println(epoch + ": " + loss)));
     * }</pre>
     *
     * @param n        the interval, at least 1
     * @param listener what to tell of each n-th epoch
     * @return a listener to add to a model
     * @throws IllegalArgumentException if {@code n} is below 1
     */
    static GlassboxModelListener everyEpochs(int n, EpochListener listener) {
        if (n < 1) {
            throw new IllegalArgumentException("the interval must be at least 1 epoch, got " + n);
        }
        return e -> {
            if (e.kind() != GlassboxModelEvent.Kind.TRAINED) {
                return;
            }
            // The first multiple of n at or after firstEpoch, without overflowing near Integer.MAX_VALUE.
            long first = ((e.firstEpoch() + (long) n - 1) / n) * n;
            for (long epoch = first; epoch <= e.lastEpoch(); epoch += n) {
                listener.epochTrained((int) epoch, e.loss((int) epoch));
            }
        };
    }
}
