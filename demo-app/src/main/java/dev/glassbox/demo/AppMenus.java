package dev.glassbox.demo;

import dev.glassbox.demo.files.RecentFilesMenu;
import dev.glassbox.demo.theme.Restyle;
import dev.glassbox.demo.theme.Zoom;
import dev.glassbox.swing.chain.ConventionsDialog;
import dev.glassbox.swing.controls.TrainingActions;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;

/**
 * The window's menu bar: File (open, recent, save, export, quit), Edit (undo, redo), Training (the
 * same actions as the training buttons and keys, then time travel and the runs to a goal, then the
 * sweep), View (zoom, comparison) and Help.
 */
final class AppMenus {
    /** The languages the bundles are written in. */
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final String SCENARIO_FILES = "Glassbox scenarios";
    private final MainWindow window;

    AppMenus(MainWindow window) {
        this.window = window;
    }

    JMenuBar build() {
        JMenuBar bar = new JMenuBar();
        bar.add(fileMenu());
        bar.add(editMenu());
        bar.add(trainingMenu());
        bar.add(viewMenu());
        bar.add(helpMenu());
        return bar;
    }

    private JMenu fileMenu() {
        JMenu file = new JMenu(DemoMessages.text("app.menu.file"));
        file.setMnemonic(file.getText().charAt(0));
        file.add(item("Open scenario…", KeyEvent.VK_O, () -> {
            Path p = window.choosers().open(window, SCENARIO_FILES, "json");
            if (p != null) {
                window.openScenario(p);
            }
        }));
        file.add(new RecentFilesMenu(window.settings(), window::openScenario));
        file.add(item("Save scenario with current weights…", KeyEvent.VK_S, () -> {
            Path p = window.choosers().save(window, SCENARIO_FILES, "json", "scenario.json");
            if (p != null) {
                window.saveScenario(p);
            }
        }));
        file.add(item("Import data (CSV)…", 0, () -> {
            Path p = window.choosers().open(window, "CSV files", "csv");
            if (p != null) {
                window.importData(p);
            }
        }));
        file.addSeparator();
        JMenu export = new JMenu("Export");
        export.add(png("Network view", "network", MainWindow::exportNetworkPng));
        export.add(png("Loss chart", "loss-chart", MainWindow::exportChartPng));
        export.add(png("Whole window", "glassbox", MainWindow::exportWindowPng));
        export.addSeparator();
        export.add(item("Training trace as CSV…", 0, () -> {
            Path p = window.choosers().save(window, "CSV files", "csv", "trace.csv");
            if (p != null) {
                window.exportTrace(p);
            }
        }));
        export.add(item("Data as CSV…", 0, () -> {
            Path p = window.choosers().save(window, "CSV files", "csv", "data.csv");
            if (p != null) {
                window.exportData(p);
            }
        }));
        export.add(item("Quiz answers as CSV…", 0, () -> {
            Path p = window.choosers().save(window, "CSV files", "csv", "quiz-answers.csv");
            if (p != null) {
                window.exportQuizAnswers(p);
            }
        }));
        file.add(export);
        file.addSeparator();
        file.add(item("Quit", KeyEvent.VK_Q,
                () -> window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING))));
        return file;
    }

    /** A submenu offering the picture at 1× and 2×. */
    private JMenu png(String what, String fileName, Export export) {
        JMenu menu = new JMenu(what + " as PNG");
        for (int scale : new int[] {1, 2}) {
            menu.add(item(scale + "× (" + (scale == 1 ? "as on screen" : "for print and slides") + ")…", 0, () -> {
                String suggested = fileName + (scale == 1 ? "" : "@" + scale + "x") + ".png";
                Path p = window.choosers().save(window, "PNG images", "png", suggested);
                if (p != null) {
                    export.write(window, p, scale);
                }
            }));
        }
        return menu;
    }

    /** One of the window's PNG exports. */
    @FunctionalInterface
    private interface Export {
        boolean write(MainWindow window, Path file, int scale);
    }

    /** Undo and Redo, named after what they will undo or redo (the same actions as their keys). */
    private JMenu editMenu() {
        JMenu edit = new JMenu(DemoMessages.text("app.menu.edit"));
        edit.setName("editMenu");
        edit.setMnemonic(edit.getText().charAt(0));
        for (Action a : window.undoActions().all()) {
            edit.add(new JMenuItem(a));
        }
        return edit;
    }

    private JMenu trainingMenu() {
        JMenu training = new JMenu(DemoMessages.text("app.menu.training"));
        training.setMnemonic(training.getText().charAt(0));
        TrainingActions actions = window.actions();
        for (Action a : actions.all()) {
            training.add(new JMenuItem(a));
        }
        training.addSeparator();
        // Time travel and the runs to a goal.
        for (Action a : List.of(actions.showPresent(), actions.continueFromHere(), actions.bookmark(),
                actions.runToEpoch(), actions.runUntilLoss())) {
            training.add(new JMenuItem(a));
        }
        training.addSeparator();
        // The optimizer race, as in the chart's context menu.
        training.add(new JMenuItem(window.lossChart().raceOptimizersAction()));
        training.add(new JMenuItem(window.lossChart().clearRaceAction()));
        training.add(item("Sweep seeds and settings…", 0, window::openSweep));
        return training;
    }

    private JMenu viewMenu() {
        JMenu view = new JMenu(DemoMessages.text("app.menu.view"));
        view.setMnemonic(view.getText().charAt(0));
        JMenu zoom = new JMenu("Presentation zoom");
        ButtonGroup group = new ButtonGroup();
        for (int percent : Zoom.LEVELS) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(percent + " %", percent == Zoom.percent());
            item.setName("zoom" + percent);
            item.addActionListener(e -> Restyle.afterThisEvent(() -> window.setZoom(percent)));
            group.add(item);
            zoom.add(item);
        }
        view.add(zoom);
        view.addSeparator();
        view.add(item("Compare with the other loss on the chart", 0, window::compareWithOtherLoss));
        view.add(item("Remove the comparison", 0, window::clearComparison));
        view.addSeparator();
        view.add(languageMenu());
        return view;
    }

    /** The languages of the bundles, each named in itself (English, Deutsch); the chosen one rebuilds the window. */
    private JMenu languageMenu() {
        JMenu language = new JMenu(DemoMessages.text("app.menu.language"));
        language.setName("languageMenu");
        ButtonGroup group = new ButtonGroup();
        for (Locale locale : LANGUAGES) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(locale.getDisplayLanguage(locale),
                    locale.getLanguage().equals(Locale.getDefault().getLanguage()));
            item.setName("language-" + locale.getLanguage());
            item.addActionListener(e -> Restyle.afterThisEvent(() -> window.switchLanguage(locale)));
            group.add(item);
            language.add(item);
        }
        return language;
    }

    private JMenu helpMenu() {
        JMenu help = new JMenu(DemoMessages.text("app.menu.help"));
        help.setMnemonic(help.getText().charAt(0));
        JMenuItem shortcuts = item("Keyboard shortcuts", 0, window::showHelp);
        shortcuts.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0));
        help.add(shortcuts);
        help.add(item("Conventions", 0, () -> ConventionsDialog.show(window)));
        return help;
    }

    /** A menu item; {@code key} other than 0 gets the platform's menu shortcut modifier (Ctrl, ⌘). */
    private static JMenuItem item(String text, int key, Runnable action) {
        JMenuItem item = new JMenuItem(text);
        if (key != 0) {
            item.setAccelerator(KeyStroke.getKeyStroke(key, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
        }
        item.addActionListener(e -> action.run());
        return item;
    }
}
