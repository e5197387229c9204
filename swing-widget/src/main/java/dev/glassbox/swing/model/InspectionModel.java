package dev.glassbox.swing.model;

import dev.glassbox.swing.internal.event.Listeners;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.internal.threading.EventThread;
import java.util.Objects;

/**
 * What the user points at, kept apart from what trains as {@code ListSelectionModel} is kept apart
 * from {@code TableModel}: the viewed sample, the element under the mouse and the selected element
 * of one {@link GlassboxModel}'s network. Confined to the event thread: every mutator throws an
 * {@link IllegalStateException} when called from another thread.
 *
 * <p>It also holds which gradient the views show ({@link #gradientShown()}): a way of looking,
 * like the viewed sample, not a setting of the training.
 *
 * <p>The selection and the hovered element survive steps, resets and scenario loads wherever they
 * still exist in the network; the viewed sample stays unless the new scenario has fewer samples.
 */
public final class InspectionModel {
    private final TrainingSession session;
    private final Listeners<InspectionListener> listeners = new Listeners<>();
    private int viewedSample;
    private NetworkElement hovered;
    private NetworkElement selected;
    private Concealed concealed;
    private GradientShown gradientShown = GradientShown.PER_SAMPLE;

    /** An inspection of {@code session}'s network, which it reads to check what is pointed at. */
    InspectionModel(TrainingSession session) {
        this.session = session;
    }

    /**
     * Adds a listener, told of every change of the viewed sample, hover and selection.
     *
     * @param listener the listener to add
     * @throws IllegalStateException if called off the event thread
     */
    public void addInspectionListener(InspectionListener listener) {
        EventThread.require("InspectionModel.addInspectionListener");
        listeners.add(listener);
    }

    /**
     * Removes a listener added before (nothing happens if it was not).
     *
     * @param listener the listener to remove
     * @throws IllegalStateException if called off the event thread
     */
    public void removeInspectionListener(InspectionListener listener) {
        EventThread.require("InspectionModel.removeInspectionListener");
        listeners.remove(listener);
    }

    /**
     * The sample whose values the views show.
     *
     * @return its index in the scenario's samples
     */
    public int viewedSample() {
        return viewedSample;
    }

    /**
     * Views sample {@code s}.
     *
     * @param s the index of a sample of the scenario
     * @throws IllegalArgumentException if there is no such sample
     * @throws IllegalStateException    if called off the event thread
     */
    public void setViewedSample(int s) {
        EventThread.require("InspectionModel.setViewedSample");
        if (s < 0 || s >= session.samples().size()) {
            throw new IllegalArgumentException("no sample " + s);
        }
        if (s != viewedSample) {
            viewedSample = s;
            fire(InspectionEvent.Kind.SAMPLE);
        }
    }

    /**
     * The element under the mouse.
     *
     * @return the hovered neuron or connection, or null
     */
    public NetworkElement hovered() {
        return hovered;
    }

    /**
     * Sets the element under the mouse.
     *
     * @param e an element of the network, or null for none
     * @throws IllegalArgumentException if {@code e} is not in the network
     * @throws IllegalStateException    if called off the event thread
     */
    public void setHovered(NetworkElement e) {
        EventThread.require("InspectionModel.setHovered");
        if (!Objects.equals(requireInNetwork(e), hovered)) {
            hovered = e;
            fire(InspectionEvent.Kind.HOVER);
        }
    }

    /**
     * The selected element; it survives steps, resets and loads where it still exists.
     *
     * @return the selected neuron or connection, or null
     */
    public NetworkElement selected() {
        return selected;
    }

    /**
     * Selects an element.
     *
     * @param e an element of the network, or null for none
     * @throws IllegalArgumentException if {@code e} is not in the network
     * @throws IllegalStateException    if called off the event thread
     */
    public void setSelected(NetworkElement e) {
        EventThread.require("InspectionModel.setSelected");
        if (!Objects.equals(requireInNetwork(e), selected)) {
            selected = e;
            fire(InspectionEvent.Kind.SELECTION);
        }
    }

    /**
     * The value hidden from every view while a student works it out (a quiz question), or null.
     *
     * @return the hidden quantity of an element on a sample, or null when nothing is hidden
     */
    public Concealed concealed() {
        return concealed;
    }

    /**
     * Hides a value from every view (they write "?" in its place) until it is revealed with
     * {@code null}.
     *
     * @param c the value to hide, or null to show everything again
     * @throws IllegalArgumentException if its element is not in the network
     * @throws IllegalStateException    if called off the event thread
     */
    public void setConcealed(Concealed c) {
        EventThread.require("InspectionModel.setConcealed");
        if (c != null) {
            requireInNetwork(c.element());
        }
        if (!Objects.equals(c, concealed)) {
            concealed = c;
            fire(InspectionEvent.Kind.CONCEALED);
        }
    }

    /**
     * Which gradient the views show as a weight's or bias's gradient, the other beside it for comparison.
     *
     * @return the viewed sample's own, unless the batch mean was chosen
     */
    public GradientShown gradientShown() {
        return gradientShown;
    }

    /**
     * Shows the viewed sample's gradient or the batch mean as the gradient in every view.
     *
     * @param shown which one
     * @throws IllegalStateException if called off the event thread
     */
    public void setGradientShown(GradientShown shown) {
        EventThread.require("InspectionModel.setGradientShown");
        if (Objects.requireNonNull(shown, "shown") != gradientShown) {
            gradientShown = shown;
            fire(InspectionEvent.Kind.GRADIENT_SHOWN);
        }
    }

    /**
     * Whether a view must hide a value: the concealed quantity of the concealed element, on the
     * concealed sample (for a batch-mean gradient or an updated weight, on every sample).
     *
     * @param e        the element whose value a view is about to write
     * @param quantity what that value is
     * @param sample   the sample it is of
     * @return true if the view must write "?" instead
     */
    public boolean conceals(NetworkElement e, Quantity quantity, int sample) {
        return concealed != null && concealed.element().equals(e) && concealed.quantity() == quantity
                && (concealed.sample() == sample || quantity == Quantity.BATCH_GRADIENT
                        || quantity == Quantity.UPDATED_WEIGHT);
    }

    /**
     * What the inspecting views explain.
     *
     * @return the hovered element, else the selected one, else null
     */
    public NetworkElement inspected() {
        return hovered != null ? hovered : selected;
    }

    private NetworkElement requireInNetwork(NetworkElement e) {
        if (e != null && !session.architecture().contains(e)) {
            throw new IllegalArgumentException("not in the network: " + e);
        }
        return e;
    }

    /**
     * After a scenario load: forgets the hovered and selected element where they are no longer in
     * the network, and moves the viewed sample into the new samples, telling the listeners of each.
     */
    void keepWithinNetwork() {
        Architecture arch = session.architecture();
        if (hovered != null && !arch.contains(hovered)) {
            hovered = null;
            fire(InspectionEvent.Kind.HOVER);
        }
        if (selected != null && !arch.contains(selected)) {
            selected = null;
            fire(InspectionEvent.Kind.SELECTION);
        }
        if (concealed != null && !arch.contains(concealed.element())) {
            concealed = null;
            fire(InspectionEvent.Kind.CONCEALED);
        }
        int last = session.samples().size() - 1;
        if (viewedSample > last) {
            viewedSample = last;
            fire(InspectionEvent.Kind.SAMPLE);
        }
    }

    /** Forgets every listener (the model closed). */
    void close() {
        listeners.clear();
    }

    private void fire(InspectionEvent.Kind kind) {
        InspectionEvent e = new InspectionEvent(this, kind);
        listeners.fire(l -> l.inspectionChanged(e));
    }
}
