package dev.glassbox.swing.controls;

import java.awt.Component;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.HierarchyEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.beans.PropertyChangeListener;
import java.util.HashMap;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.MenuSelectionManager;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * Binds the keys of {@link TrainingActions} — Space, Right arrow, R, Shift+Right arrow — on a
 * component and everything in it, so that a presenter's keys work wherever the focus is:
 *
 * <ul>
 *   <li>Inside the component the training keys come first, before the focused component's own use
 *       of them: Space plays or pauses rather than pressing a focused button or opening a focused
 *       combo's popup (the popup opens with a click or Alt+Down), Right steps rather than moving a
 *       slider, a table's cell or the network view's cursor, and a read-only text such as the lesson
 *       does not swallow them.</li>
 *   <li>The one exception is an editable text field, so that typing is never taken for a command.
 *       A letter or digit (R) always types. Space and the arrows type or move the caret once the
 *       field is being edited: from the first key typed into it until Enter, Escape or the focus
 *       leaving it. Until then a field that merely has the focus — the learning rate after a click
 *       on its spinner's arrows — plays on Space and steps on Right, as everywhere else.</li>
 *   <li>Elsewhere in the same window the keys work as long as the focused component does not use
 *       them itself, and never while it is an editable text field.</li>
 *   <li>A component marked with {@link #OWN_KEYS} (the timeline) keeps the keys it binds itself
 *       while it has the focus: its arrows move it.</li>
 *   <li>While a menu is open its keys are its own.</li>
 * </ul>
 *
 * <p>Keys that reach the training while its command is disabled (after a divergence, Space and
 * Right) do nothing.
 */
final class TrainingKeys {
    /**
     * A client property: a component that has it set to {@code Boolean.TRUE} keeps the keys it binds
     * itself while it has the focus, before the training keys (the timeline's Right arrow moves it
     * one epoch rather than training one).
     */
    static final String OWN_KEYS = "glassbox.ownKeys";
    private final JComponent root;
    private final Map<KeyStroke, Action> commands = new HashMap<>();
    /** The key of the press last taken for a command, so that its typed and released events go too. */
    private int taken = KeyEvent.VK_UNDEFINED;
    /** The text field typed into since it got the focus and since its last Enter or Escape, or null. */
    private Component editing;
    private final KeyEventDispatcher first = this::dispatch;
    private final PropertyChangeListener focusMoved = e -> editing = null;

    private TrainingKeys(JComponent root, TrainingActions actions) {
        this.root = root;
        for (Action a : actions.all()) {
            commands.put((KeyStroke) a.getValue(Action.ACCELERATOR_KEY), a);
        }
    }

    /** Binds the training keys on {@code root} for as long as it is displayable (see {@link TrainingActions#installKeys}). */
    static void install(JComponent root, TrainingActions actions) {
        TrainingKeys keys = new TrainingKeys(root, actions);
        keys.commands.forEach((stroke, action) -> {
            String id = "glassbox.training." + stroke;
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, id);
            root.getActionMap().put(id, keys.inWindow(action));
        });
        root.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.DISPLAYABILITY_CHANGED) != 0) {
                keys.listen(root.isDisplayable());
            }
        });
        keys.listen(root.isDisplayable());
    }

    /** How a key stroke reads (see {@link TrainingActions#keyText}). */
    static String describe(KeyStroke key) {
        String modifiers = InputEvent.getModifiersExText(key.getModifiers());
        String name = KeyEvent.getKeyText(key.getKeyCode());
        boolean arrow = switch (key.getKeyCode()) {
            case KeyEvent.VK_LEFT, KeyEvent.VK_RIGHT, KeyEvent.VK_UP, KeyEvent.VK_DOWN -> true;
            default -> false;
        };
        return (modifiers.isEmpty() ? "" : modifiers + "+") + name + (arrow ? " arrow" : "");
    }

    private void listen(boolean on) {
        KeyboardFocusManager focus = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        focus.removeKeyEventDispatcher(first);
        focus.removePropertyChangeListener("permanentFocusOwner", focusMoved);
        editing = null;
        if (on) {
            focus.addKeyEventDispatcher(first);
            focus.addPropertyChangeListener("permanentFocusOwner", focusMoved);
        }
    }

    /** Takes a training key inside {@link #root} before the focused component sees it. */
    private boolean dispatch(KeyEvent e) {
        Component owner = e.getComponent();
        if (owner == null || !SwingUtilities.isDescendingFrom(owner, root)) {
            return false;
        }
        switch (e.getID()) {
            case KeyEvent.KEY_PRESSED -> {
                Action command = commands.get(KeyStroke.getKeyStrokeForEvent(e));
                if (e.getKeyCode() == KeyEvent.VK_ENTER || e.getKeyCode() == KeyEvent.VK_ESCAPE) {
                    editing = null;
                }
                if (command == null || typesInto(owner, e.getKeyCode()) || menuOpen() || ownsKey(owner, e)) {
                    return false;
                }
                taken = e.getKeyCode();
                run(command, owner, e.getModifiersEx());
            }
            case KeyEvent.KEY_TYPED -> {
                if (taken == KeyEvent.VK_UNDEFINED) {
                    noteTyping(owner, e.getKeyChar());
                    return false;
                }
            }
            case KeyEvent.KEY_RELEASED -> {
                if (e.getKeyCode() != taken) {
                    return false;
                }
                taken = KeyEvent.VK_UNDEFINED;
            }
            default -> {
                return false;
            }
        }
        e.consume();
        return true;
    }

    /**
     * The window-wide binding, reached when the focus is outside {@link #root} and its owner left the
     * key unused, or when a text field inside it types the key: it is then swallowed, so that
     * neither the command nor a menu accelerator for the same key runs.
     */
    private Action inWindow(Action command) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
                if (!isEditableText(owner)) {
                    run(command, e.getSource(), e.getModifiers());
                }
            }
        };
    }

    private static void run(Action command, Object source, int modifiers) {
        if (command.isEnabled()) {
            command.actionPerformed(new ActionEvent(source, ActionEvent.ACTION_PERFORMED,
                    (String) command.getValue(Action.NAME), System.currentTimeMillis(), modifiers));
        }
    }

    /** Whether {@code owner} keeps the key it binds itself (see {@link #OWN_KEYS}). */
    private static boolean ownsKey(Component owner, KeyEvent e) {
        return owner instanceof JComponent c && Boolean.TRUE.equals(c.getClientProperty(OWN_KEYS))
                && c.getInputMap(JComponent.WHEN_FOCUSED).get(KeyStroke.getKeyStrokeForEvent(e)) != null;
    }

    private static boolean menuOpen() {
        return MenuSelectionManager.defaultManager().getSelectedPath().length > 0;
    }

    /** Whether the key {@code keyCode} belongs to the focused text field rather than to the training. */
    private boolean typesInto(Component owner, int keyCode) {
        boolean letterOrDigit = keyCode >= KeyEvent.VK_A && keyCode <= KeyEvent.VK_Z
                || keyCode >= KeyEvent.VK_0 && keyCode <= KeyEvent.VK_9;
        return isEditableText(owner) && (letterOrDigit || owner == editing);
    }

    /** A character typed into an editable text field (Enter and Escape end the edit instead). */
    private void noteTyping(Component owner, char c) {
        if (isEditableText(owner) && c != '\n' && c != '\u001b') {
            editing = owner;
        }
    }

    private static boolean isEditableText(Component c) {
        return c instanceof JTextComponent t && t.isEditable() && t.isEnabled();
    }
}
