package dev.glassbox.swing.undo;

import dev.glassbox.swing.internal.action.Commands;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.PlaybackEvent;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.undo.UndoManager;
import javax.swing.undo.UndoableEdit;

/**
 * Undo and Redo for one model, as Swing {@link Action}s over a {@link UndoManager} that records
 * every undoable edit the model posts ({@link GlassboxModel#addUndoableEditListener}). Their names
 * say what they will undo or redo ("Undo set w hidden 1 → output", "Redo play from epoch 0"),
 * and they are enabled only when there is something to undo or redo, and no undo or redo is still
 * training a long history again ({@link GlassboxModel#isRetraining()}). Both pause playback first, so
 * that undoing a run of play returns to the epoch where it started.
 *
 * <p>Keys ({@link #installKeys}): Undo Ctrl+Z, Redo Ctrl+Shift+Z and Ctrl+Y, with the platform's
 * menu shortcut key ({@link Toolkit#getMenuShortcutKeyMaskEx()}: ⌘ on macOS) in place of Ctrl.
 * {@code GlassboxPanel} installs them; an application that lays out the parts itself creates its
 * own and calls {@link #installKeys} on its root pane.
 *
 * <p>Memory stays bounded: the manager keeps at most {@link #LIMIT} edits, and an edit holds a few
 * numbers (an element and two values, two epochs, or two checkpoints of the session), never a copy
 * of the history.
 */
public final class UndoActions {
    /** The most edits kept: older ones can no longer be undone. */
    public static final int LIMIT = 1000;

    private final GlassboxModel model;
    private final Edits manager = new Edits();
    private final Action undo;
    private final Action redo;

    /**
     * Undo and Redo for {@code model}, recording from now on, for as long as the model lives (its
     * {@link GlassboxModel#close()} ends the recording); the names and enabled states follow it.
     *
     * @param model the model whose changes are recorded
     * @throws IllegalStateException if called off the event thread
     */
    public UndoActions(GlassboxModel model) {
        EventThread.require("UndoActions.new");
        this.model = model;
        manager.setLimit(LIMIT);
        int menu = Commands.menuShortcutKey();
        undo = Commands.command(Messages.text("undo.undo"), KeyEvent.VK_U, KeyStroke.getKeyStroke(KeyEvent.VK_Z, menu), this::undoLast);
        redo = Commands.command(Messages.text("undo.redo"), KeyEvent.VK_R,
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, menu | InputEvent.SHIFT_DOWN_MASK), this::redoLast);
        model.addUndoableEditListener(e -> {
            manager.undoableEditHappened(e);
            refresh();
        });
        model.addPlaybackListener(e -> {
            if (e.kind() == PlaybackEvent.Kind.RETRAINING || e.kind() == PlaybackEvent.Kind.RETRAINED) {
                refresh();
            }
        });
        refresh();
    }

    /**
     * Undoes the last change; named "Undo " and what it undoes. Key: Ctrl+Z (⌘Z).
     *
     * @return the undo action
     */
    public Action undo() {
        return undo;
    }

    /**
     * Redoes the change undone last; named "Redo " and what it redoes. Keys: Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y.
     *
     * @return the redo action
     */
    public Action redo() {
        return redo;
    }

    /**
     * Both commands, as a menu shows them.
     *
     * @return undo, then redo
     */
    public List<Action> all() {
        return List.of(undo, redo);
    }

    /**
     * The manager holding the edits, e.g. to {@link UndoManager#discardAllEdits() discard} them when a
     * course starts a new exercise.
     *
     * @return this model's undo manager
     */
    public UndoManager manager() {
        return manager;
    }

    /**
     * Binds Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on macOS) anywhere in {@code root}'s window.
     *
     * @param root the component whose window the keys work in, typically a root pane or the panel
     * @throws IllegalStateException if called off the event thread
     */
    public void installKeys(JComponent root) {
        EventThread.require("UndoActions.installKeys");
        int menu = Commands.menuShortcutKey();
        bind(root, (KeyStroke) undo.getValue(Action.ACCELERATOR_KEY), "glassbox.undo", undo);
        bind(root, (KeyStroke) redo.getValue(Action.ACCELERATOR_KEY), "glassbox.redo", redo);
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_Y, menu), "glassbox.redo", redo);
    }

    private static void bind(JComponent root, KeyStroke key, String name, Action action) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, name);
        root.getActionMap().put(name, action);
    }

    private void undoLast() {
        model.pause();
        if (manager.canUndo()) {
            manager.undo();
        }
        refresh();
    }

    private void redoLast() {
        model.pause();
        if (manager.canRedo()) {
            manager.redo();
        }
        refresh();
    }

    private void refresh() {
        String undoName = name(manager.nextUndo(), "undo.undo", "undo.undoNamed");
        undo.putValue(Action.NAME, undoName);
        undo.putValue(Action.SHORT_DESCRIPTION, undoName);
        // Not while an undo or redo trains a long history again: the next waits until it is done.
        boolean idle = !model.isRetraining();
        undo.setEnabled(idle && manager.canUndo());
        String redoName = name(manager.nextRedo(), "undo.redo", "undo.redoNamed");
        redo.putValue(Action.NAME, redoName);
        redo.putValue(Action.SHORT_DESCRIPTION, redoName);
        redo.setEnabled(idle && manager.canRedo());
    }

    /** "Undo" alone, or "Undo " and what the edit does, in the widget's words (not Swing's own). */
    private static String name(UndoableEdit edit, String alone, String named) {
        return edit == null || edit.getPresentationName().isEmpty() ? Messages.text(alone)
                : Messages.text(named, edit.getPresentationName());
    }

    /** The manager, letting the names see the next edit either way. */
    private static final class Edits extends UndoManager {
        private static final long serialVersionUID = 1L;

        UndoableEdit nextUndo() {
            return canUndo() ? editToBeUndone() : null;
        }

        UndoableEdit nextRedo() {
            return canRedo() ? editToBeRedone() : null;
        }
    }
}
