package dev.glassbox.demo;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Frame;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
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
 * Help → Keyboard shortcuts: the training shortcuts, then every menu command that has an
 * accelerator, read from the menu bar itself so that the list cannot go stale. Non-modal; Escape
 * or Close hides it. Name: {@code helpDialog}.
 */
final class HelpDialog extends JDialog {

    HelpDialog(Frame owner, List<Shortcuts.Shortcut> shortcuts, JMenuBar menus) {
        super(owner, "Keyboard shortcuts", false);
        setName("helpDialog");
        JPanel p = new JPanel(new MigLayout("wrap 2, insets 16, gap 16 6", "[right][left]"));
        for (Shortcuts.Shortcut s : shortcuts) {
            row(p, s.keys(), s.description());
        }
        for (int m = 0; m < menus.getMenuCount(); m++) {
            addAccelerators(p, menus.getMenu(m));
        }
        JLabel note = new JLabel("Space, Right arrow and R do nothing while you type in a field.");
        note.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        p.add(note, "span, left, gaptop 8");
        JButton close = new JButton("Close");
        close.addActionListener(e -> setVisible(false));
        p.add(close, "span, right, gaptop 8");
        setContentPane(p);
        getRootPane().setDefaultButton(close);
        getRootPane().registerKeyboardAction(e -> setVisible(false), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
    }

    private static void addAccelerators(JPanel p, JMenu menu) {
        for (Component c : menu.getMenuComponents()) {
            if (c instanceof JMenu sub) {
                addAccelerators(p, sub);
            } else if (c instanceof JMenuItem item && item.getAccelerator() != null) {
                row(p, keys(item.getAccelerator()), menu.getText() + " → " + item.getText());
            }
        }
    }

    private static String keys(KeyStroke k) {
        String modifiers = InputEvent.getModifiersExText(k.getModifiers());
        return (modifiers.isEmpty() ? "" : modifiers + "+") + KeyEvent.getKeyText(k.getKeyCode());
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
