package dev.glassbox.demo;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * The mouse and keyboard events a user's hand makes, as the toolkit makes them: posted to the
 * system event queue with the window as their source and the point in the window's coordinates,
 * so that AWT itself finds the component under the mouse, sends it entered and exited, keeps a drag
 * on the component it started on, and gives key events to the focus owner; tooltips, popup
 * grabbers and menu selection see them as they see a real hand's. Much faster than a robot, which
 * waits for the screen; {@link #settle()} waits for the event thread instead.
 */
final class UserEvents {
    private long when = System.currentTimeMillis();

    private static void post(AWTEvent e) {
        Toolkit.getDefaultToolkit().getSystemEventQueue().postEvent(e);
    }

    /** A strictly increasing event time, so that AWT never sees two events at one instant. */
    private long now() {
        when = Math.max(when + 1, System.currentTimeMillis());
        return when;
    }

    /** The window holding {@code c}, or {@code c} itself if it is one. */
    private static Window windowOf(Component c) {
        return c instanceof Window w ? w : SwingUtilities.getWindowAncestor(c);
    }

    private void mouse(Component c, Point p, int id, int modifiers, int clickCount, int button, boolean popup) {
        Window w = windowOf(c);
        Point at = SwingUtilities.convertPoint(c, p, w);
        Point screen = w.getLocationOnScreen();
        post(new MouseEvent(w, id, now(), modifiers, at.x, at.y, screen.x + at.x, screen.y + at.y, clickCount,
                popup, button));
    }

    private static int downMask(int button) {
        return switch (button) {
            case MouseEvent.BUTTON1 -> InputEvent.BUTTON1_DOWN_MASK;
            case MouseEvent.BUTTON2 -> InputEvent.BUTTON2_DOWN_MASK;
            default -> InputEvent.BUTTON3_DOWN_MASK;
        };
    }

    /** The mouse moves to {@code p} on {@code c} (event thread). */
    void move(Component c, Point p) {
        mouse(c, p, MouseEvent.MOUSE_MOVED, 0, 0, MouseEvent.NOBUTTON, false);
    }

    /**
     * {@code button} is clicked {@code count} times at {@code p} on {@code c}, the mouse moving there
     * first; a right click is the popup trigger, as on Linux (event thread).
     */
    void click(Component c, Point p, int button, int count, int keyModifiers) {
        move(c, p);
        boolean popup = button == MouseEvent.BUTTON3;
        for (int k = 1; k <= count; k++) {
            mouse(c, p, MouseEvent.MOUSE_PRESSED, keyModifiers | downMask(button), k, button, popup);
            mouse(c, p, MouseEvent.MOUSE_RELEASED, keyModifiers, k, button, false);
            mouse(c, p, MouseEvent.MOUSE_CLICKED, keyModifiers, k, button, false);
        }
    }

    /** A left-button drag on {@code c} from {@code from} to {@code to} in {@code steps} moves (event thread). */
    void drag(Component c, Point from, Point to, int steps) {
        move(c, from);
        mouse(c, from, MouseEvent.MOUSE_PRESSED, InputEvent.BUTTON1_DOWN_MASK, 1, MouseEvent.BUTTON1, false);
        for (int k = 1; k <= steps; k++) {
            Point p = new Point(from.x + (to.x - from.x) * k / steps, from.y + (to.y - from.y) * k / steps);
            mouse(c, p, MouseEvent.MOUSE_DRAGGED, InputEvent.BUTTON1_DOWN_MASK, 1, MouseEvent.BUTTON1, false);
        }
        mouse(c, to, MouseEvent.MOUSE_RELEASED, 0, 1, MouseEvent.BUTTON1, false);
    }

    /** The wheel turns {@code notches} (negative: away from the user) at {@code p} on {@code c} (event thread). */
    void wheel(Component c, Point p, int notches, int keyModifiers) {
        move(c, p);
        Window w = windowOf(c);
        Point at = SwingUtilities.convertPoint(c, p, w);
        Point screen = w.getLocationOnScreen();
        post(new MouseWheelEvent(w, MouseEvent.MOUSE_WHEEL, now(), keyModifiers, at.x, at.y, screen.x + at.x,
                screen.y + at.y, 0, false, MouseWheelEvent.WHEEL_UNIT_SCROLL, 3, notches));
    }

    /**
     * {@code keyCode} is pressed and released with {@code modifiers} (extended masks) held, typing
     * its character if it has one, to whichever component has the focus (event thread).
     */
    void key(int keyCode, int modifiers) {
        Component target = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (target == null) {
            target = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow();
        }
        if (target == null) {
            return;
        }
        char typed = typedChar(keyCode, modifiers);
        post(new KeyEvent(target, KeyEvent.KEY_PRESSED, now(), modifiers, keyCode, typed));
        if (typed != KeyEvent.CHAR_UNDEFINED) {
            post(new KeyEvent(target, KeyEvent.KEY_TYPED, now(), modifiers, KeyEvent.VK_UNDEFINED, typed));
        }
        post(new KeyEvent(target, KeyEvent.KEY_RELEASED, now(), modifiers, keyCode, typed));
    }

    /** The character a key types on a US keyboard, or {@link KeyEvent#CHAR_UNDEFINED}. */
    private static char typedChar(int keyCode, int modifiers) {
        boolean shift = (modifiers & InputEvent.SHIFT_DOWN_MASK) != 0;
        if ((modifiers & (InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK | InputEvent.META_DOWN_MASK)) != 0) {
            return KeyEvent.CHAR_UNDEFINED;
        }
        if (keyCode >= KeyEvent.VK_A && keyCode <= KeyEvent.VK_Z) {
            return (char) (shift ? keyCode : Character.toLowerCase(keyCode));
        }
        if (keyCode >= KeyEvent.VK_0 && keyCode <= KeyEvent.VK_9 && !shift) {
            return (char) keyCode;
        }
        return switch (keyCode) {
            case KeyEvent.VK_SPACE -> ' ';
            case KeyEvent.VK_ENTER -> '\n';
            case KeyEvent.VK_BACK_SPACE -> '\b';
            case KeyEvent.VK_TAB -> '\t';
            case KeyEvent.VK_ESCAPE -> (char) 27;
            case KeyEvent.VK_DELETE -> (char) 127;
            case KeyEvent.VK_PERIOD -> '.';
            case KeyEvent.VK_COMMA -> ',';
            case KeyEvent.VK_MINUS -> shift ? '_' : '-';
            case KeyEvent.VK_EQUALS -> shift ? '+' : '=';
            default -> KeyEvent.CHAR_UNDEFINED;
        };
    }

    /** Types {@code text} into the focus owner, a key per character (letters, digits, and . , - + e space). */
    void type(String text) {
        for (char ch : text.toCharArray()) {
            int code = switch (ch) {
                case '.' -> KeyEvent.VK_PERIOD;
                case ',' -> KeyEvent.VK_COMMA;
                case '-' -> KeyEvent.VK_MINUS;
                case '+' -> KeyEvent.VK_EQUALS;
                case ' ' -> KeyEvent.VK_SPACE;
                default -> Character.toUpperCase(ch);
            };
            boolean shift = ch == '+' || Character.isUpperCase(ch);
            key(code, shift ? InputEvent.SHIFT_DOWN_MASK : 0);
        }
    }

    /**
     * Waits (on the calling thread, never the event thread) until the event thread has handled
     * everything posted so far and what that posted in turn. A modal dialog the events opened
     * handles them in its own loop, so this returns while the dialog is open.
     */
    static void settle() {
        settle(() -> null);
    }

    /** {@link #settle()}, then reads {@code what} on the event thread (in the same round trip). */
    static <T> T settle(Supplier<T> what) {
        try {
            EventQueue.invokeAndWait(() -> { });
            AtomicReference<T> result = new AtomicReference<>();
            EventQueue.invokeAndWait(() -> result.set(what.get()));
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        }
    }
}
