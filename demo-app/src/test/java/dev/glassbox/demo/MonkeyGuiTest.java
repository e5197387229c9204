package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.demo.theme.Theme;
import dev.glassbox.demo.theme.Zoom;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import javax.swing.MenuElement;
import javax.swing.MenuSelectionManager;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import javax.swing.ToolTipManager;
import javax.swing.TransferHandler;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded monkey on the real window: thousands of random user actions — clicks, double clicks,
 * right clicks, hovers, drags and wheel turns anywhere in the window and on every view, every key
 * with the focus wherever it is, every combo (the theme among them) through its popup and its keys,
 * every menu item but Quit (zoom, exports, comparison, help, the training commands), good and bad
 * scenario files opened through the real file chooser, typed learning rates, window sizes —
 * asserting that no exception reaches any thread's uncaught-exception handler (the event thread's
 * included) and that no Swing component is changed off the event thread (a repaint manager checks
 * every invalidation and dirty region, as AssertJ Swing's does).
 *
 * <p>The events are the toolkit's own kinds, posted to the event queue with the window as their
 * source ({@link UserEvents}), so AWT routes them as it routes a hand's; dialogs the app opens (a
 * file chooser, an error, a question, the shortcut list) are answered the same way, so none blocks
 * the run. The seed is fixed and can be overridden ({@code -Dglassbox.monkey.seed=…}, and the
 * number of actions with {@code -Dglassbox.monkey.actions=…}); a failure names the seed and the
 * last actions, and {@code -Dglassbox.monkey.trace=true} prints them all. Each action draws from a
 * random stream of its own (the seed and its number), so a replay makes the same choices as long as
 * the window shows the same; what the real Swing timers do meanwhile (how far training got, whether
 * a tooltip is up) can still make a replay drift.
 */
class MonkeyGuiTest extends AppGuiTest {
    private static final long SEED = Long.getLong("glassbox.monkey.seed", 20_261_207L);
    private static final int ACTIONS = Integer.getInteger("glassbox.monkey.actions", 5_000);
    private static final int LOGGED = 20;
    /** Prints every action as it is made ({@code -Dglassbox.monkey.trace=true}). */
    private static final boolean TRACE = Boolean.getBoolean("glassbox.monkey.trace");
    /** The views most of the mouse's actions aim at, by name; anything else is reached by walking the window. */
    private static final List<String> VIEWS = List.of("networkView", "lossChartView", "chainRulePanel",
            "lossCalculationPanel", "lessonText", "tablesTabs", "speedSlider", "learningRateSpinner", "epochLabel",
            "statusMessage", "exportButton", "lossChart");
    private static final List<String> COMBOS = List.of("scenarioCombo", "lossCombo", "hiddenActivationCombo",
            "outputActivationCombo", "updateModeCombo", "sampleCombo");
    private static final List<String> BUTTONS = List.of("playButton", "stepButton", "phaseButton", "resetButton");
    private static final int SHIFT = InputEvent.SHIFT_DOWN_MASK;
    private static final int CTRL = InputEvent.CTRL_DOWN_MASK;
    private static final int ALT = InputEvent.ALT_DOWN_MASK;
    /** Every key a user might press, with its modifiers; not Ctrl+Q, which quits. */
    private static final int[][] KEYS = {
        {KeyEvent.VK_SPACE, 0}, {KeyEvent.VK_RIGHT, 0}, {KeyEvent.VK_RIGHT, SHIFT}, {KeyEvent.VK_R, 0},
        {KeyEvent.VK_LEFT, 0}, {KeyEvent.VK_UP, 0}, {KeyEvent.VK_DOWN, 0}, {KeyEvent.VK_TAB, 0},
        {KeyEvent.VK_TAB, SHIFT}, {KeyEvent.VK_ENTER, 0}, {KeyEvent.VK_ESCAPE, 0}, {KeyEvent.VK_HOME, 0},
        {KeyEvent.VK_END, 0}, {KeyEvent.VK_PAGE_UP, 0}, {KeyEvent.VK_PAGE_DOWN, 0}, {KeyEvent.VK_EQUALS, SHIFT},
        {KeyEvent.VK_EQUALS, 0}, {KeyEvent.VK_MINUS, 0}, {KeyEvent.VK_0, 0}, {KeyEvent.VK_5, 0},
        {KeyEvent.VK_PERIOD, 0}, {KeyEvent.VK_A, 0}, {KeyEvent.VK_E, 0}, {KeyEvent.VK_P, 0},
        {KeyEvent.VK_BACK_SPACE, 0}, {KeyEvent.VK_DELETE, 0}, {KeyEvent.VK_F1, 0}, {KeyEvent.VK_F10, 0},
        {KeyEvent.VK_O, CTRL}, {KeyEvent.VK_S, CTRL}, {KeyEvent.VK_A, CTRL}, {KeyEvent.VK_TAB, CTRL},
        {KeyEvent.VK_SPACE, SHIFT}, {KeyEvent.VK_DOWN, ALT}, {KeyEvent.VK_UP, SHIFT}, {KeyEvent.VK_HOME, CTRL},
        {KeyEvent.VK_F, ALT}, {KeyEvent.VK_T, ALT}, {KeyEvent.VK_V, ALT}, {KeyEvent.VK_H, ALT},
        {KeyEvent.VK_P, ALT}, {KeyEvent.VK_S, ALT}, {KeyEvent.VK_A, ALT}, {KeyEvent.VK_R, ALT},
    };
    private static final List<String> RATES = List.of("0.5", "3", "0.01", "abc", "-1", "1e9", "", " ", "100",
            "0,5", "1e-5", "2.5e1", "0.0001", "1000");

    @TempDir
    Path dir;
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private final ThreadCheckingRepaintManager repaints = new ThreadCheckingRepaintManager();
    private final UserEvents hand = new UserEvents();
    /**
     * The random choices of the action under way: a stream of its own per action, drawn from the
     * seed and the action's number, so that action n chooses the same whatever the actions before it
     * drew (they may draw more or less as timers change what shows).
     */
    private Random random;
    private final Deque<String> lastActions = new ArrayDeque<>();
    /** Files the chooser is given to open: every built-in, a wide net, and files that are not scenarios. */
    private final List<Path> toOpen = new ArrayList<>();
    private RepaintManager previousRepaints;
    private int previousTooltipDelay;
    private Thread.UncaughtExceptionHandler previousUncaught;
    private int done;
    /** The second half of the last action, to run once what its first half posted is handled. */
    private Runnable pending;
    /** How many steps in a row answered a dialog. */
    private int answers;

    @BeforeEach
    void start() throws IOException {
        for (String id : BuiltInScenarios.ids()) {
            toOpen.add(Files.writeString(dir.resolve(id + ".json"), BuiltInScenarios.json(id)));
        }
        String xor = BuiltInScenarios.json("xor");
        String samples = xor.substring(xor.indexOf("\"samples\""), xor.lastIndexOf('}'));
        toOpen.add(Files.writeString(dir.resolve("wide.json"), "{\"format\": \"glassbox-scenario/1\", \"name\": "
                + "\"A wide net\", \"lesson\": \"Many neurons.\", \"layers\": [2, 16, 8, 1], \"activations\": "
                + "[\"tanh\", \"relu\", \"sigmoid\"], \"loss\": \"cross-entropy\", \"learningRate\": 0.5, "
                + "\"update\": \"online\", \"seed\": 7, " + samples + "}"));
        toOpen.add(Files.writeString(dir.resolve("eta1000.json"), xor.replace("\"learningRate\": 2.0",
                "\"learningRate\": 1000")));
        toOpen.add(Files.writeString(dir.resolve("truncated.json"), xor.substring(0, xor.length() / 2)));
        toOpen.add(Files.writeString(dir.resolve("negative-rate.json"),
                xor.replace("\"learningRate\": 2.0", "\"learningRate\": -1")));
        toOpen.add(Files.writeString(dir.resolve("empty.json"), ""));
        toOpen.add(Files.writeString(dir.resolve("escapes.json"), "\u001b[2J\u001b]0;title\u0007 not json"));
        toOpen.add(Files.write(dir.resolve("huge.json"), new byte[ScenarioFiles.MAX_BYTES + 10]));
        toOpen.add(Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}));
        toOpen.add(dir.resolve("missing.json"));
        toOpen.add(Files.createDirectory(dir.resolve("folder.json")));

        previousUncaught = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler record = (t, e) -> uncaught.add(e);
        Thread.setDefaultUncaughtExceptionHandler(record);
        showApp();
        onEdtRun(() -> {
            previousRepaints = RepaintManager.currentManager(app);
            RepaintManager.setCurrentManager(repaints);
            Thread.currentThread().setUncaughtExceptionHandler(record);
            // A hover shows its tooltip at once, as a hand resting there would see it.
            previousTooltipDelay = ToolTipManager.sharedInstance().getInitialDelay();
            ToolTipManager.sharedInstance().setInitialDelay(0);
        });
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previousUncaught);
        onEdtRun(() -> {
            MenuSelectionManager.defaultManager().clearSelectedPath();
            for (Window w : Window.getWindows()) {
                if (w instanceof Dialog && w.isShowing()) {
                    w.dispose();
                }
            }
            Thread.currentThread().setUncaughtExceptionHandler(null);
            RepaintManager.setCurrentManager(previousRepaints);
            ToolTipManager.sharedInstance().setInitialDelay(previousTooltipDelay);
            Zoom.install(100);
            Theme.LIGHT.install();
        });
    }

    @Test
    void thousandsOfRandomUserActionsThrowNothingAndTouchSwingOnlyOnTheEventThread() {
        long start = System.nanoTime();
        while (done < ACTIONS && uncaught.isEmpty() && repaints.violations().isEmpty()) {
            // One step per round trip: what it posts is handled before the next step runs.
            UserEvents.settle(() -> {
                step();
                return null;
            });
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("Monkey: " + done + " actions in " + seconds + " s, seed " + SEED);
        assertThat(uncaught).as(failure("uncaught exceptions")).isEmpty();
        assertThat(repaints.violations()).as(failure("Swing changed off the event thread")).isEmpty();
        assertThat(done).isEqualTo(ACTIONS);

        // After all that (the last action finished, its dialogs answered), the window still trains from the keys.
        while (pending != null || UserEvents.settle(this::screen).dialog() != null) {
            UserEvents.settle(() -> {
                step();
                return null;
            });
        }
        onEdtRun(() -> {
            MenuSelectionManager.defaultManager().clearSelectedPath();
            model().pause();
            model().setSpeed(GlassboxModel.MAX_SPEED);
            model().reset();
        });
        Component network = onEdt(() -> find(app, "networkView"));
        onEdtRun(() -> hand.click(network, new Point(5, 5), MouseEvent.BUTTON1, 1, 0));
        UserEvents.settle();
        onEdtRun(() -> hand.key(KeyEvent.VK_RIGHT, 0));
        UserEvents.settle();
        assertThat(onEdt(() -> model().epoch())).as(failure("Right after the monkey")).isEqualTo(1);
    }

    // ---------------------------------------------------------------- the log and the failure

    private String failure(String what) {
        StringBuilder s = new StringBuilder(what).append(" after ").append(done).append(" actions, seed ")
                .append(SEED).append(" (replay with -Dglassbox.monkey.seed=").append(SEED).append("); the last ")
                .append(lastActions.size()).append(" actions:");
        lastActions.forEach(a -> s.append("\n  ").append(a));
        synchronized (uncaught) {
            for (Throwable e : uncaught) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                s.append('\n').append(trace);
            }
        }
        repaints.violations().forEach(v -> s.append('\n').append(v));
        return s.toString();
    }

    private void log(String action) {
        if (TRACE) {
            System.out.println("monkey " + done + ": " + action);
        }
        lastActions.addLast(done + ": " + action);
        if (lastActions.size() > LOGGED) {
            lastActions.removeFirst();
        }
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A component as the log names it: its class, its name, its text. */
    private static String describe(Component c) {
        if (c == null) {
            return "nothing";
        }
        String type = c.getClass().getSimpleName().isEmpty() ? c.getClass().getName() : c.getClass().getSimpleName();
        return type + (c.getName() != null ? " " + c.getName() : "")
                + (c instanceof AbstractButton b && b.getText() != null && !b.getText().isEmpty()
                        ? " \"" + b.getText() + "\"" : "");
    }

    // ---------------------------------------------------------------- actions

    /**
     * The next step, on the event thread: answering the dialog that shows, else showing the window
     * again if it was hidden, else the second half of the last action (its menu or popup now open,
     * its field focused), else a new random action. Each posts its events and returns.
     */
    private void step() {
        Screen now = screen();
        if (now.dialog() != null) {
            if (++answers > 12) {
                throw new AssertionError(failure("a dialog that does not close"));
            }
            answer(now.dialog());
            return;
        }
        answers = 0;
        if (!now.windowShowing()) {
            log("the window was hidden (Quit from the keyboard): show it again");
            app.setVisible(true);
            return;
        }
        if (pending != null) {
            Runnable next = pending;
            pending = null;
            next.run();
            return;
        }
        random = new Random(SEED * 1_000_003L + done);
        act(random.nextInt(1000));
        done++;
    }

    /** A kind of action and its share of every 1000 actions. */
    private record Kind(int share, Runnable act) {
    }

    /**
     * Every kind of action by its share: the mouse and the keys most; a file, the zoom and the theme
     * now and then (a restyle of the whole window is the costliest step). The shares add up to 1000.
     */
    private final List<Kind> kinds = List.of(
            new Kind(180, this::click),
            new Kind(120, this::hover),
            new Kind(70, this::drag),
            new Kind(30, this::rightClick),
            new Kind(30, this::wheel),
            new Kind(230, this::key),
            new Kind(30, this::typeLearningRate),
            new Kind(60, () -> openCombo(pick(COMBOS))),
            new Kind(20, () -> comboKeys(pick(COMBOS))),
            new Kind(90, this::clickButton),
            new Kind(10, this::resize),
            new Kind(20, () -> openMenu(p -> p.get(p.size() - 1).getText().startsWith("Open"))),
            new Kind(10, this::dropFiles),
            new Kind(90, () -> openMenu(p -> !isZoom(p))),
            new Kind(5, () -> openMenu(MonkeyGuiTest::isZoom)),
            new Kind(3, () -> openCombo("themeCombo")),
            new Kind(2, () -> comboKeys("themeCombo")));

    /** The kind of action {@code r} (from 0 to 999) falls on, made. */
    private void act(int r) {
        int from = 0;
        for (Kind k : kinds) {
            from += k.share();
            if (r < from) {
                k.act().run();
                return;
            }
        }
        throw new IllegalStateException("the shares add up to " + from + ", not 1000");
    }

    /** Every showing component of every showing window (the window, its popups and dialogs). */
    private static List<Component> showingComponents() {
        List<Component> all = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w.isShowing()) {
                collect(w, all);
            }
        }
        return all;
    }

    private static void collect(Container root, List<Component> into) {
        for (Component c : root.getComponents()) {
            if (c.isShowing() && c.getWidth() > 0 && c.getHeight() > 0) {
                into.add(c);
                if (c instanceof Container child) {
                    collect(child, into);
                }
            }
        }
    }

    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container child) {
                Component found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Component showing(String name) {
        Component c = find(app, name);
        return c != null && c.isShowing() && c.getWidth() > 0 && c.getHeight() > 0 ? c : null;
    }

    /** What the mouse aims at: a named view, the whole window, or any component showing anywhere. */
    private Component target() {
        int r = random.nextInt(10);
        if (r < 4) {
            Component c = showing(pick(VIEWS));
            if (c != null) {
                return c;
            }
        }
        if (r < 7) {
            return app.getRootPane();
        }
        return pick(showingComponents());
    }

    /** A random point of {@code c} that is on screen and not scrolled away; null if there is none. */
    private Point somewhere(Component c) {
        Rectangle visible = c instanceof JComponent j ? j.getVisibleRect() : new Rectangle(c.getSize());
        Window w = c instanceof Window win ? win : SwingUtilities.getWindowAncestor(c);
        if (w == null || visible.isEmpty()) {
            return null;
        }
        Rectangle inWindow = SwingUtilities.convertRectangle(c, visible, w).intersection(new Rectangle(w.getSize()));
        if (inWindow.isEmpty()) {
            return null;
        }
        Point p = new Point(inWindow.x + random.nextInt(inWindow.width), inWindow.y + random.nextInt(inWindow.height));
        return SwingUtilities.convertPoint(w, p, c);
    }

    /** Whether the mouse at {@code p} on {@code c} would hit the Quit item, which a monkey must not choose. */
    private static boolean onQuit(Component c, Point p) {
        return hit(c, p) instanceof JMenuItem item && "Quit".equals(item.getText());
    }

    /** The innermost component at {@code p} on {@code c}: where AWT delivers the mouse there. */
    private static Component hit(Component c, Point p) {
        Window w = c instanceof Window win ? win : SwingUtilities.getWindowAncestor(c);
        Point at = SwingUtilities.convertPoint(c, p, w);
        return SwingUtilities.getDeepestComponentAt(w, at.x, at.y);
    }

    /** " on X at x,y" for the log: the component under the mouse and the point on {@code c}. */
    private static String at(Component c, Point p) {
        return " on " + describe(hit(c, p)) + " at " + p.x + "," + p.y + " of " + describe(c);
    }

    private void click() {
        Component c = target();
        Point p = somewhere(c);
        if (p == null || onQuit(c, p)) {
            return;
        }
        int count = random.nextInt(6) == 0 ? 2 : 1;
        int modifiers = random.nextInt(12) == 0 ? (random.nextBoolean() ? SHIFT : CTRL) : 0;
        log("click " + count + "x" + (modifiers == 0 ? "" : " " + InputEvent.getModifiersExText(modifiers)) + at(c, p));
        hand.click(c, p, MouseEvent.BUTTON1, count, modifiers);
    }

    private void rightClick() {
        Component c = target();
        Point p = somewhere(c);
        if (p == null) {
            return;
        }
        log("right-click" + at(c, p));
        hand.click(c, p, MouseEvent.BUTTON3, 1, 0);
    }

    private void hover() {
        Component c = target();
        StringBuilder path = new StringBuilder("hover " + describe(c) + " at");
        for (int k = random.nextInt(6) + 1; k > 0; k--) {
            Point p = somewhere(c);
            if (p == null) {
                return;
            }
            path.append(' ').append(p.x).append(',').append(p.y).append(" (").append(describe(hit(c, p))).append(')');
            hand.move(c, p);
        }
        log(path.toString());
    }

    private void drag() {
        Component c = random.nextBoolean() ? showing("lossChartView") : target();
        if (c == null) {
            return;
        }
        // Mostly within the component; now and then out across the window.
        Component end = random.nextInt(5) == 0 ? app.getRootPane() : c;
        Point from = somewhere(c);
        Point to = somewhere(end);
        if (from == null || to == null || onQuit(c, from)) {
            return;
        }
        to = SwingUtilities.convertPoint(end, to, c);
        log("drag" + at(c, from) + " to " + to.x + "," + to.y);
        hand.drag(c, from, to, 2 + random.nextInt(6));
    }

    private void wheel() {
        Component c = random.nextBoolean() ? showing("lossChartView") : target();
        Point p = c == null ? null : somewhere(c);
        if (p == null || !turnsSomething(c, p)) {
            return;
        }
        int notches = random.nextBoolean() ? 1 : -1;
        int modifiers = random.nextInt(4) == 0 ? CTRL : 0;
        log("wheel " + notches + (modifiers == 0 ? "" : " Ctrl") + at(c, p));
        hand.wheel(c, p, notches, modifiers);
    }

    /**
     * Whether a component under {@code p} listens to the wheel. AWT gives a wheel turn to the
     * innermost such component; with none, to the window's native peer, which under Caciocavallo
     * cannot take it (it throws), while a real one ignores it: the monkey turns the wheel only where
     * something listens.
     */
    private static boolean turnsSomething(Component c, Point p) {
        Window w = c instanceof Window win ? win : SwingUtilities.getWindowAncestor(c);
        Point at = SwingUtilities.convertPoint(c, p, w);
        for (Component hit = SwingUtilities.getDeepestComponentAt(w, at.x, at.y); hit != null; hit = hit.getParent()) {
            if (hit.getMouseWheelListeners().length > 0) {
                return true;
            }
        }
        return false;
    }

    private void key() {
        int[] key = KEYS[random.nextInt(KEYS.length)];
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        log("key " + (key[1] == 0 ? "" : InputEvent.getModifiersExText(key[1]) + "+") + KeyEvent.getKeyText(key[0])
                + " on " + (owner == null ? "nothing" : describe(owner)));
        hand.key(key[0], key[1]);
    }

    private JTextComponent rateField() {
        Container spinner = (Container) find(app, "learningRateSpinner");
        return spinner == null ? null : (JTextComponent) find(spinner, "Spinner.formattedTextField");
    }

    /** Clicks into the learning-rate field, selects all, types a rate and ends with Enter, Escape or Tab. */
    private void typeLearningRate() {
        JTextComponent field = rateField();
        if (field == null || !field.isShowing()) {
            return;
        }
        String text = pick(RATES);
        int[] end = new int[][] {{KeyEvent.VK_ENTER, 0}, {KeyEvent.VK_ESCAPE, 0}, {KeyEvent.VK_TAB, 0}}[random.nextInt(3)];
        log("type learning rate \"" + text + "\" then " + KeyEvent.getKeyText(end[0]));
        hand.click(field, new Point(field.getWidth() / 2, field.getHeight() / 2), MouseEvent.BUTTON1, 1, 0);
        // Once the click has focused the field, the typing goes to it.
        pending = () -> {
            hand.key(KeyEvent.VK_A, CTRL);
            if (text.isEmpty()) {
                hand.key(KeyEvent.VK_BACK_SPACE, 0);
            }
            hand.type(text);
            hand.key(end[0], end[1]);
        };
    }

    private void clickButton() {
        Component b = showing(pick(BUTTONS));
        if (b != null) {
            log("click " + describe(b));
            hand.click(b, new Point(b.getWidth() / 2, b.getHeight() / 2), MouseEvent.BUTTON1, 1, 0);
        }
    }

    /** A window manager's resize, from the smallest size the layout is made for to the screen. */
    private void resize() {
        Dimension size = new Dimension(800 + random.nextInt(567), 560 + random.nextInt(209));
        log("resize the window to " + size.width + "x" + size.height);
        app.setSize(size);
        app.validate();
    }

    /**
     * Files dragged from a file manager and dropped on the window: its transfer handler gets them
     * as a drop delivers them (AWT's drag and drop needs a native peer, which Caciocavallo lacks).
     */
    private void dropFiles() {
        List<File> files = new ArrayList<>();
        for (int k = random.nextInt(3); k >= 0; k--) {
            files.add(pick(toOpen).toFile());
        }
        log("drop " + files.stream().map(File::getName).toList() + " on the window");
        Transferable dropped = new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
                if (!isDataFlavorSupported(flavor)) {
                    throw new UnsupportedFlavorException(flavor);
                }
                return files;
            }
        };
        TransferHandler handler = app.getTransferHandler();
        TransferHandler.TransferSupport drop = new TransferHandler.TransferSupport(app.getRootPane(), dropped);
        if (handler.canImport(drop)) {
            handler.importData(drop);
        }
    }

    // ---------------------------------------------------------------- combos


    /** Clicks a combo open; its popup's row is clicked once it shows. */
    private void openCombo(String name) {
        Component c = showing(name);
        if (!(c instanceof JComboBox<?> combo)) {
            return;
        }
        log("open " + describe(combo));
        hand.click(combo, new Point(combo.getWidth() - 6, combo.getHeight() / 2), MouseEvent.BUTTON1, 1, 0);
        pending = () -> clickInComboPopup(combo);
    }

    private void clickInComboPopup(JComboBox<?> combo) {
        JList<?> list = comboList();
        if (!combo.isPopupVisible() || list == null || list.getModel().getSize() == 0) {
            log("  (" + describe(combo) + " shows no popup)");
            return;
        }
        int row = random.nextInt(list.getModel().getSize());
        list.ensureIndexIsVisible(row);
        Rectangle cell = list.getCellBounds(row, row);
        if (cell == null) {
            return;
        }
        log("  choose row " + row + " of " + describe(combo) + ": " + list.getModel().getElementAt(row));
        hand.click(list, new Point(cell.x + cell.width / 2, cell.y + cell.height / 2), MouseEvent.BUTTON1, 1, 0);
    }

    /** The list of the combo popup showing now, in whichever window it shows. */
    private static JList<?> comboList() {
        for (Component c : showingComponents()) {
            if (c instanceof JList<?> list && SwingUtilities.getAncestorOfClass(JPopupMenu.class, list) != null) {
                return list;
            }
        }
        return null;
    }

    /** Tabs to a combo the way the mouse does (a click, then Escape closes its popup) and steps it with Up or Down. */
    private void comboKeys(String name) {
        Component c = showing(name);
        if (!(c instanceof JComboBox<?> combo)) {
            return;
        }
        int key = random.nextBoolean() ? KeyEvent.VK_UP : KeyEvent.VK_DOWN;
        log("step " + describe(combo) + " with " + KeyEvent.getKeyText(key));
        hand.click(combo, new Point(combo.getWidth() / 3, combo.getHeight() / 2), MouseEvent.BUTTON1, 1, 0);
        hand.key(KeyEvent.VK_ESCAPE, 0);
        hand.key(key, 0);
    }

    // ---------------------------------------------------------------- menus

    /** Clicks a menu of the bar open for an item (or submenu) that {@code which} accepts; the item follows. */
    private void openMenu(Predicate<List<JMenuItem>> which) {
        JMenuBar bar = app.getJMenuBar();
        List<List<JMenuItem>> paths = new ArrayList<>();
        for (int m = 0; m < bar.getMenuCount(); m++) {
            leaves(List.of(bar.getMenu(m)), paths);
        }
        List<JMenuItem> path = pick(paths.stream().filter(which).toList());
        MenuSelectionManager.defaultManager().clearSelectedPath();
        JMenu top = (JMenu) path.get(0);
        log("menu " + String.join(" > ", path.stream().map(AbstractButton::getText).toList()));
        hand.click(top, new Point(top.getWidth() / 2, top.getHeight() / 2), MouseEvent.BUTTON1, 1, 0);
        pending = () -> clickMenuItem(path);
    }

    /** Whether {@code path} leads to a presentation zoom. */
    private static boolean isZoom(List<JMenuItem> path) {
        return path.get(path.size() - 1).getName() != null && path.get(path.size() - 1).getName().startsWith("zoom");
    }

    /** Every enabled item under {@code path}'s last menu, as the path to it; never Quit. */
    private static void leaves(List<JMenuItem> path, List<List<JMenuItem>> into) {
        JMenu menu = (JMenu) path.get(path.size() - 1);
        for (Component c : menu.getMenuComponents()) {
            if (c instanceof JMenuItem item && !"Quit".equals(item.getText())) {
                List<JMenuItem> longer = new ArrayList<>(path);
                longer.add(item);
                if (item instanceof JMenu sub && sub.getMenuComponentCount() > 0) {
                    into.add(longer); // hovering the submenu open, then maybe choosing nothing
                    leaves(longer, into);
                } else {
                    into.add(longer);
                }
            }
        }
    }

    /**
     * With the top menu open, opens the submenus on the way (as hovering them does, after the menu
     * delay) and clicks the item in its popup.
     */
    private void clickMenuItem(List<JMenuItem> path) {
        JMenu top = (JMenu) path.get(0);
        if (!top.isPopupMenuVisible()) {
            log("  (" + top.getText() + " did not open)");
            return;
        }
        List<MenuElement> selection = new ArrayList<>(List.of(app.getJMenuBar(), top, top.getPopupMenu()));
        for (JMenuItem item : path.subList(1, path.size())) {
            if (item instanceof JMenu sub) {
                // A submenu's items are made as it opens (Open recent): pick among them now.
                selection.add(sub);
                selection.add(sub.getPopupMenu());
                MenuSelectionManager.defaultManager().setSelectedPath(selection.toArray(MenuElement[]::new));
            }
        }
        JMenuItem last = path.get(path.size() - 1);
        JMenuItem item = last instanceof JMenu sub ? anyItemOf(sub) : last;
        if (item == null || !item.isShowing()) {
            log("  (nothing to choose in " + last.getText() + ")");
            return;
        }
        log("  choose " + describe(item));
        hand.click(item, new Point(item.getWidth() / 2, item.getHeight() / 2), MouseEvent.BUTTON1, 1, 0);
    }

    private JMenuItem anyItemOf(JMenu menu) {
        List<JMenuItem> items = Arrays.stream(menu.getMenuComponents()).filter(c -> c instanceof JMenuItem)
                .map(c -> (JMenuItem) c).toList();
        return items.isEmpty() || random.nextInt(3) == 0 ? null : pick(items);
    }

    // ---------------------------------------------------------------- dialogs and the window

    /** What the test looks at between actions: the topmost dialog showing, and whether the window shows. */
    private record Screen(Dialog dialog, boolean windowShowing) {
    }

    private Screen screen() {
        Dialog top = Arrays.stream(Window.getWindows()).filter(w -> w instanceof Dialog && w.isShowing())
                .map(w -> (Dialog) w).reduce((a, b) -> b).orElse(null);
        return new Screen(top, app.isShowing());
    }

    private void answer(Dialog dialog) {
        JFileChooser chooser = descendant(dialog, JFileChooser.class);
        if (chooser != null) {
            answerChooser(chooser);
            return;
        }
        List<JButton> buttons = descendants(dialog, JButton.class);
        // A tool window (the sweep) is explored a while, then closed, as a user done with it would.
        boolean doneWithToolWindow = !dialog.isModal() && answers > 6;
        if (buttons.isEmpty() || doneWithToolWindow || random.nextInt(5) == 0) {
            log("answer \"" + dialog.getTitle() + "\" with Escape");
            hand.key(KeyEvent.VK_ESCAPE, 0);
            if (buttons.isEmpty()) {
                dialog.setVisible(false);
            }
            return;
        }
        JButton button = pick(buttons);
        log("answer \"" + dialog.getTitle() + "\": " + button.getText());
        hand.click(button, new Point(button.getWidth() / 2, button.getHeight() / 2), MouseEvent.BUTTON1, 1, 0);
    }

    /** Types a file's path into the chooser's name field and clicks its approve button, or cancels. */
    private void answerChooser(JFileChooser chooser) {
        List<JButton> buttons = descendants(chooser, JButton.class);
        String approve = chooser.getUI().getApproveButtonText(chooser);
        JButton ok = buttons.stream().filter(b -> approve.equals(b.getText())).findFirst().orElse(null);
        JButton cancel = buttons.stream().filter(b -> "Cancel".equals(b.getText())).findFirst().orElse(null);
        JTextField name = descendants(chooser, JTextField.class).stream().filter(JTextField::isEditable)
                .findFirst().orElse(null);
        if (random.nextInt(6) == 0 || ok == null || name == null) {
            log("cancel the file chooser");
            if (cancel != null) {
                hand.click(cancel, new Point(cancel.getWidth() / 2, cancel.getHeight() / 2), MouseEvent.BUTTON1, 1, 0);
            } else {
                chooser.cancelSelection();
            }
            return;
        }
        Path file;
        if (chooser.getDialogType() == JFileChooser.OPEN_DIALOG) {
            file = pick(toOpen);
        } else {
            String[] names = {"out.png", "out", "scenario.json", "trace.csv", "xor.json", "folder.json/x.png"};
            file = dir.resolve(names[random.nextInt(names.length)]);
        }
        log((chooser.getDialogType() == JFileChooser.OPEN_DIALOG ? "open " : "save to ") + dir.relativize(file));
        name.setText(file.toString());
        hand.click(ok, new Point(ok.getWidth() / 2, ok.getHeight() / 2), MouseEvent.BUTTON1, 1, 0);
    }

    private static <T> T descendant(Container root, Class<T> type) {
        List<T> all = descendants(root, type);
        return all.isEmpty() ? null : all.get(0);
    }

    private static <T> List<T> descendants(Container root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && c.isShowing()) {
                found.add(type.cast(c));
            }
            if (c instanceof Container child) {
                found.addAll(descendants(child, type));
            }
        }
        return found;
    }
}
