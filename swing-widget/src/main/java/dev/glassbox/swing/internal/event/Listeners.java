package dev.glassbox.swing.internal.event;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The listeners of one kind of event. A listener that throws does not stop the others, nor the
 * training that fired the event: its exception goes to the current thread's uncaught-exception
 * handler (on the event thread, by default, printed to the standard error).
 */
public final class Listeners<L> {
    /** An empty list. */
    public Listeners() {
    }

    private final List<L> list = new CopyOnWriteArrayList<>();

    public void add(L listener) {
        list.add(Objects.requireNonNull(listener, "listener"));
    }

    public void remove(L listener) {
        list.remove(listener);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public void clear() {
        list.clear();
    }

    public void fire(Consumer<? super L> call) {
        for (L l : list) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }
}
