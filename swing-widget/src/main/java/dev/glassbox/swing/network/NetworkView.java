package dev.glassbox.swing.network;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.model.InspectionEvent;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.network.NetworkPainter.Fonts;
import dev.glassbox.swing.network.NetworkPainter.Scene;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseEvent;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.accessibility.AccessibleContext;
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
 * Space selects, Escape clears the selection (Ctrl+Tab leaves the view). Screen readers get the
 * focused or selected element with its numbers as the accessible name and description.
 *
 * <p>The view only observes: it listens to the model while it is displayable (added in
 * {@link #addNotify()}, removed in {@link #removeNotify()}), owns no timer, and computes no math.
 * Its name is {@code "networkView"}.
 */
public final class NetworkView extends JComponent {
    private final GlassboxModel model;
    private final NetworkPainter painter = new NetworkPainter();
    private NetworkLayout geometry;
    private TraceReadings readings;
    private boolean showDetails;
    private NetworkTooltipGenerator tooltipGenerator = NetworkTooltipGenerator.standard();
    /** The keyboard focus cursor, or null before the keyboard was used. */
    private NetworkElement cursor;
    /** The accessible text last announced, to tell assistive technology only about changes. */
    private String announced = "";

    /** A view of {@code model}'s network. */
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

    /** The model this view shows. */
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

    /** Whether {@code z} and {@code δ} are written under each neuron. */
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

    /** Where the neurons and connections are at the view's current size (for tests and overlays). */
    public NetworkLayout networkLayout() {
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
                    focus, showDetails);
            painter.paint(g2, networkLayout(fonts), readings(), scene, fonts);
        } finally {
            g2.dispose();
        }
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        NetworkElement element = networkLayout().elementAt(e.getX(), e.getY());
        return element == null ? null : tooltipGenerator.generateToolTip(model.trace(), model.viewedSample(), element);
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
            return e == null ? topology() : ElementText.describe(model.trace(), model.viewedSample(), e);
        }

        @Override
        public String getAccessibleDescription() {
            NetworkElement e = spokenElement();
            return e == null
                    ? topology() + ": Tab or the arrow keys move between neurons and weights, Enter selects"
                    : ElementText.describe(model.trace(), model.viewedSample(), e);
        }

        @Override
        public AccessibleRole getAccessibleRole() {
            return AccessibleRole.CANVAS;
        }
    }
}
