package dev.glassbox.demo;

import com.formdev.flatlaf.FlatClientProperties;
import dev.glassbox.swing.chain.ChainRulePanel;
import java.awt.Frame;
import java.awt.Window;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * Help → Conventions: the conventions every formula of the widget follows, as the chain-rule panel
 * states them ({@link ChainRulePanel#conventions()}), so that a student who meets the ½ or the mean
 * in a tooltip can read why. Non-modal, one per window; Escape or Close hides it. Name:
 * {@code conventionsDialog}.
 */
final class ConventionsDialog extends JDialog {
    private static final String NAME = "conventionsDialog";
    /** The width, in pixels at 100 %, a paragraph wraps at. */
    private static final int WRAP = 460;

    private ConventionsDialog(Frame owner) {
        super(owner, "Conventions", false);
        setName(NAME);
        JPanel p = new JPanel(new MigLayout("wrap 1, insets 16, gap 0 10", "[left]"));
        for (String paragraph : ChainRulePanel.conventions()) {
            JLabel label = new JLabel("<html><div style='width:" + WRAP + "px'>" + paragraph
                    .replace("&", "&amp;").replace("<", "&lt;") + "</div></html>");
            label.setName("conventionParagraph");
            p.add(label);
        }
        JLabel note = new JLabel("Every tooltip's formula and the chain rule follow these; each tooltip points here.");
        note.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        p.add(note, "gaptop 4");
        HelpDialog.closable(this, p, "right, gaptop 8");
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the owner's conventions dialog, made the first time. */
    static JDialog show(Frame owner) {
        JDialog dialog = null;
        for (Window w : owner.getOwnedWindows()) {
            if (w instanceof ConventionsDialog c) {
                dialog = c;
            }
        }
        if (dialog == null) {
            dialog = new ConventionsDialog(owner);
        }
        if (!dialog.isVisible()) {
            // Packed afresh: the presentation zoom may have grown its text since it was last shown.
            dialog.pack();
        }
        dialog.setVisible(true);
        dialog.toFront();
        return dialog;
    }
}
