package dev.glassbox.demo;

import java.awt.BorderLayout;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

/**
 * A tab whose view is built when the tab is first selected, or when the window first needs the view
 * ({@link #view()}): the tabs behind the lesson are not seen at start-up, and building them all
 * took a fifth of the time to the first frame.
 *
 * @param <V> the view
 */
final class LazyTab<V extends JComponent> extends JPanel {
    private final transient Supplier<V> build;
    private final transient Function<V, ? extends JComponent> wrapper;
    private V view;

    private LazyTab(Supplier<V> build, Function<V, ? extends JComponent> wrapper) {
        super(new BorderLayout());
        this.build = build;
        this.wrapper = wrapper;
    }

    /**
     * Adds a tab to {@code tabs} whose view {@code build} makes when it is first needed.
     *
     * @param tabs    the tabbed pane
     * @param title   the tab's title
     * @param build   makes the view
     * @param wrapper puts the view in what the tab shows (a scroll pane, a border)
     * @param <V>     the view
     * @return the tab
     */
    static <V extends JComponent> LazyTab<V> add(JTabbedPane tabs, String title, Supplier<V> build,
            Function<V, ? extends JComponent> wrapper) {
        LazyTab<V> tab = new LazyTab<>(build, wrapper);
        tabs.addTab(title, tab);
        if (tabs.getClientProperty(LazyTab.class) == null) {
            tabs.putClientProperty(LazyTab.class, Boolean.TRUE);
            tabs.addChangeListener(e -> {
                if (tabs.getSelectedComponent() instanceof LazyTab<?> selected) {
                    selected.fill();
                }
            });
        }
        return tab;
    }

    /** {@return the view, built now if it was not yet} */
    V view() {
        if (view == null) {
            view = build.get();
        }
        return view;
    }

    private void fill() {
        if (getComponentCount() == 0) {
            add(wrapper.apply(view()), BorderLayout.CENTER);
            revalidate();
        }
    }
}
