package dev.glassbox.swing.model;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The listeners of one kind of event. A listener that throws does not stop the others, nor the
 * training that fired the event: its exception goes to the current thread's uncaught-exception
 * handler (on the event thread, by default, printed to the standard error).
 */
final class Listeners<L> {
    private final List<L> list = new CopyOnWriteArrayList<>();

    void add(L listener) {
        list.add(Objects.requireNonNull(listener, "listener"));
    }

    void remove(L listener) {
        list.remove(listener);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void clear() {
        list.clear();
    }

    void fire(Consumer<? super L> call) {
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
