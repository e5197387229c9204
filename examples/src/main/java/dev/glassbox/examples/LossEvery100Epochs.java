package dev.glassbox.examples;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelListener;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.PrintStream;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * A listener on the model: the loss of every 100th epoch, printed as training goes, in bulk as
 * when animated (one event may cover thousands of epochs; {@code everyEpochs} picks them out).
 */
public final class LossEvery100Epochs {
    private LossEvery100Epochs() {
    }

    /**
     * Opens the window; the losses go to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> frame(System.out).setVisible(true));
    }

    /**
     * The window, training in bulk, not yet shown.
     *
     * @param out where the losses are printed
     * @return the window
     */
    static JFrame frame(PrintStream out) {
        GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("and"));
        model.addListener(GlassboxModelListener.everyEpochs(100,
                (epoch, loss) -> out.println("epoch " + epoch + ": loss " + loss)));
        model.setSpeed(70);                      // bulk, about 1,000 epochs a second

        JFrame frame = new JFrame("Loss every 100 epochs");
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        GlassboxPanel glassbox = new GlassboxPanel(model);
        frame.add(glassbox);
        model.play();

        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                model.close();                           // forgets the listener too
            }
        });
        frame.setSize(1280, 720);
        frame.setLocationRelativeTo(null);
        return frame;
    }
}
