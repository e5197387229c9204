package dev.glassbox.demo;

import com.formdev.flatlaf.FlatClientProperties;
import dev.glassbox.swing.controls.TrainingActions;
import java.awt.Component;
import java.awt.Frame;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;

/**
 * Help → Keyboard shortcuts: the training keys, then every other menu command that has an
 * accelerator, read from the menu bar itself so that the list cannot go stale. Non-modal; Escape
 * or Close hides it. Name: {@code helpDialog}.
 */
final class HelpDialog extends JDialog {

    HelpDialog(Frame owner, List<Action> training, JMenuBar menus) {
        super(owner, "Keyboard shortcuts", false);
        setName("helpDialog");
        JPanel p = new JPanel(new MigLayout("wrap 2, insets 16, gap 16 6", "[right][left]"));
        for (Action a : training) {
            row(p, TrainingActions.keyText((KeyStroke) a.getValue(Action.ACCELERATOR_KEY)),
                    (String) a.getValue(Action.LONG_DESCRIPTION));
        }
        for (int m = 0; m < menus.getMenuCount(); m++) {
            addAccelerators(p, menus.getMenu(m), training);
        }
        JLabel note = new JLabel("In a text field letters type; Space and the arrows type once you have typed in it, until Enter or Escape.");
        note.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        p.add(note, "span, left, gaptop 8");
        closable(this, p, "span, right, gaptop 8");
        pack();
    }

    /**
     * Makes {@code p} the content of {@code dialog}, with a Close button (placed by
     * {@code constraints}, the default button) and Escape to hide it.
     */
    static void closable(JDialog dialog, JPanel p, String constraints) {
        JButton close = new JButton("Close");
        close.addActionListener(e -> dialog.setVisible(false));
        p.add(close, constraints);
        dialog.setContentPane(p);
        dialog.getRootPane().setDefaultButton(close);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.setVisible(false),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
    }

    /** The menu's commands that have a key, but the training commands: they are listed first. */
    private static void addAccelerators(JPanel p, JMenu menu, List<Action> training) {
        for (Component c : menu.getMenuComponents()) {
            if (c instanceof JMenu sub) {
                addAccelerators(p, sub, training);
            } else if (c instanceof JMenuItem item && item.getAccelerator() != null
                    && (item.getAction() == null || !training.contains(item.getAction()))) {
                row(p, TrainingActions.keyText(item.getAccelerator()), menu.getText() + " → " + item.getText());
            }
        }
    }

    private static void row(JPanel p, String keys, String description) {
        JLabel key = new JLabel(keys);
        key.putClientProperty(FlatClientProperties.STYLE_CLASS, "semibold");
        key.setName("shortcutKey");
        JLabel what = new JLabel(description);
        what.setName("shortcutDescription");
        p.add(key);
        p.add(what);
    }
}
