package dev.glassbox.swing.controls;

import dev.glassbox.core.scenario.Bookmark;
import dev.glassbox.core.scenario.ScenarioException;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Component;
import javax.swing.JOptionPane;

/**
 * Asks for the label of the viewed epoch's bookmark: a new one, or the one there to change (an
 * emptied label removes it). A label the bookmark rules refuse is said in a message, and asked again
 * with the text kept.
 */
final class BookmarkDialog {
    private BookmarkDialog() {
    }

    static void ask(Component owner, GlassboxModel model) {
        int epoch = model.viewedEpoch();
        String old = model.bookmarks().stream().filter(b -> b.epoch() == epoch).map(Bookmark::label)
                .findFirst().orElse(null);
        String text = old == null ? "" : old;
        while (true) {
            Object typed = JOptionPane.showInputDialog(owner, "Label of the bookmark at epoch " + epoch
                    + (old == null ? ":" : " (empty to remove it):"), "Bookmark epoch " + epoch,
                    JOptionPane.PLAIN_MESSAGE, null, null, text);
            if (typed == null) {
                return;
            }
            text = typed.toString();
            if (text.isBlank() && old != null) {
                model.removeBookmark(epoch);
                return;
            }
            try {
                model.addBookmark(epoch, text.strip());
                return;
            } catch (ScenarioException e) {
                JOptionPane.showMessageDialog(owner, "The label " + problem(e), "Bookmark epoch " + epoch,
                        JOptionPane.WARNING_MESSAGE);
            }
        }
    }

    /** The rule broken, without the field path a file's reader names ("must not be empty"). */
    private static String problem(ScenarioException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }
}
