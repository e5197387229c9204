package dev.glassbox.demo.theme;

import javax.swing.SwingUtilities;

/**
 * When a theme or zoom change runs. Switching the look and feel re-creates every component's UI
 * delegate; started from inside a component's own event handling — a combo's Up/Down key binding,
 * a menu item's action — it would uninstall that component's UI under the code still running in
 * it, and the basic UIs then fail on their cleared fields (a {@code NullPointerException} in
 * {@code BasicComboBoxUI.selectNextPossibleValue}). So the change waits until that event is done.
 */
public final class Restyle {
    private Restyle() {
    }

    /**
     * Runs {@code change} on the event thread once the event being handled now is done.
     *
     * @param change a look-and-feel switch, such as {@link Theme#switchTo()} or {@link Zoom#switchTo(int)}
     */
    public static void afterThisEvent(Runnable change) {
        SwingUtilities.invokeLater(change);
    }
}
