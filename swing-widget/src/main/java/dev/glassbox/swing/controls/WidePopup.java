package dev.glassbox.swing.controls;

import java.awt.Dimension;
import java.awt.Insets;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JPopupMenu;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;
import javax.swing.plaf.basic.ComboPopup;

/**
 * Makes a combo box's popup as wide as its widest item where the combo itself is kept narrower (a
 * prototype value sizes it to its column): the look and feel sizes the popup to the combo, and to
 * the prototype where one is set, which cut long scenario names in the list.
 */
final class WidePopup implements PopupMenuListener {
    private WidePopup() {
    }

    /** Widens {@code combo}'s popup, whenever it opens, to its widest item. */
    static void install(JComboBox<?> combo) {
        combo.addPopupMenuListener(new WidePopup());
    }

    @Override
    public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
        JComboBox<?> combo = (JComboBox<?>) e.getSource();
        // The look and feel gives the popup its size after this event, so it is widened just after.
        SwingUtilities.invokeLater(() -> widen(combo));
    }

    @Override
    public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
    }

    @Override
    public void popupMenuCanceled(PopupMenuEvent e) {
    }

    private static void widen(JComboBox<?> combo) {
        Object child = combo.getUI().getAccessibleChild(combo, 0);
        if (!combo.isPopupVisible() || !(child instanceof ComboPopup popup) || !(child instanceof JPopupMenu menu)) {
            return;
        }
        JList<?> list = popup.getList();
        JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, list);
        if (scroll == null) {
            return;
        }
        Insets in = scroll.getInsets();
        JScrollBar bar = scroll.getVerticalScrollBar();
        int barWidth = combo.getItemCount() > combo.getMaximumRowCount() ? bar.getPreferredSize().width : 0;
        int wanted = list.getPreferredSize().width + in.left + in.right + barWidth;
        Dimension size = scroll.getPreferredSize();
        if (wanted <= size.width) {
            return;
        }
        size = new Dimension(wanted, size.height);
        scroll.setPreferredSize(size);
        scroll.setMinimumSize(size);
        scroll.setMaximumSize(size);
        // A shown popup takes its new preferred size when packed again, once its layout forgot the old one.
        scroll.invalidate();
        menu.pack();
    }
}
