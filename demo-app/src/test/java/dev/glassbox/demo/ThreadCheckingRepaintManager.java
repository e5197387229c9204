package dev.glassbox.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;

/**
 * A repaint manager that records every Swing component changed off the event thread, with the
 * stack that did it, the way AssertJ Swing's {@code FailOnThreadViolationRepaintManager} finds
 * them (a component invalidated or made dirty off the event thread; {@code repaint()} itself is
 * thread-safe and allowed, unless Swing's own code calls it on behalf of a change). It records
 * instead of throwing, because a throw on a worker thread would be lost in that worker.
 */
final class ThreadCheckingRepaintManager extends RepaintManager {
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    /** The violations so far, each the component and the stack that changed it. */
    List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    @Override
    public synchronized void addInvalidComponent(JComponent c) {
        check(c);
        super.addInvalidComponent(c);
    }

    @Override
    public void addDirtyRegion(JComponent c, int x, int y, int w, int h) {
        check(c);
        super.addDirtyRegion(c, x, y, w, h);
    }

    private void check(JComponent c) {
        if (SwingUtilities.isEventDispatchThread()) {
            return;
        }
        StackTraceElement[] stack = Thread.currentThread().getStackTrace();
        boolean repaint = false;
        boolean fromSwing = false;
        for (StackTraceElement e : stack) {
            if (repaint && e.getClassName().startsWith("javax.swing.")
                    && !e.getClassName().startsWith("javax.swing.SwingWorker")) {
                fromSwing = true;
            }
            if (repaint && "imageUpdate".equals(e.getMethodName())) {
                return; // an image loading in the background asks for a repaint: thread-safe
            }
            if ("repaint".equals(e.getMethodName())) {
                repaint = true;
                fromSwing = false;
            }
        }
        if (repaint && !fromSwing) {
            return; // repaint() called directly: thread-safe
        }
        StringBuilder s = new StringBuilder(c.getClass().getName()).append(" (").append(c.getName())
                .append(") changed on thread \"").append(Thread.currentThread().getName()).append('"');
        for (StackTraceElement e : stack) {
            s.append("\n    at ").append(e);
        }
        violations.add(s.toString());
    }
}
