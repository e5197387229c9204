package dev.glassbox.swing.network;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.model.InspectionEvent;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.network.NetworkPainter.Fonts;
import dev.glassbox.swing.network.NetworkPainter.Scene;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import dev.glassbox.swing.internal.explain.Explainer;
import java.util.Locale;
import javax.accessibility.Accessible;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleState;
import javax.accessibility.AccessibleStateSet;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;

/**
 * The network drawn from the model's trace: every neuron with its value on the viewed sample (inputs
 * show the sample's inputs, the others their activation {@code a}, and on request {@code z} and
 * {@code δ}), each bias, and each connection with a thickness growing with |w| and a color for its
 * sign. While the model animates an epoch, packets carry the values forward layer by layer, then δ
 * backward, and the update phase shows every weight moving to its new value. Padlocks mark saturated
 * neurons, skulls dead ReLUs, warning triangles non-finite values.
 *
 * <p>Hovering an element sets the model's hovered element, clicking selects it. The view is
 * focusable: Tab and the arrow keys move a focus cursor across neurons and connections, Enter or
 * Space selects, Escape clears the selection (Ctrl+Tab leaves the view).
 *
 * <p>Any weight or bias can be set here ({@link GlassboxModel#setParameter}): a click on a weight's
 * label, a double-click on a connection or a neuron, or F2 (or Enter on the selected element) opens
 * an in-place text field named {@code "weightField"} — Enter sets the value, Escape keeps the old
 * one, a refused value is named in place. Dragging along a connection with Alt or Ctrl held changes
 * its weight live, 0.01 per pixel toward the target (0.001 with Shift as well). Screen readers get the
 * focused or selected element with its numbers as the accessible name and description, and one
 * accessible child per neuron and connection whose description is its tooltip: every number of it
 * explained.
 *
 * <p>What an embedder may change or ask: the {@link NeuronRenderer} that draws each neuron and the
 * {@link NetworkTooltipGenerator} that writes the tooltips (both bound properties, as a JTable's
 * renderers), and where an element is drawn ({@link #pointOf}, {@link #elementAt}).
 *
 * <p>The view only observes: it listens to the model while it is displayable (added in
 * {@link #addNotify()}, removed in {@link #removeNotify()}), owns no timer, and computes no math.
 * Its name is {@code "networkView"}.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class NetworkView extends JComponent {
    private final GlassboxModel model;
    private final NetworkPainter painter = new NetworkPainter();
    private NetworkLayout geometry;
    private TraceReadings readings;
    private boolean showDetails;
    private NetworkTooltipGenerator tooltipGenerator = NetworkTooltipGenerator.standard();
    private NeuronRenderer neuronRenderer = NeuronRenderer.standard();
    /** The keyboard focus cursor, or null before the keyboard was used. */
    private NetworkElement cursor;
    /** The accessible text last announced, to tell assistive technology only about changes. */
    private String announced = "";

    /**
     * A view of {@code model}'s network; it observes the model while it is displayable.
     *
     * @param model the model whose trace is drawn
     */
    public NetworkView(GlassboxModel model) {
        this.model = Objects.requireNonNull(model, "model");
        setName("networkView");
        setOpaque(true);
        setFocusable(true);
        ToolTipManager.sharedInstance().registerComponent(this);
        NetworkInteraction.install(this);
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> trainingChanged())
                .onAnimation(e -> repaint())
                .onInspection(this::inspectionChanged)
                .onAttach(this::repaint);
    }

    /** {@return the model this view shows} */
    public GlassboxModel model() {
        return model;
    }



    private void trainingChanged() {
        if (cursor != null && !model.architecture().contains(cursor)) {
            cursor = null;
        }
        repaint();
        announce();
    }

    private void inspectionChanged(InspectionEvent e) {
        repaint();
        if (e.kind() != InspectionEvent.Kind.HOVER) {
            announce();
        }
    }

    // ---------------------------------------------------------------- details

    /** {@return whether {@code z} and {@code δ} are written under each neuron} */
    public boolean isShowDetails() {
        return showDetails;
    }

    /**
     * Writes {@code z} and {@code δ} under each neuron (where there is room), or not. Bound property "showDetails".
     *
     * @param show whether the details are written
     * @throws IllegalStateException if called off the event thread
     */
    public void setShowDetails(boolean show) {
        EventThread.require("NetworkView.setShowDetails");
        boolean old = showDetails;
        showDetails = show;
        firePropertyChange("showDetails", old, show);
        repaint();
    }

    // ---------------------------------------------------------------- geometry

    /**
     * The element drawn at a point of this view, as {@link javax.swing.JTable#rowAtPoint} finds a
     * row: the neuron whose circle holds it, else the connection passing within a few pixels, else
     * null. Neurons win over the connections that end under them.
     *
     * @param point a point in this view's coordinates
     * @return the neuron or connection there, or null
     */
    public NetworkElement elementAt(Point2D point) {
        return networkLayout().elementAt(point.getX(), point.getY());
    }

    /**
     * Where an element is drawn at the view's current size, for pointing at it (a callout, a
     * tutorial's arrow): a neuron's center, or the point of a connection where its weight label is
     * written. {@link #elementAt} finds the element back at that point.
     *
     * @param element a neuron or a connection of the model's network
     * @return the point in this view's coordinates
     * @throws IllegalArgumentException if the element is not in the network
     */
    public Point2D pointOf(NetworkElement element) {
        Objects.requireNonNull(element, "element");
        if (!model.architecture().contains(element)) {
            throw new IllegalArgumentException(element + " is not in the network");
        }
        NetworkLayout lay = networkLayout();
        if (!(element instanceof Connection c)) {
            return lay.center((NeuronId) element);
        }
        // The label's place, unless another element is nearer there (crossing wires): then the
        // nearest point along the connection where it is the one found.
        Point2D label = lay.weightLabelCenter(c);
        for (int k = 0; k <= 20 && !c.equals(lay.elementAt(label.getX(), label.getY())); k++) {
            double t = 0.5 + (k % 2 == 0 ? 1 : -1) * (k / 2) * 0.045;
            label = lay.pointAlong(c, t);
        }
        return label;
    }

    /**
     * Whether the view writes every weight on its connection at its current size. Where the labels
     * would not fit (a dense network, a small view) only the hovered or selected weight is written.
     *
     * @return true when every weight is labelled
     */
    public boolean labelsEveryWeight() {
        return networkLayout().weightLabelsFit();
    }

    /** Where the neurons and connections are at the view's current size. */
    NetworkLayout networkLayout() {
        return networkLayout(Fonts.current(getWidth(), getHeight()));
    }

    private NetworkLayout networkLayout(Fonts fonts) {
        FontMetrics fm = getFontMetrics(fonts.tag());
        double line = fm.getHeight();
        double number = fm.stringWidth(NetworkPainter.WIDEST_NUMBER);
        int[] sizes = model.architecture().sizeArray();
        if (geometry == null || !geometry.matches(sizes, getWidth(), getHeight(), line, number)) {
            geometry = NetworkLayout.of(sizes, getWidth(), getHeight(), line, number);
        }
        return geometry;
    }

    /** The labels of the last frame painted, where they were drawn (for tests). */
    List<Labels.Label> paintedLabels() {
        return painter.paintedLabels();
    }

    /** The caption of the last frame painted (for tests). */
    CaptionPainter paintedCaption() {
        return painter.caption();
    }

    /** The softmax share bar of the last frame painted (for tests). */
    SoftmaxPainter paintedSoftmax() {
        return painter.softmax();
    }

    private TraceReadings readings() {
        if (readings == null || !readings.matches(model.trace(), model.viewedSample())) {
            readings = new TraceReadings(model.trace(), model.viewedSample());
        }
        return readings;
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        float zoom = GlassboxTheme.zoom();
        return new Dimension(Math.round(640 * zoom), Math.round(400 * zoom));
    }

    @Override
    public Dimension getMinimumSize() {
        return isMinimumSizeSet() ? super.getMinimumSize() : new Dimension(240, 160);
    }

    // ---------------------------------------------------------------- painting

    @Override
    protected void paintComponent(Graphics g) {
        paintSnapshot(g, model.phase(), model.phaseProgress());
    }

    /**
     * Paints the view at its current size as it looks at the given moment of an epoch's animation,
     * whatever the model's own phase: for figures, exports and benchmarks. {@link #paintComponent}
     * paints the model's phase and progress.
     *
     * @param g        the graphics to paint with
     * @param phase    the moment's phase
     * @param progress how far {@code phase} has got, from 0 to 1
     */
    public void paintSnapshot(Graphics g, Phase phase, double progress) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            if (isOpaque()) {
                g2.setColor(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
                g2.fillRect(0, 0, getWidth(), getHeight());
            }
            Fonts fonts = Fonts.current(getWidth(), getHeight());
            NetworkElement focus = isFocusOwner() ? cursor : null;
            Scene scene = new Scene(phase, Math.max(0, Math.min(1, progress)), model.hovered(), model.selected(),
                    focus, showDetails, model.inspection());
            painter.paint(g2, networkLayout(fonts), readings(), scene, fonts);
        } finally {
            g2.dispose();
        }
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        NetworkElement element = networkLayout().elementAt(e.getX(), e.getY());
        return element == null ? null
                : tooltipGenerator.generateToolTip(model.trace(), model.viewedSample(), element, model.inspection());
    }

    /**
     * What writes the tooltips of the neurons and connections.
     *
     * @return the generator, {@link NetworkTooltipGenerator#standard()} unless set
     */
    public NetworkTooltipGenerator getTooltipGenerator() {
        return tooltipGenerator;
    }

    /**
     * Lets {@code generator} write the tooltips of the neurons and connections, e.g. shorter ones
     * for a quiz. Bound property {@code "tooltipGenerator"}.
     *
     * @param generator the generator; {@link NetworkTooltipGenerator#standard()} restores the default
     * @throws NullPointerException if {@code generator} is null
     * @throws IllegalStateException if called off the event thread
     */
    public void setTooltipGenerator(NetworkTooltipGenerator generator) {
        EventThread.require("NetworkView.setTooltipGenerator");
        NetworkTooltipGenerator old = tooltipGenerator;
        tooltipGenerator = Objects.requireNonNull(generator, "generator");
        firePropertyChange("tooltipGenerator", old, generator);
    }

    // ---------------------------------------------------------------- keyboard cursor

    /**
     * The renderer that draws each neuron.
     *
     * @return the renderer; {@link NeuronRenderer#standard()} unless one was set
     */
    public NeuronRenderer getNeuronRenderer() {
        return neuronRenderer;
    }

    /**
     * Draws each neuron with {@code renderer} from the next repaint on (a bound property,
     * {@code "neuronRenderer"}). On the event thread only.
     *
     * @param renderer the renderer; {@link NeuronRenderer#standard()} restores the default
     * @throws IllegalStateException off the event thread
     */
    public void setNeuronRenderer(NeuronRenderer renderer) {
        EventThread.require("NetworkView.setNeuronRenderer");
        NeuronRenderer old = neuronRenderer;
        neuronRenderer = Objects.requireNonNull(renderer, "renderer");
        painter.setNeuronRenderer(renderer);
        firePropertyChange("neuronRenderer", old, renderer);
        repaint();
    }

    /** The keyboard focus cursor, or null. */
    NetworkElement cursor() {
        return cursor;
    }

    /** Moves the keyboard focus cursor. */
    void moveCursor(NetworkElement e) {
        cursor = e;
        repaint();
        announce();
    }

    /** Where the cursor starts: at the selection, else at the first input. */
    NetworkElement cursorStart() {
        return model.selected() != null ? model.selected() : new NeuronId(0, 0);
    }

    // ---------------------------------------------------------------- accessibility

    /** The element screen readers hear about: the focus cursor while the view has focus, else the selection. */
    private NetworkElement spokenElement() {
        return cursor != null && isFocusOwner() ? cursor : model.selected();
    }

    private String topology() {
        Architecture arch = model.architecture();
        return "network " + arch.sizes().stream().map(String::valueOf).collect(Collectors.joining("-"));
    }

    void announce() {
        if (accessibleContext == null) {
            return;
        }
        String now = accessibleContext.getAccessibleDescription();
        if (!now.equals(announced)) {
            String old = announced;
            announced = now;
            accessibleContext.firePropertyChange(AccessibleContext.ACCESSIBLE_NAME_PROPERTY, old, now);
            accessibleContext.firePropertyChange(AccessibleContext.ACCESSIBLE_DESCRIPTION_PROPERTY, old, now);
        }
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleNetworkView();
        }
        return accessibleContext;
    }

    /** The network for assistive technology: the focused or selected element and its numbers. */
    private final class AccessibleNetworkView extends AccessibleJComponent {
        @Override
        public String getAccessibleName() {
            NetworkElement e = spokenElement();
            return e == null ? topology() : ElementText.describe(model.trace(), model.viewedSample(), e, model.inspection());
        }

        @Override
        public String getAccessibleDescription() {
            NetworkElement e = spokenElement();
            return e == null
                    ? topology() + ": Tab or the arrow keys move between neurons and weights, Enter selects"
                    : ElementText.describe(model.trace(), model.viewedSample(), e, model.inspection());
        }

        /** One accessible child per neuron and connection, in keyboard order, each explained. */
        @Override
        public int getAccessibleChildrenCount() {
            return FocusOrder.all(model.architecture()).size();
        }

        @Override
        public Accessible getAccessibleChild(int i) {
            List<NetworkElement> all = FocusOrder.all(model.architecture());
            return i < 0 || i >= all.size() ? null : new AccessibleElement(all.get(i), i);
        }

        @Override
        public AccessibleRole getAccessibleRole() {
            return AccessibleRole.CANVAS;
        }
    }

    /**
     * A neuron or connection for assistive technology: its short line as the name, every number of
     * it explained (the tooltip's text, {@link NetworkTooltipGenerator#standard()}) as the description,
     * focused while the keyboard cursor is on it.
     */
    private final class AccessibleElement extends AccessibleContext implements Accessible {
        private final NetworkElement element;
        private final int index;

        AccessibleElement(NetworkElement element, int index) {
            this.element = element;
            this.index = index;
            setAccessibleParent(NetworkView.this::getAccessibleContext);
        }

        @Override
        public AccessibleContext getAccessibleContext() {
            return this;
        }

        @Override
        public String getAccessibleName() {
            return ElementText.describe(model.trace(), model.viewedSample(), element, model.inspection());
        }

        @Override
        public String getAccessibleDescription() {
            return Explainer.plain(ElementText.lines(model.trace(), model.viewedSample(), element, model.inspection()));
        }

        @Override
        public AccessibleRole getAccessibleRole() {
            return AccessibleRole.LABEL;
        }

        @Override
        public AccessibleStateSet getAccessibleStateSet() {
            AccessibleStateSet states = new AccessibleStateSet();
            states.add(AccessibleState.FOCUSABLE);
            states.add(AccessibleState.SELECTABLE);
            if (element.equals(cursor) && isFocusOwner()) {
                states.add(AccessibleState.FOCUSED);
            }
            if (element.equals(model.selected())) {
                states.add(AccessibleState.SELECTED);
            }
            return states;
        }

        @Override
        public int getAccessibleIndexInParent() {
            return index;
        }

        @Override
        public int getAccessibleChildrenCount() {
            return 0;
        }

        @Override
        public Accessible getAccessibleChild(int i) {
            return null;
        }

        @Override
        public Locale getLocale() {
            return NetworkView.this.getLocale();
        }
    }
}
