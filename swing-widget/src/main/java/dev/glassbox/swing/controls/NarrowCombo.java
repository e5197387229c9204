package dev.glassbox.swing.controls;

import java.awt.Dimension;
import javax.swing.ComboBoxModel;
import javax.swing.JComboBox;

/**
 * A combo box that gives way where its column is narrower than its prototype value (a presentation
 * zoom on a small screen) instead of reaching past the column's edge: no width is its minimum. Its
 * list still opens as wide as its longest entry ({@link WidePopup}).
 *
 * @param <E> the type of its items
 */
final class NarrowCombo<E> extends JComboBox<E> {
    NarrowCombo(ComboBoxModel<E> model) {
        super(model);
        WidePopup.install(this);
    }

    @Override
    public Dimension getMinimumSize() {
        if (isMinimumSizeSet()) {
            return super.getMinimumSize();
        }
        return new Dimension(0, getPreferredSize().height);
    }
}
