package dev.glassbox.examples;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.GlassboxPanel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * A course's window that opens the widget in a dialog, playing, and closes it: whether the student
 * presses Done or closes the dialog, the panel is closed, so that no training goes on off screen.
 */
public final class LessonDialog {
    private LessonDialog() {
    }

    /**
     * Opens the course's window.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> frame().setVisible(true));
    }

    /**
     * The course's window with its button that opens the dialog, not yet shown.
     *
     * @return the window
     */
    static JFrame frame() {
        JFrame frame = new JFrame("Chapter 3: learning XOR");
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        JButton open = new JButton("Watch the network learn…");
        open.setName("openLessonButton");
        open.addActionListener(e -> openLesson(frame));
        JPanel content = new JPanel(new FlowLayout(FlowLayout.CENTER, 24, 24));
        content.add(new JLabel("XOR needs a hidden layer."));
        content.add(open);
        frame.add(content);
        frame.pack();
        frame.setLocationRelativeTo(null);
        return frame;
    }

    /**
     * Shows the widget, playing, in a modal dialog over {@code owner}; returns once it is closed.
     *
     * @param owner the window the dialog belongs to
     */
    static void openLesson(Window owner) {
        JDialog dialog = new JDialog(owner, "XOR, step by step", JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        GlassboxPanel glassbox = new GlassboxPanel(BuiltInScenarios.get("xor"));
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                glassbox.close();                        // Done or the close box: training ends
            }
        });
        JButton done = new JButton("Done");
        done.setName("doneButton");
        done.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(done);
        dialog.add(glassbox, BorderLayout.CENTER);
        dialog.add(buttons, BorderLayout.SOUTH);
        dialog.setSize(1024, 640);
        dialog.setLocationRelativeTo(owner);
        glassbox.model().play();
        dialog.setVisible(true);                         // modal: returns when the dialog is closed
    }
}
