package dev.glassbox.demo;

import dev.glassbox.swing.model.GlassboxModel;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/**
 * The training shortcuts — Space play/pause, Right arrow step, R reset — bound on the root pane
 * for the whole window. They stand aside while the focus is in an editable text field (a
 * spinner's included), so typing "r" or a space there is never taken for a command. The Help
 * dialog lists them from the same table.
 */
final class Shortcuts {
    /**
     * One shortcut.
     *
     * @param keys        the keys as shown to the user
     * @param description what it does
     * @param stroke      the key stroke
     * @param action      the action
     */
    record Shortcut(String keys, String description, KeyStroke stroke, Runnable action) {
    }

    private Shortcuts() {
    }

    static List<Shortcut> training(GlassboxModel model) {
        return List.of(
                new Shortcut("Space", "Play / pause", KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), model::togglePlay),
                new Shortcut("Right arrow", "Step one epoch", KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, 0),
                        model::stepEpoch),
                new Shortcut("R", "Reset to the starting weights", KeyStroke.getKeyStroke(KeyEvent.VK_R, 0),
                        model::reset));
    }

    static void install(JRootPane root, List<Shortcut> shortcuts) {
        for (Shortcut s : shortcuts) {
            String key = "glassbox." + s.description();
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(s.stroke(), key);
            root.getActionMap().put(key, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    s.action().run();
                }

                /** Disabled while typing: the key event then goes on to the text field unconsumed. */
                @Override
                public boolean isEnabled() {
                    return !(KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
                            instanceof JTextComponent t && t.isEditable());
                }
            });
        }
    }
}
