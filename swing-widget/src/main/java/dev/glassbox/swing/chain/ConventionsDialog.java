package dev.glassbox.swing.chain;

import dev.glassbox.swing.internal.explain.Conventions;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.threading.EventThread;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.KeyEvent;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * The conventions every formula of the widget follows ({@link ChainRulePanel#conventions()}), a
 * paragraph each, in a non-modal dialog of the window it is opened from: what the chain-rule
 * panel's Conventions link opens, and what an application's help may open too
 * ({@link #show(Component)}), so that the conventions have one home. One per window; Escape or
 * Close hides it. Names: {@code conventionsDialog}, each paragraph {@code conventionParagraph}.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class ConventionsDialog extends JDialog {
    /** The width, in pixels at 100 %, a paragraph wraps at. */
    private static final int WRAP = 460;

    private ConventionsDialog(Window owner) {
        super(owner, Conventions.title(), ModalityType.MODELESS);
        setName("conventionsDialog");
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        p.setBorder(BorderFactory.createEmptyBorder(16, 16, 12, 16));
        for (String paragraph : Conventions.paragraphs()) {
            JLabel label = new JLabel("<html><div style='width:" + WRAP + "px'>" + paragraph //$NON-NLS$ markup that wraps the words
                    .replace("&", "&amp;").replace("<", "&lt;") + "</div></html>");
            label.setName("conventionParagraph");
            label.setAlignmentX(Component.LEFT_ALIGNMENT);
            p.add(label);
            p.add(Box.createVerticalStrut(10));
        }
        JLabel note = new JLabel(Messages.text("chain.conventions.note"));
        note.setAlignmentX(Component.LEFT_ALIGNMENT);
        p.add(note);
        p.add(Box.createVerticalStrut(10));
        JButton close = new JButton(Messages.text("chain.conventions.close"));
        close.setName("conventionsCloseButton");
        close.setAlignmentX(Component.LEFT_ALIGNMENT);
        close.addActionListener(e -> setVisible(false));
        p.add(close);
        setContentPane(p);
        getRootPane().setDefaultButton(close);
        getRootPane().registerKeyboardAction(e -> setVisible(false), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
    }

    /**
     * Shows the conventions dialog of {@code invoker}'s window, made the first time, beside that window.
     *
     * @param invoker a component of the window, or the window itself
     * @return the dialog, shown
     * @throws IllegalStateException off the event thread
     */
    public static JDialog show(Component invoker) {
        EventThread.require("ConventionsDialog.show");
        Window owner = invoker instanceof Window w ? w : SwingUtilities.getWindowAncestor(invoker);
        ConventionsDialog dialog = null;
        if (owner != null) {
            for (Window w : owner.getOwnedWindows()) {
                if (w instanceof ConventionsDialog c) {
                    dialog = c;
                }
            }
        }
        if (dialog == null) {
            dialog = new ConventionsDialog(owner);
            dialog.setLocationRelativeTo(owner);
        } else if (!dialog.isVisible()) {
            // Packed afresh: the presentation zoom may have grown its text since it was last shown.
            dialog.pack();
        }
        dialog.setVisible(true);
        dialog.toFront();
        return dialog;
    }
}
