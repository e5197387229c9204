package dev.glassbox.swing.network;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.swing.internal.edit.ParameterField;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.model.GlassboxModel;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.InputEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * Setting a weight or bias in a {@link NetworkView}. A click on a weight's label, or a double-click
 * on a connection (its weight) or on a neuron past the inputs (its bias), opens an in-place text
 * field, named {@value #FIELD_NAME}, over it: Enter sets the value typed, Escape or leaving the
 * field keeps the old one, and a value the session refuses is named in place while nothing
 * changes ({@link ParameterField}). Dragging along a connection with Alt or Ctrl held changes its
 * weight as the mouse moves, {@value #COARSE} per pixel toward the target (with Shift as well,
 * {@value #FINE}); the whole drag is one undoable edit. From the keyboard, F2 opens the field on
 * the element under the focus cursor, as does Enter once that element is selected.
 */
final class ParameterEditing extends MouseAdapter {
    /** The in-place field's component name. */
    static final String FIELD_NAME = "weightField";
    /** A coarse drag: the weight's change per pixel along its connection. */
    static final double COARSE = 0.01;
    /** A fine drag (Shift held too). */
    static final double FINE = 0.001;

    private final NetworkView view;
    private final GlassboxModel model;
    private final ParameterField field = new ParameterField(FIELD_NAME);
    /** The element whose value the field edits, or null while it is closed. */
    private NetworkElement editing;
    /** The connection being dragged, its weight when the drag started and the point it started at. */
    private Connection dragged;
    private double dragStart;
    private Point pressedAt;

    ParameterEditing(NetworkView view) {
        this.view = view;
        this.model = view.model();
        view.addMouseListener(this);
        view.addMouseMotionListener(this);
        field.addActionListener(e -> commit());
        field.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("ESCAPE"), "cancelEdit");
        field.getActionMap().put("cancelEdit", new AbstractAction("cancelEdit") {
            @Override
            public void actionPerformed(ActionEvent e) {
                close(true);
            }
        });
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                if (!e.isTemporary()) {
                    close(false);
                }
            }
        });
    }

    /** Whether {@code e} has a value that can be set: a connection, or a neuron past the inputs. */
    static boolean editable(NetworkElement e) {
        return e instanceof Connection || e instanceof NeuronId n && n.layer() > 0;
    }

    /** Opens the field over {@code e}, holding its current value, if it has one. */
    void open(NetworkElement e) {
        if (e == null || !editable(e) || !model.architecture().contains(e)) {
            return;
        }
        close(false);
        editing = e;
        field.showValue(model.parameter(e));
        Dimension size = field.getPreferredSize();
        Point2D at = placeOf(e);
        double below = e instanceof NeuronId ? view.networkLayout().radius() + size.height / 2.0 : 0;
        int x = (int) Math.round(at.getX() - size.width / 2.0);
        int y = (int) Math.round(at.getY() + below - size.height / 2.0);
        x = Math.max(0, Math.min(x, view.getWidth() - size.width));
        y = Math.max(0, Math.min(y, view.getHeight() - size.height));
        field.setBounds(x, y, size.width, size.height);
        view.add(field);
        view.revalidate();
        view.repaint();
        field.requestFocusInWindow();
    }

    /** Where the field goes: over the weight's label where one is drawn, else where the element is drawn. */
    private Point2D placeOf(NetworkElement e) {
        for (Labels.Label label : view.paintedLabels()) {
            if (label.kind() == Labels.Kind.WEIGHT && label.element().equals(e)) {
                return new Point2D.Double(label.box().getCenterX(), label.box().getCenterY());
            }
        }
        return view.pointOf(e);
    }

    private void commit() {
        if (editing == null) {
            return;
        }
        if (!model.architecture().contains(editing)) {
            // Another network was loaded under the field: nothing of it is left to set.
            close(true);
            return;
        }
        Double value = field.read(Names.parameter(model.architecture(), editing));
        if (value == null) {
            return;
        }
        model.setParameter(editing, value);
        close(true);
    }

    /** Closes the field, handing the focus back to the view if asked. */
    private void close(boolean refocus) {
        if (editing == null) {
            return;
        }
        editing = null;
        field.clearProblem();
        view.remove(field);
        view.repaint();
        if (refocus) {
            view.requestFocusInWindow();
        }
    }

    // ---------------------------------------------------------------- the mouse

    @Override
    public void mouseClicked(MouseEvent e) {
        if (!SwingUtilities.isLeftMouseButton(e)) {
            return;
        }
        NetworkElement hit = view.networkLayout().elementAt(e.getX(), e.getY());
        if (e.getClickCount() == 2) {
            open(hit);
            return;
        }
        for (Labels.Label label : view.paintedLabels()) {
            if (label.kind() == Labels.Kind.WEIGHT && label.box().contains(e.getX(), e.getY())) {
                open(label.element());
                return;
            }
        }
    }

    @Override
    public void mousePressed(MouseEvent e) {
        int modifiers = e.getModifiersEx();
        boolean held = (modifiers & (InputEvent.ALT_DOWN_MASK | InputEvent.CTRL_DOWN_MASK)) != 0;
        if (!SwingUtilities.isLeftMouseButton(e) || !held
                || !(view.networkLayout().elementAt(e.getX(), e.getY()) instanceof Connection c)) {
            return;
        }
        close(false);
        dragged = c;
        dragStart = model.parameter(c);
        pressedAt = e.getPoint();
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (dragged == null || !model.architecture().contains(dragged)) {
            return;
        }
        Line2D wire = view.networkLayout().segment(dragged);
        double dx = wire.getX2() - wire.getX1();
        double dy = wire.getY2() - wire.getY1();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        // The pixels moved toward the target, along the wire.
        double along = ((e.getX() - pressedAt.x) * dx + (e.getY() - pressedAt.y) * dy) / length;
        boolean fine = (e.getModifiersEx() & InputEvent.SHIFT_DOWN_MASK) != 0;
        model.setParameter(dragged, dragged(dragStart, along, fine));
    }

    /** The weight a drag of {@code pixels} along its wire makes of {@code start}: on the step's grid, within the limit. */
    static double dragged(double start, double pixels, boolean fine) {
        double perUnit = fine ? 1 / FINE : 1 / COARSE;
        double v = Math.round((start + pixels / perUnit) * perUnit) / perUnit;
        return Math.max(-Scenario.MAX_EDITED_VALUE, Math.min(Scenario.MAX_EDITED_VALUE, v));
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        dragged = null;
    }
}
