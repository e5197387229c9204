package dev.glassbox.swing.internal.threading;

import javax.swing.SwingUtilities;

/**
 * The rule that Glassbox's models and views are confined to the Swing event thread, checked as
 * JavaFX checks its own: a mutator called from another thread fails at once with a message saying
 * so, instead of racing the timer that trains and paints.
 */
public final class EventThread {
    private EventThread() {
    }

    /**
     * Throws unless the caller runs on the Swing event thread.
     *
     * @param what the method called, for the message, e.g. {@code "GlassboxModel.play"}
     * @throws IllegalStateException when called from any other thread
     */
    public static void require(String what) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException(what + " must be called on the Swing event thread (use " //$NON-NLS$
                    + "SwingUtilities.invokeLater), not on thread \"" + Thread.currentThread().getName() + "\""); //$NON-NLS$
        }
    }
}
