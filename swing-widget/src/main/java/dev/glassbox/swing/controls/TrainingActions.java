package dev.glassbox.swing.controls;

import dev.glassbox.swing.internal.action.Commands;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.model.Phase;
import java.awt.Component;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/**
 * The training commands of one model as Swing {@link Action}s — play/pause, step one epoch, reset,
 * next phase — so that buttons, menu items and keys all run the same command and show the same
 * name, mnemonic, key and enabled state. Each carries {@link Action#NAME} (the button's text, e.g.
 * "Play" or "Pause"), {@link Action#MNEMONIC_KEY}, {@link Action#ACCELERATOR_KEY} (the key
 * {@link #installKeys} binds), {@link Action#SHORT_DESCRIPTION} (tooltip and accessible
 * description) and {@link Action#LONG_DESCRIPTION} (what the key does, as a list of shortcuts
 * shows it).
 *
 * <p>They follow the model while their owner component is displayable: play, step and next phase
 * are disabled once the session has diverged (only a reset recovers), every command while an undo
 * or redo trains a long history again ({@link GlassboxModel#isRetraining()}), Play reads "Pause"
 * while playing, and next phase names the phase it will run.
 *
 * <pre>{@code
 * TrainingActions actions = glassbox.trainingControls().actions();
 * menu.add(new JMenuItem(actions.playPause()));
 * }</pre>
 */
public final class TrainingActions {
    /** Every name the play/pause action takes, so that its button can be as wide as the widest. */
    static final List<String> PLAY_PAUSE_NAMES = List.of("Play", "Pause");
    /** Every name the next-phase action takes, so that its button can be as wide as the widest. */
    static final List<String> NEXT_PHASE_NAMES = List.of("Phase: forward", "Phase: forward…", "Phase: backward",
            "Phase: backward…", "Phase: update", "Phase: update…");
    private final GlassboxModel model;
    private final Action playPause;
    private final Action step;
    private final Action reset;
    private final Action nextPhase;
    private final Action continueHere;
    private final Action bookmark;
    private final Action showPresent;
    private final Action runToEpoch;
    private final Action runUntilLoss;
    /** The fields the runs to a goal are typed in, once controls showing them use these actions. */
    private RunControls runFields;

    /**
     * The training commands of {@code model}, following its state while {@code owner} is displayable.
     *
     * @param model the model the commands act on
     * @param owner the component whose lifetime the actions' model listener shares (typically the
     *              panel that shows them); the model does not keep the actions once it is gone
     */
    public TrainingActions(GlassboxModel model, Component owner) {
        this.model = model;
        playPause = command(PLAY_PAUSE_NAMES.get(0), KeyEvent.VK_P, KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0),
                "Play or pause training (Space)", "Play / pause", model::togglePlay);
        step = command("Step", KeyEvent.VK_S, KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, 0),
                "Train one epoch, animated: forward, backward, update (Right arrow)", "Step one epoch",
                model::stepEpoch);
        reset = command("Reset", KeyEvent.VK_R, KeyStroke.getKeyStroke(KeyEvent.VK_R, 0),
                "Back to the scenario's starting weights (R)", "Reset to the starting weights", model::reset);
        nextPhase = command(NEXT_PHASE_NAMES.get(0), KeyEvent.VK_A,
                KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, InputEvent.SHIFT_DOWN_MASK),
                "Run the next phase of the epoch and stop: forward, then backward, then update (Shift+Right arrow)",
                "Run the next phase of the epoch", model::stepPhase);
        continueHere = command("Continue from here", KeyEvent.VK_C, null,
                "Make the epoch viewed on the timeline the present: the later epochs are dropped",
                "Continue from the viewed epoch", model::continueFromViewedEpoch);
        int menu = Commands.menuShortcutKey();
        bookmark = command("Add bookmark…", KeyEvent.VK_B, KeyStroke.getKeyStroke(KeyEvent.VK_B, menu),
                "Mark the epoch shown with a label, on the chart and the timeline (saved with the scenario)",
                "Bookmark the epoch shown", () -> BookmarkDialog.ask(owner, model));
        showPresent = command("Show present", KeyEvent.VK_H, KeyStroke.getKeyStroke(KeyEvent.VK_P, menu),
                "Back from the epoch viewed on the timeline to the last epoch trained", "Show the present",
                model::showPresent);
        runToEpoch = command("Run to epoch…", KeyEvent.VK_E, KeyStroke.getKeyStroke(KeyEvent.VK_G, menu),
                "Type the epoch to train to in its field; Enter runs", "Run to an epoch",
                () -> runFields.typeEpoch());
        runUntilLoss = command("Run until loss below…", KeyEvent.VK_L, KeyStroke.getKeyStroke(KeyEvent.VK_L, menu),
                "Type the loss to get below in its field; Enter runs", "Run until the loss is below ε",
                () -> runFields.typeLoss());
        refresh();
        ModelBinding.whileDisplayable(owner, model)
                .onTraining(e -> refresh())
                .onAnimation(e -> refresh())
                .onPlayback(e -> refresh())
                .onAttach(this::refresh);
    }

    /**
     * Play if paused, pause if playing; named "Play" or "Pause" accordingly. Key: Space.
     *
     * @return the play/pause action
     */
    public Action playPause() {
        return playPause;
    }

    /**
     * Trains one epoch (animated below bulk speed). Key: Right arrow.
     *
     * @return the step action
     */
    public Action step() {
        return step;
    }

    /**
     * Back to the scenario's starting weights; the one command left once the session diverged. Key: R.
     *
     * @return the reset action
     */
    public Action reset() {
        return reset;
    }

    /**
     * Runs the next animation phase (forward, backward, update) and stops; named after that phase.
     * Key: Shift+Right arrow.
     *
     * @return the next-phase action
     */
    public Action nextPhase() {
        return nextPhase;
    }

    /**
     * Makes the epoch viewed on the timeline the present ({@link GlassboxModel#continueFromViewedEpoch()}):
     * the later epochs are dropped. Enabled while a past epoch is viewed; it has no key (Play and Step
     * from a past epoch do the same before they train). Not among {@link #all()}, the keyed commands.
     *
     * @return the continue-from-here action
     */
    public Action continueFromHere() {
        return continueHere;
    }

    /**
     * Marks the {@linkplain GlassboxModel#viewedEpoch() epoch shown} with a label the user types in a
     * dialog ({@link GlassboxModel#addBookmark}); an emptied label removes its bookmark. Key: Ctrl+B
     * (⌘B), bound by a menu item made from it; not among {@link #all()}.
     *
     * @return the bookmark action
     */
    public Action bookmark() {
        return bookmark;
    }

    /**
     * Views the present again, from a past epoch viewed on the timeline ({@link GlassboxModel#showPresent()}).
     * Enabled while a past epoch is viewed. Key: Ctrl+P (⌘P), bound by a menu item made from it; not
     * among {@link #all()}.
     *
     * @return the show-present action
     */
    public Action showPresent() {
        return showPresent;
    }

    /**
     * Puts the focus in the field of "Run to epoch" with its number selected, to type the epoch; Enter
     * in the field runs ({@link GlassboxModel#runToEpoch}). Enabled while training can go on and the
     * {@link TrainingControls} running these actions show that field. Key: Ctrl+G (⌘G), bound by a
     * menu item made from it; not among {@link #all()}.
     *
     * @return the run-to-epoch action
     */
    public Action runToEpoch() {
        return runToEpoch;
    }

    /**
     * Puts the focus in the field of "Run until loss &lt;" with its number selected, to type ε; Enter
     * in the field runs ({@link GlassboxModel#runUntilLossBelow}, stopping at the epoch of "Run to
     * epoch" if the loss is not below ε by then). Enabled as {@link #runToEpoch()}. Key: Ctrl+L (⌘L),
     * bound by a menu item made from it; not among {@link #all()}.
     *
     * @return the run-until-loss action
     */
    public Action runUntilLoss() {
        return runUntilLoss;
    }

    /** The controls whose fields the runs to a goal are typed in (called by {@link TrainingControls}). */
    void runFields(RunControls fields) {
        runFields = fields;
        refresh();
    }

    /**
     * Every command, in the order a list of shortcuts shows them: play/pause, step, reset, next phase.
     *
     * @return the four actions
     */
    public List<Action> all() {
        return List.of(playPause, step, reset, nextPhase);
    }

    /**
     * Binds the actions' keys on {@code root} and everything in it, for as long as it is displayable,
     * so that they work wherever the focus is: inside {@code root} before the focused component's
     * own use of them (Space plays rather than opening a focused combo's popup, Right steps rather
     * than moving a slider), elsewhere in its window when the focused component leaves them unused.
     * An editable text field keeps its typing: a letter (R) always types; Space and the arrows type
     * once the user has typed into the field, until Enter commits, Escape reverts or the focus
     * leaves it. While a menu is open its keys are its own. {@code GlassboxPanel} does this for
     * itself; an application that lays out the parts itself calls it on its root pane.
     *
     * @param root the component whose descendants the keys come first in, and whose window they work in
     * @throws IllegalStateException if called off the event thread
     */
    public void installKeys(JComponent root) {
        EventThread.require("TrainingActions.installKeys");
        TrainingKeys.install(root, this);
    }

    /**
     * How a key stroke reads in a list of shortcuts or a menu: "Space", "R", "Right arrow",
     * "Shift+Right arrow", "Ctrl+O". A list of the training keys reads each action's
     * {@link Action#ACCELERATOR_KEY} through this.
     *
     * @param key a key stroke
     * @return its modifiers and key as shown to the user
     */
    public static String keyText(KeyStroke key) {
        return TrainingKeys.describe(key);
    }

    private static Action command(String name, int mnemonic, KeyStroke key, String tooltip, String what,
                                  Runnable run) {
        Action a = Commands.command(name, mnemonic, key, run);
        a.putValue(Action.SHORT_DESCRIPTION, tooltip);
        a.putValue(Action.LONG_DESCRIPTION, what);
        return a;
    }

    private void refresh() {
        // While an undo or redo trains a long history again, no command runs until it is done.
        boolean idle = !model.isRetraining();
        boolean trainable = idle && model.session().divergence().isEmpty();
        playPause.putValue(Action.NAME, PLAY_PAUSE_NAMES.get(model.isPlaying() ? 1 : 0));
        playPause.setEnabled(trainable);
        step.setEnabled(trainable);
        nextPhase.setEnabled(trainable);
        nextPhase.putValue(Action.NAME, NEXT_PHASE_NAMES.get(nextPhaseIndex()));
        reset.setEnabled(idle);
        continueHere.setEnabled(idle && model.isViewingPast());
        showPresent.setEnabled(idle && model.isViewingPast());
        bookmark.setEnabled(idle);
        runToEpoch.setEnabled(trainable && runFields != null);
        runUntilLoss.setEnabled(trainable && runFields != null);
    }

    /** The next phase's name in {@link #NEXT_PHASE_NAMES}: a phase under way ends in "…". */
    private int nextPhaseIndex() {
        Phase p = model.phase();
        boolean done = model.phaseProgress() >= 1.0;
        return switch (p) {
            case IDLE -> 0;
            case FORWARD -> done ? 2 : 1;
            case BACKWARD -> done ? 4 : 3;
            case UPDATE -> done ? 0 : 5;
        };
    }
}
