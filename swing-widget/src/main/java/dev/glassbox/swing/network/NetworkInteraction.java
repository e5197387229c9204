package dev.glassbox.swing.network;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.FocusEvent;
import java.awt.event.FocusListener;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * What the mouse and keyboard do on a {@link NetworkView}: hovering sets the model's hovered
 * element (leaving clears it), pressing selects; Tab, Shift+Tab and the arrows move the focus
 * cursor (see {@link FocusOrder}), Enter or Space select it, Escape clears the selection; F2, or
 * Enter on the selected element, edits its value ({@link ParameterEditing}, which also handles the
 * clicks and drags that set a value). Like a table, the view keeps Tab for itself; Ctrl+Tab moves
 * focus on.
 */
final class NetworkInteraction extends MouseAdapter implements FocusListener {
    private final NetworkView view;
    private final GlassboxModel model;
    /** What this view last put into the model as hovered, so leaving clears only its own hover. */
    private NetworkElement hovered;

    private NetworkInteraction(NetworkView view) {
        this.view = view;
        this.model = view.model();
    }

    static void install(NetworkView view) {
        NetworkInteraction i = new NetworkInteraction(view);
        view.addMouseListener(i);
        view.addMouseMotionListener(i);
        view.addFocusListener(i);
        view.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, Set.of(KeyStroke.getKeyStroke("ctrl TAB")));
        view.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS,
                Set.of(KeyStroke.getKeyStroke("ctrl shift TAB")));
        i.bindMove("right", (arch, e) -> FocusOrder.horizontal(arch, e, 1), "RIGHT", "KP_RIGHT");
        i.bindMove("left", (arch, e) -> FocusOrder.horizontal(arch, e, -1), "LEFT", "KP_LEFT");
        i.bindMove("down", (arch, e) -> FocusOrder.vertical(arch, e, 1), "DOWN", "KP_DOWN");
        i.bindMove("up", (arch, e) -> FocusOrder.vertical(arch, e, -1), "UP", "KP_UP");
        i.bindMove("next", (arch, e) -> FocusOrder.tab(arch, e, 1), "TAB");
        i.bindMove("previous", (arch, e) -> FocusOrder.tab(arch, e, -1), "shift TAB");
        i.bind("select", () -> i.model.setSelected(i.cursorOrStart()), "SPACE");
        ParameterEditing editing = new ParameterEditing(view);
        // Enter selects the element under the cursor, and on the selected one opens its value for editing.
        i.bind("selectOrEdit", () -> {
            NetworkElement at = i.cursorOrStart();
            if (at.equals(i.model.selected())) {
                editing.open(at);
            } else {
                i.model.setSelected(at);
            }
        }, "ENTER");
        i.bind("edit", () -> {
            NetworkElement at = i.cursorOrStart();
            i.model.setSelected(at);
            editing.open(at);
        }, "F2");
        i.bind("clearSelection", () -> i.model.setSelected(null), "ESCAPE");
    }

    private void bindMove(String name, BiFunction<Architecture, NetworkElement, NetworkElement> step, String... keys) {
        // The first key press shows the cursor where it starts; later ones move it.
        bind(name, () -> view.moveCursor(view.cursor() == null ? view.cursorStart()
                : step.apply(model.architecture(), view.cursor())), keys);
    }

    private void bind(String name, Runnable action, String... keys) {
        for (String key : keys) {
            view.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key), name);
        }
        view.getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    private NetworkElement cursorOrStart() {
        if (view.cursor() == null) {
            view.moveCursor(view.cursorStart());
        }
        return view.cursor();
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        hovered = view.networkLayout().elementAt(e.getX(), e.getY());
        model.setHovered(hovered);
    }

    @Override
    public void mouseExited(MouseEvent e) {
        if (hovered != null && Objects.equals(model.hovered(), hovered)) {
            model.setHovered(null);
        }
        hovered = null;
    }

    @Override
    public void mousePressed(MouseEvent e) {
        if (!SwingUtilities.isLeftMouseButton(e)) {
            return;
        }
        // An application may keep clicks from taking the focus (its own keys, e.g. Space, stay live).
        if (view.isRequestFocusEnabled()) {
            view.requestFocusInWindow();
        }
        NetworkElement hit = view.networkLayout().elementAt(e.getX(), e.getY());
        model.setSelected(hit);
        if (hit != null) {
            view.moveCursor(hit);
        }
    }

    @Override
    public void focusGained(FocusEvent e) {
        if (view.cursor() == null) {
            view.moveCursor(view.cursorStart());
        } else {
            view.repaint();
            view.announce();
        }
    }

    @Override
    public void focusLost(FocusEvent e) {
        view.repaint();
        view.announce();
    }
}
