package dev.glassbox.examples;

import com.github.caciocavallosilano.cacio.ctc.junit.CacioExtension;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelListener;
import java.awt.Component;
import java.awt.Container;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * An embedder's program, run by {@link EmbedderExitTest} in a JVM of its own: it shows a widget,
 * plays it flat out, and once 1,000 epochs are trained disposes its window and returns from
 * everything; the JVM must then end by itself. With {@code close} the window is
 * {@link ThreeLinePanel}'s (which closes its panel when closed); with {@code dispose-only} it is
 * a bare frame whose panel is never closed, disposed while playing.
 */
public final class ExitingEmbedder {
    /** Printed once the window is disposed; the test measures the exit from here. */
    static final String DISPOSED = "disposed";
    /** Starts the line that tells the model's state after the window's closing events. */
    static final String AFTERWARDS = "afterwards: ";
    private static final int EPOCHS = 1_000;

    private ExitingEmbedder() {
    }

    /**
     * Runs the program.
     *
     * @param args {@code close} or {@code dispose-only}
     * @throws ClassNotFoundException if Caciocavallo is not on the class path
     */
    public static void main(String[] args) throws ClassNotFoundException {
        // No display here: loading Caciocavallo's JUnit extension installs its in-memory toolkit.
        Class.forName(CacioExtension.class.getName());
        boolean close = args[0].equals("close");
        SwingUtilities.invokeLater(() -> {
            JFrame frame = close ? ThreeLinePanel.frame() : unclosedFrame();
            GlassboxModel model = panelIn(frame).model();
            model.setSpeed(GlassboxModel.MAX_SPEED);
            model.addListener(GlassboxModelListener.everyEpochs(EPOCHS, (epoch, loss) -> {
                if (epoch == EPOCHS) {
                    SwingUtilities.invokeLater(() -> dispose(frame, model));
                }
            }));
            frame.setVisible(true);
            model.play();
        });
    }

    /** A frame holding a playing panel, with nothing that ever closes it. */
    private static JFrame unclosedFrame() {
        JFrame frame = new JFrame("Never closed");
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        frame.add(new GlassboxPanel(BuiltInScenarios.get("xor")));
        frame.setSize(1024, 640);
        return frame;
    }

    /** Disposes the window and, once the events that follow have run, says what the model does. */
    private static void dispose(JFrame frame, GlassboxModel model) {
        boolean playing = model.isPlaying();
        frame.dispose();
        System.out.println(DISPOSED + " at epoch " + model.epoch() + (playing ? " while playing" : " paused"));
        SwingUtilities.invokeLater(() -> System.out.println(AFTERWARDS + "playing=" + model.isPlaying()
                + " timer=" + model.isTimerRunning() + " closed=" + model.isClosed()));
    }

    private static GlassboxPanel panelIn(Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof GlassboxPanel panel) {
                return panel;
            }
            if (child instanceof Container inner) {
                GlassboxPanel found = panelIn(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
