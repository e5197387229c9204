package dev.glassbox.swing.boundary;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Sample;
import dev.glassbox.swing.internal.boundary.BoundaryFrame;
import dev.glassbox.swing.internal.boundary.FrameWorker;
import dev.glassbox.swing.internal.boundary.MapPalette;
import dev.glassbox.swing.internal.boundary.Plane;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.network.NeuronRenderer;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;

/**
 * What the network learned, as TensorFlow Playground shows it and a step beyond: for a network of
 * two inputs, a map of its output over the input plane (the samples' range and a margin), colored
 * from target 0's color through a neutral middle to target 1's, with the samples drawn on top by
 * target (target 1 a filled disc, target 0 a ring) and the viewed sample ringed. For one input, the
 * output's curve over the input's range with the samples at their targets. For more inputs, two
 * combo boxes choose the inputs plotted and spinners hold the others at chosen values (at first the
 * samples' means). Several outputs (a softmax's classes): a combo box chooses the output mapped,
 * and the samples are drawn by their target for that output, so that each class's region shows in
 * its turn.
 *
 * <p>It follows the model live: every epoch trained, a reset, a load or any other change of the
 * parameters redraws it, and during an animated epoch's update phase the map of the old
 * parameters cross-fades into the map of the new ones. "Discretize" colors only which side of the
 * halfway value each point lies on, so that the boundary itself shows. "Neuron maps" lets the
 * {@link #neuronMapRenderer()} draw each neuron of a {@link dev.glassbox.swing.network.NetworkView}
 * as its own small map (its activation over the same plane), and pointing at a neuron shows its map
 * here, enlarged.
 *
 * <p>Every value comes from core's forward pass ({@link dev.glassbox.core.math.Backprop#activations}),
 * computed once per set of parameters on a grid of 100 × 100 points (200 for a curve) when they change,
 * not while painting; painting scales the cached image. Named {@code decisionBoundaryView}; its
 * controls {@code discretizeToggle}, {@code neuronMapsToggle}, {@code boundaryOutputCombo}, {@code boundaryInputAcross},
 * {@code boundaryInputUp} and {@code boundaryFixedInput.N} (N = 1, 2, … the input's number).
 * Event thread only, as all of Swing.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class DecisionBoundaryView extends JPanel {
    /** How many frames are kept: the current parameters', those after the animated update, and the last shown. */
    private static final int FRAMES_KEPT = 3;
    /** The step of a fixed input's spinner. */
    private static final double FIXED_STEP = 0.1;

    private final GlassboxModel model;
    private final BoundaryPlot plot;
    private final JCheckBox discretizeToggle = new JCheckBox("Discretize");
    private final JCheckBox neuronMapsToggle = new JCheckBox("Neuron maps");
    private final JPanel inputControls = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
    private final NeuronRenderer neuronMapRenderer;
    private final Deque<BoundaryFrame> frames = new ArrayDeque<>();
    /** The spinner of each input held fixed, null for the plotted ones (and for networks of two inputs or fewer). */
    private final List<JSpinner> spinners = new ArrayList<>();
    private boolean discretized;
    private boolean neuronMapsShown;
    /** The output mapped, from 0. */
    private int output;
    private int first;
    private int second;
    private List<Double> fixed = List.of();
    /** The layer sizes and samples the inputs were chosen for; a change chooses them again. */
    private List<Integer> sizesChosenFor;
    private List<Sample> samplesChosenFor;
    private Plane plane;
    /** Whether the worker is computing a frame for this view; the parameters wanted next, or null. */
    private boolean computing;
    private Parameters wanted;

    /**
     * The view of {@code model}'s output; it observes the model while it is displayable.
     *
     * @param model the model whose network is shown
     */
    public DecisionBoundaryView(GlassboxModel model) {
        super(new BorderLayout(0, 4));
        this.model = Objects.requireNonNull(model, "model");
        setName("decisionBoundaryView");
        plot = new BoundaryPlot(this);
        neuronMapRenderer = new NeuronMapRenderer(this);
        discretizeToggle.setName("discretizeToggle");
        discretizeToggle.setToolTipText("Color only the side of the halfway output each point lies on");
        discretizeToggle.addActionListener(e -> setDiscretized(discretizeToggle.isSelected()));
        neuronMapsToggle.setName("neuronMapsToggle");
        neuronMapsToggle.setToolTipText("Draw each neuron of the network as its own map; point at one to enlarge it here");
        neuronMapsToggle.addActionListener(e -> setNeuronMapsShown(neuronMapsToggle.isSelected()));
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        controls.add(discretizeToggle);
        controls.add(neuronMapsToggle);
        controls.add(inputControls);
        add(controls, BorderLayout.NORTH);
        add(plot, BorderLayout.CENTER);
        chooseInputs();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> refresh())
                .onAnimation(e -> animationChanged())
                .onInspection(e -> inspectionChanged())
                .onAttach(this::refresh);
    }

    /** {@return the model this view shows} */
    public GlassboxModel model() {
        return model;
    }

    // ---------------------------------------------------------------- options

    /** {@return whether the map shows only which side of the halfway value each point lies on} */
    public boolean isDiscretized() {
        return discretized;
    }

    /**
     * Colors only the side of the halfway output (0.5 for a sigmoid) each point lies on, or the
     * output's value itself. Bound property {@code "discretized"}.
     *
     * @param discretized whether to discretize
     * @throws IllegalStateException if called off the event thread
     */
    public void setDiscretized(boolean discretized) {
        EventThread.require("DecisionBoundaryView.setDiscretized");
        boolean old = this.discretized;
        this.discretized = discretized;
        discretizeToggle.setSelected(discretized);
        firePropertyChange("discretized", old, discretized);
        firePropertyChange("neuronMaps", null, discretized);
        repaint();
    }

    /** {@return whether the neurons of a network view drawn by {@link #neuronMapRenderer()} show their maps} */
    public boolean isNeuronMapsShown() {
        return neuronMapsShown;
    }

    /**
     * Lets the {@link #neuronMapRenderer()} draw each neuron as its own map, or as usual. Pointing at a
     * neuron then shows its map in this view. Bound property {@code "neuronMapsShown"}.
     *
     * @param shown whether the neuron maps are shown
     * @throws IllegalStateException if called off the event thread
     */
    public void setNeuronMapsShown(boolean shown) {
        EventThread.require("DecisionBoundaryView.setNeuronMapsShown");
        boolean old = neuronMapsShown;
        neuronMapsShown = shown;
        neuronMapsToggle.setSelected(shown);
        firePropertyChange("neuronMapsShown", old, shown);
        firePropertyChange("neuronMaps", null, shown);
        repaint();
    }

    /**
     * The renderer that draws each neuron of a {@link dev.glassbox.swing.network.NetworkView} on this
     * view's model as its activation over this view's plane while {@link #isNeuronMapsShown()}, and
     * as the {@linkplain NeuronRenderer#standard() standard} renderer does otherwise (and for a
     * network of one input, whose curve has no map). Install it, and repaint the network view
     * whenever this view fires the property change {@code "neuronMaps"} (the maps were switched on
     * or off, discretized, or new parameters' maps are ready):
     * {@code networkView.setNeuronRenderer(view.neuronMapRenderer());
     * view.addPropertyChangeListener("neuronMaps", e -> networkView.repaint());}
     *
     * @return the renderer, the same one each time
     */
    public NeuronRenderer neuronMapRenderer() {
        return neuronMapRenderer;
    }

    /** {@return the output mapped (and the samples' target drawn), from 0} */
    public int shownOutput() {
        return output;
    }

    /**
     * Chooses the output mapped: the samples are drawn by their target for it. Bound property
     * {@code "shownOutput"}.
     *
     * @param k the output, from 0
     * @throws IndexOutOfBoundsException if the network has no such output
     * @throws IllegalStateException     if called off the event thread
     */
    public void setShownOutput(int k) {
        EventThread.require("DecisionBoundaryView.setShownOutput");
        Architecture arch = model.architecture();
        Objects.checkIndex(k, arch.size(arch.depth()));
        int old = output;
        output = k;
        buildInputControls();
        firePropertyChange("shownOutput", old, k);
        repaint();
    }

    // ---------------------------------------------------------------- the plane

    /** {@return the input plotted across, from 0} */
    public int firstInput() {
        return first;
    }

    /** {@return the input plotted up, from 0, or −1 for a network of one input (a curve)} */
    public int secondInput() {
        return second;
    }

    /**
     * Chooses the two inputs plotted; the others keep their {@linkplain #fixedValue fixed values}.
     *
     * @param across the input plotted across, from 0
     * @param up     the input plotted up, another one
     * @throws IllegalArgumentException if the network has no such inputs, or they are the same one
     * @throws IllegalStateException    if called off the event thread
     */
    public void setPlottedInputs(int across, int up) {
        EventThread.require("DecisionBoundaryView.setPlottedInputs");
        int inputs = model.architecture().size(0);
        if (across < 0 || up < 0 || across >= inputs || up >= inputs || across == up) {
            throw new IllegalArgumentException("needs two different inputs from 0 to " + (inputs - 1) + ", got "
                    + across + " and " + up);
        }
        first = across;
        second = up;
        buildInputControls();
        refresh();
    }

    /**
     * The value an input not plotted is held at.
     *
     * @param input the input, from 0
     * @return its value (at first the samples' mean)
     * @throws IndexOutOfBoundsException if the network has no such input
     */
    public double fixedValue(int input) {
        return fixed.get(input);
    }

    /**
     * Holds an input not plotted at a value.
     *
     * @param input the input, from 0
     * @param value a finite value
     * @throws IllegalArgumentException  if the value is not finite
     * @throws IndexOutOfBoundsException if the network has no such input
     * @throws IllegalStateException     if called off the event thread
     */
    public void setFixedValue(int input, double value) {
        EventThread.require("DecisionBoundaryView.setFixedValue");
        Objects.checkIndex(input, fixed.size());
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a fixed input needs a finite value, got " + value);
        }
        List<Double> values = new ArrayList<>(fixed);
        values.set(input, value);
        fixed = List.copyOf(values);
        JSpinner spinner = spinners.get(input);
        if (spinner != null && ((Number) spinner.getValue()).doubleValue() != value) {
            spinner.setValue(value);
        }
        plane = Plane.over(model.samples(), first, second, fixed);
        refresh();
    }

    /**
     * Where the point of these inputs is drawn, as {@link dev.glassbox.swing.network.NetworkView#pointOf}
     * finds an element: for a map, the plotted inputs' point; for a curve, the input and the output
     * value {@code up}.
     *
     * @param across the value of the input plotted across
     * @param up     the value of the input plotted up (for a curve, an output value)
     * @return the point in this view's coordinates, or null before the view is laid out
     */
    public Point2D pointOf(double across, double up) {
        Point2D p = plot.pointOf(across, up);
        return p == null ? null : new Point2D.Double(p.getX() + plot.getX(), p.getY() + plot.getY());
    }

    // ---------------------------------------------------------------- what the plot and the renderer read

    /** The drawing (for tests). */
    BoundaryPlot plot() {
        return plot;
    }

    /** The plane shown now. */
    Plane plane() {
        return plane;
    }

    /** The frame of {@code p} over the plane shown: kept from before, or computed now, on the event thread. */
    BoundaryFrame frameOf(Parameters p) {
        BoundaryFrame kept = kept(p);
        if (kept != null) {
            return kept;
        }
        BoundaryFrame f = BoundaryFrame.compute(model.architecture(), p, plane);
        keep(f);
        return f;
    }

    /** The frame of the parameters now (computed now if need be). */
    BoundaryFrame currentFrame() {
        return frameOf(model.parameters());
    }

    /**
     * The frame to paint: the current parameters' if the worker has it, else the newest one over the
     * plane shown (one step behind while the worker catches up), else one computed now (the first).
     */
    BoundaryFrame paintedFrame() {
        BoundaryFrame exact = kept(model.parameters());
        if (exact != null) {
            return exact;
        }
        for (BoundaryFrame f : frames) {
            if (f.over(model.architecture(), plane)) {
                return f;
            }
        }
        return currentFrame();
    }

    /** The frame of {@code p} if the worker has handed it over, else null (and it is asked for). */
    BoundaryFrame ready(Parameters p) {
        BoundaryFrame kept = kept(p);
        if (kept == null) {
            request(p);
        }
        return kept;
    }

    private BoundaryFrame kept(Parameters p) {
        Architecture arch = model.architecture();
        for (BoundaryFrame f : frames) {
            if (f.shows(arch, p, plane)) {
                return f;
            }
        }
        return null;
    }

    private void keep(BoundaryFrame f) {
        if (frames.size() == FRAMES_KEPT) {
            frames.removeLast();
        }
        frames.addFirst(f);
    }

    /**
     * Has the worker compute the frame of {@code p}, its maps painted in the current colors: at once,
     * or after the frame it is computing (only the newest parameters wanted meanwhile are computed).
     */
    private void request(Parameters p) {
        if (kept(p) != null) {
            return;
        }
        if (computing) {
            wanted = p;
            return;
        }
        computing = true;
        Architecture arch = model.architecture();
        Plane over = plane;
        MapPalette palette = MapPalette.current();
        boolean discrete = discretized;
        NeuronId shown = shownNeuron();
        List<NeuronId> painted = neuronMapsShown ? everyNeuron(arch) : List.of(shown);
        Rectangle2D area = plot.area();
        Rectangle size = area == null ? null : BoundaryPlot.pixels(area);
        FrameWorker.compute(() -> {
            BoundaryFrame f = BoundaryFrame.compute(arch, p, over).painted(painted, discrete, palette);
            if (size != null && over.twoInputs()) {
                f.scaled(shown, discrete, palette, size.width, size.height);
            }
            return f;
        }, this::arrived);
    }

    /** A frame from the worker, on the event thread: kept if it still fits, then the newest one wanted. */
    private void arrived(BoundaryFrame f) {
        computing = false;
        if (f != null && f.over(model.architecture(), plane)) {
            keep(f);
            plot.repaint();
            firePropertyChange("neuronMaps", null, f);
        }
        Parameters next = wanted;
        wanted = null;
        // parameters wanted before a load of another network no longer fit it
        if (next != null && next.sizes().equals(model.architecture().sizes())) {
            request(next);
        }
    }

    private static List<NeuronId> everyNeuron(Architecture arch) {
        List<NeuronId> all = new ArrayList<>();
        for (int l = 0; l <= arch.depth(); l++) {
            for (int j = 0; j < arch.size(l); j++) {
                all.add(new NeuronId(l, j));
            }
        }
        return all;
    }

    /**
     * The neuron the plot shows: the neuron pointed at in the network while the neuron maps are
     * shown, else the {@linkplain #shownOutput() output chosen}.
     */
    NeuronId shownNeuron() {
        NetworkElement hovered = model.hovered();
        if (neuronMapsShown && plane.twoInputs() && hovered instanceof NeuronId id
                && model.architecture().contains(id)) {
            return id;
        }
        return new NeuronId(model.architecture().depth(), output);
    }

    /** The name of an input, e.g. "input 2". */
    String inputName(int input) {
        return Names.neuron(model.architecture(), new NeuronId(0, input));
    }

    // ---------------------------------------------------------------- following the model

    private void refresh() {
        List<Integer> sizes = model.architecture().sizes();
        if (!sizes.equals(sizesChosenFor) || !model.samples().equals(samplesChosenFor)) {
            chooseInputs();
        }
        // computed off the event thread; a view out of sight leaves it to its first paint
        if (isShowing() || neuronMapsShown) {
            request(model.parameters());
        }
        repaint();
    }

    private void animationChanged() {
        if (model.phase() == Phase.UPDATE && isShowing()) {
            request(model.trace().after());
        }
        plot.repaint();
    }

    private void inspectionChanged() {
        plot.repaint();
    }

    /** The inputs of a new network or training set: the first two plotted, the others at the samples' means. */
    private void chooseInputs() {
        Architecture arch = model.architecture();
        sizesChosenFor = arch.sizes();
        samplesChosenFor = model.samples();
        fixed = Plane.means(model.samples());
        output = 0;
        first = 0;
        second = arch.size(0) > 1 ? 1 : -1;
        frames.clear();
        buildInputControls();
    }

    /** The combo boxes and spinners of a network of three or more inputs; nothing for fewer. */
    private void buildInputControls() {
        plane = Plane.over(model.samples(), first, second, fixed);
        inputControls.removeAll();
        spinners.clear();
        Architecture arch = model.architecture();
        int outputs = arch.size(arch.depth());
        if (outputs > 1) {
            String[] names = new String[outputs];
            for (int k = 0; k < outputs; k++) {
                names[k] = Names.neuron(arch, new NeuronId(arch.depth(), k));
            }
            inputControls.add(new JLabel("Map"));
            inputControls.add(inputCombo("boundaryOutputCombo", names, output, this::setShownOutput));
        }
        int inputs = arch.size(0);
        if (inputs > 2) {
            String[] names = new String[inputs];
            for (int i = 0; i < inputs; i++) {
                names[i] = inputName(i);
            }
            inputControls.add(new JLabel("Across"));
            inputControls.add(inputCombo("boundaryInputAcross", names, first, i -> setPlottedInputs(i, i == second ? first : second)));
            inputControls.add(new JLabel("up"));
            inputControls.add(inputCombo("boundaryInputUp", names, second, i -> setPlottedInputs(i == first ? second : first, i)));
            for (int i = 0; i < inputs; i++) {
                JSpinner spinner = i == first || i == second ? null : fixedSpinner(i);
                spinners.add(spinner);
                if (spinner != null) {
                    inputControls.add(new JLabel(names[i]));
                    inputControls.add(spinner);
                }
            }
        }
        inputControls.revalidate();
        inputControls.repaint();
    }

    /** A combo box of inputs or outputs; a choice rebuilds the controls, after the combo box's own event is done. */
    private static JComboBox<String> inputCombo(String name, String[] names, int selected, IntConsumer choose) {
        JComboBox<String> combo = new JComboBox<>(names);
        combo.setName(name);
        combo.setSelectedIndex(selected);
        combo.addActionListener(e -> {
            int chosen = combo.getSelectedIndex();
            if (chosen != selected) {
                SwingUtilities.invokeLater(() -> {
                    if (combo.getParent() != null) {   // not replaced by a load in between
                        choose.accept(chosen);
                    }
                });
            }
        });
        return combo;
    }

    private JSpinner fixedSpinner(int input) {
        JSpinner spinner = new JSpinner(new SpinnerNumberModel(fixed.get(input).doubleValue(), -1e6, 1e6, FIXED_STEP));
        spinner.setName("boundaryFixedInput." + (input + 1));
        spinner.addChangeListener(e -> {
            double v = ((Number) spinner.getValue()).doubleValue();
            if (v != fixed.get(input)) {
                setFixedValue(input, v);
            }
        });
        return spinner;
    }
}
