package dev.glassbox.swing.internal.action;

import java.awt.HeadlessException;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;

/** Commands as Swing {@link Action}s: the training commands' and Undo/Redo's. */
public final class Commands {
    private Commands() {
    }

    /**
     * An action that runs {@code run}, with its name, mnemonic and key.
     *
     * @param name     {@link Action#NAME}
     * @param mnemonic {@link Action#MNEMONIC_KEY}
     * @param key      {@link Action#ACCELERATOR_KEY}
     * @param run      what it does
     * @return the action
     */
    public static Action command(String name, int mnemonic, KeyStroke key, Runnable run) {
        Action a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        a.putValue(Action.MNEMONIC_KEY, mnemonic);
        a.putValue(Action.ACCELERATOR_KEY, key);
        return a;
    }

    /**
     * The platform's menu shortcut key: Ctrl, or ⌘ on macOS ({@link Toolkit#getMenuShortcutKeyMaskEx()});
     * Ctrl where no toolkit answers (headless).
     *
     * @return the modifier mask
     */
    public static int menuShortcutKey() {
        try {
            return Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        } catch (HeadlessException e) {
            return InputEvent.CTRL_DOWN_MASK;
        }
    }
}
