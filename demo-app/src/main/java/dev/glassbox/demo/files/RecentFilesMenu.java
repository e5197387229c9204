package dev.glassbox.demo.files;

import dev.glassbox.demo.DemoMessages;
import dev.glassbox.demo.settings.AppSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JMenu;
import javax.swing.JMenuItem;

/**
 * "Open recent": the remembered scenario files, most recent first, rebuilt each time the menu
 * opens so that it always matches the settings. Name: {@code recentMenu}.
 */
public final class RecentFilesMenu extends JMenu {
    private final transient AppSettings settings;
    private final transient Consumer<Path> open;

    /** A menu of {@code settings}' recent files, opening the chosen one with {@code open}. */
    public RecentFilesMenu(AppSettings settings, Consumer<Path> open) {
        super(DemoMessages.text("files.recent"));
        this.settings = settings;
        this.open = open;
        setName("recentMenu");
        addMenuListener(new javax.swing.event.MenuListener() {
            @Override
            public void menuSelected(javax.swing.event.MenuEvent e) {
                rebuild();
            }

            @Override
            public void menuDeselected(javax.swing.event.MenuEvent e) {
            }

            @Override
            public void menuCanceled(javax.swing.event.MenuEvent e) {
            }
        });
        rebuild();
    }

    /** Refills the menu from the settings. */
    public void rebuild() {
        removeAll();
        List<Path> files = settings.recentFiles();
        for (int k = 0; k < files.size(); k++) {
            Path file = files.get(k);
            JMenuItem item = new JMenuItem((k + 1) + "  " + file.getFileName());
            item.setToolTipText(file.toString());
            item.setName("recentFile" + k);
            item.addActionListener(e -> open.accept(file));
            add(item);
        }
        if (files.isEmpty()) {
            JMenuItem none = new JMenuItem(DemoMessages.text("files.recent.none"));
            none.setEnabled(false);
            add(none);
        }
    }
}
