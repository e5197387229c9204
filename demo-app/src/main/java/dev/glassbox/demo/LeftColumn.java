package dev.glassbox.demo;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The window's left column: the parameters over the lesson's tabs over the loss calculation, which
 * gets the height of all its rows and its mean while the lesson scrolls in what is left. In a short
 * window — a presentation zoom on a small screen, 150 % on 1366×768 — that would leave the lesson
 * not a line (the tabs collapsed to nothing), so there the loss calculation becomes a tab beside
 * the lesson, with the column's height for its rows; it returns below the tabs when the window is
 * tall enough again. It does the same while the quiz is the selected tab: a question, its feedback
 * and the worked solution need the column's height more than the loss rows do.
 */
final class LeftColumn extends JPanel {
    /** The lines of lesson text, under the row of tabs, below which the loss calculation moves into the tabs. */
    static final int LESSON_LINES = 3;
    /** The height of a row of tabs in lines of its font (FlatLaf's tabs: about 1.6). */
    private static final double TAB_ROW_LINES = 1.6;
    /** The loss calculation's tab: right after the lesson. */
    private static final int LOSS_TAB = 1;
    private static final int GAP = 6;

    private final JComponent parameters;
    private final JTabbedPane tabs;
    /** The lesson's title and text (found once by their component names; the lesson keeps them for good), or null. */
    private final Component lessonTitle;
    private final Component lessonText;
    private final Section lossSection;
    private final JComponent loss;
    private final String lossTitle;
    /** The tab that takes the loss calculation's room while it is selected. */
    private final Component roomy;
    private boolean lossTabbed;

    /**
     * @param parameters  the parameter controls, on top
     * @param tabs        the lesson and the state tables
     * @param lesson      the lesson, in {@code tabs}
     * @param lossTitle   the loss calculation's heading, and its tab's title in a short window
     * @param loss        the loss calculation
     * @param roomy       the tab of {@code tabs} that gets the loss calculation's room while selected
     */
    LeftColumn(JComponent parameters, JTabbedPane tabs, JComponent lesson, String lossTitle, JComponent loss,
            Component roomy) {
        super(new MigLayout("fill, insets 0, gap 0 " + GAP + ", wrap 1", "[0:0:, grow, fill]", //$NON-NLS$
                "[][0:0:, grow, fill][0:pref:, fill]")); //$NON-NLS$
        this.parameters = parameters;
        this.tabs = tabs;
        lessonTitle = named(lesson, "lessonTitle");
        lessonText = named(lesson, "lessonText");
        this.loss = loss;
        this.lossTitle = lossTitle;
        this.roomy = roomy;
        lossSection = new Section(lossTitle, loss);
        add(parameters);
        // The lesson and tables give way first: the loss rows keep their room while the lesson has a few lines.
        // Of no width of their own: a wide table in a tab (the loss rows of a 16-input net) must not
        // widen the column over the network.
        add(tabs, "hmin 0, wmin 0"); //$NON-NLS$
        add(lossSection, "wmin 0"); //$NON-NLS$
        tabs.addChangeListener(e -> revalidate());
    }

    /** Places the loss calculation for the column's height and its parts' sizes now, then lays them out. */
    @Override
    public void doLayout() {
        // Here rather than on a resize: the parts' sizes change too (a zoom, a scenario with more rows).
        place();
        super.doLayout();
    }

    /** Puts the loss calculation where the column's height leaves the lesson its lines. */
    private void place() {
        boolean tabbed = tabs.getSelectedComponent() == roomy || lessonRoom() < lessonNeeds();
        if (tabbed == lossTabbed) {
            return;
        }
        lossTabbed = tabbed;
        if (tabbed) {
            remove(lossSection);
            lossSection.remove(loss);
            tabs.insertTab(lossTitle, null, loss, null, LOSS_TAB);
        } else {
            boolean shown = tabs.getSelectedComponent() == loss;
            tabs.remove(loss);
            lossSection.add(loss, BorderLayout.CENTER);
            add(lossSection, "wmin 0"); //$NON-NLS$
            if (shown) {
                tabs.setSelectedIndex(0);
            }
        }
        // Laid out again right after this (in doLayout): the column has other children now.
        repaint();
    }

    /** The height the tabs would have with the loss calculation below them. */
    private int lessonRoom() {
        // The section's own height (its heading and border) with the loss calculation in it or not.
        int section = lossSection.getPreferredSize().height - (lossTabbed ? 0 : loss.getPreferredSize().height);
        return getHeight() - parameters.getPreferredSize().height - section - loss.getPreferredSize().height - 2 * GAP;
    }

    /**
     * A row of tabs, the lesson's title (it wraps, and grows with the zoom) and {@link #LESSON_LINES}
     * lines of its text, in the current fonts.
     */
    private int lessonNeeds() {
        // From the font, not the tabs' bounds: those are the last layout's, before a zoom or theme changed the font.
        int tabRow = (int) Math.ceil(TAB_ROW_LINES * lineHeight(tabs));
        return tabRow + (lessonTitle != null ? lessonTitle.getPreferredSize().height : 0)
                + (LESSON_LINES + 1) * lineHeight(lessonText != null ? lessonText : this);
    }

    private static int lineHeight(Component c) {
        return c.getFontMetrics(c.getFont() != null ? c.getFont() : UIManager.getFont("Label.font")).getHeight();
    }

    private static Component named(Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                Component found = named(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
