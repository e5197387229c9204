package dev.glassbox.swing.editor;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.swing.internal.layout.WrappingLabel;
import dev.glassbox.swing.internal.text.EpochWording;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GlassboxModelEvent;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.ListCellRenderer;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The network a student builds: its hidden layers (added after any layer or at the end, removed),
 * each layer's number of neurons and activation, the loss, and how the weights start — the
 * scenario's own weights while the layers are still theirs, or drawn from a seed by an initialiser
 * (uniform, Xavier/Glorot, He), or all zeros to show the symmetry problem. The input and output
 * layers have one neuron per input and per target of the samples, so the data sets their sizes:
 * they are shown, not edited.
 *
 * <p>Each change loads the changed scenario into the model ({@link GlassboxModel#load}), which
 * trains it again from epoch 0, posts an undoable edit named after the change ("Undo add hidden
 * layer 2"), and is saved with the scenario ({@code model.scenario()}: its layers, activations,
 * loss, and its weights or initialiser and seed). The same seed gives the same weights here, in a
 * file and on the command line. A change past a limit of the scenario format (at most
 * {@value Scenario#MAX_LAYERS} layers, the input and output layers included, and
 * {@value Scenario#MAX_NEURONS} neurons in a layer) or a combination the core rejects (softmax in
 * a hidden layer, cross-entropy without a sigmoid or softmax output) is refused, and the editor
 * says why under its controls; the network stays as it was. The editor follows the model: a
 * scenario loaded elsewhere, an undo or a redo shows at once.
 *
 * <p>Component names: {@code networkEditor} (this panel); {@code networkShape} (e.g.
 * "2-4-4-1"); per layer {@code l} (0 the inputs, up to the output): {@code layerSize}l (a label for
 * the inputs and the output, a spinner for a hidden layer), {@code layerActivation}l (1 and up),
 * {@code addLayerAfter}l (a hidden layer after this one; not for the output), {@code removeLayer}l
 * (hidden layers); {@code addLayerButton} (a hidden layer before the output), {@code editorLossCombo},
 * {@code initCombo}, {@code seedField}, {@code newSeedButton}, {@code initExplanation},
 * {@code networkEditorMessage}.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class NetworkEditor extends JPanel {
    /** The highest seed "New seed" draws: a number short enough to read out and type back. */
    private static final int NEW_SEED_BOUND = 1_000_000;

    private final GlassboxModel model;
    private final JLabel shape = new JLabel();
    private final JPanel layers = new JPanel(new GridBagLayout());
    /** The loss and how the weights start, under the layers. */
    private final JPanel settings = new JPanel(new GridBagLayout());
    private final WrappingLabel dataNote = new WrappingLabel();
    private final JButton addLayer = new JButton("Add hidden layer");
    private final JComboBox<Loss> lossCombo = new JComboBox<>(Loss.values());
    private final JComboBox<Start> startCombo = new JComboBox<>(Start.values());
    private final JTextField seedField = new JTextField(8);
    private final JButton newSeed = new JButton("New seed");
    private final WrappingLabel startNote = new WrappingLabel();
    private final WrappingLabel message = new WrappingLabel();
    /** Per layer (0 the inputs … L the output): the hidden layers' size spinners (null for the inputs and the output). */
    private final List<JSpinner> sizes = new ArrayList<>();
    /** Per layer 1 … L (index 0 unused, null): the activation combos. */
    private final List<JComboBox<Activation>> activations = new ArrayList<>();
    private final List<JLabel> layerSizeLabels = new ArrayList<>();
    /** The depth the layer rows are built for; −1 before the first sync. */
    private int shownDepth = -1;
    /** Set while the editor copies the model's state, so that its own listeners stay quiet. */
    private boolean syncing;
    /** Set while the editor loads a change of its own. */
    private boolean changing;
    /** The weights the scenario came with, and its name: "Scenario's weights" brings them back while they fit. */
    private Parameters ownWeights;
    private String ownName;

    /**
     * An editor of {@code model}'s network.
     *
     * @param model the model whose scenario the editor changes and follows
     */
    public NetworkEditor(GlassboxModel model) {
        super(new GridBagLayout());
        this.model = Objects.requireNonNull(model, "model");
        setName("networkEditor");
        shape.setName("networkShape");
        applyFonts();
        dataNote.setName("dataNote");
        addLayer.setName("addLayerButton");
        addLayer.setToolTipText("Add a hidden layer before the output layer");
        lossCombo.setName("editorLossCombo");
        lossCombo.setRenderer(renderer(v -> ((Loss) v).id()));
        startCombo.setName("initCombo");
        seedField.setName("seedField");
        newSeed.setName("newSeedButton");
        newSeed.setToolTipText("Draw the weights again from another seed");
        startNote.setName("initExplanation");
        startNote.setColorKey(GlassboxTheme.MUTED);
        dataNote.setColorKey(GlassboxTheme.MUTED);
        message.setName("networkEditorMessage");
        message.setVisible(false);

        addLayer.addActionListener(e -> change("Hidden layer " + model.architecture().depth() + " added",
                s -> NetworkDesign.withLayerAdded(s, s.architecture().depth() - 1)));
        lossCombo.addActionListener(e -> {
            Loss loss = (Loss) lossCombo.getSelectedItem();
            change("Loss " + Names.loss(loss), s -> NetworkDesign.withLoss(s, loss));
        });
        startCombo.addActionListener(e -> chooseStart((Start) startCombo.getSelectedItem()));
        seedField.addActionListener(e -> typedSeed());
        seedField.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                typedSeed();
            }
        });
        newSeed.addActionListener(e -> drawn((Start) startCombo.getSelectedItem(),
                ThreadLocalRandom.current().nextLong(1, NEW_SEED_BOUND)));

        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridwidth = 3;
        c.anchor = GridBagConstraints.LINE_START;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(4, 4, 2, 4);
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.add(shape, BorderLayout.CENTER);
        top.add(addLayer, BorderLayout.LINE_END);
        add(top, c);
        c.insets = new Insets(2, 4, 2, 4);
        add(layers, c);
        // A refusal shows right under the layers, whose controls refuse most, and scrolls into view.
        add(message, c);
        add(dataNote, c);
        row(0, "Loss", lossCombo, null);
        row(1, "Weights", startCombo, null);
        row(2, "Seed", seedField, newSeed);
        c.insets = new Insets(8, 4, 2, 4);
        add(settings, c);
        c.insets = new Insets(2, 4, 2, 4);
        add(startNote, c);
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        sync();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> {
                    if (e.kind() == GlassboxModelEvent.Kind.LOADED || e.kind() == GlassboxModelEvent.Kind.RESTORED) {
                        if (!changing) {
                            // What the editor said was of the network it changed, which is no longer shown.
                            say("", false);
                        }
                        sync();
                    }
                })
                .onAttach(this::sync);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        // Called by the superclass constructor too, before the fields exist.
        if (shape != null) {
            applyFonts();
        }
    }

    /** The shape in bold, from the look and feel's (and the zoom's) label font of the moment. */
    private void applyFonts() {
        shape.setFont(UIManager.getFont("Label.font").deriveFont(Font.BOLD));
    }

    /** A labelled row of the settings under the layers: the label, the field, and a button beside it (or nothing). */
    private void row(int y, String label, JComponent field, JComponent beside) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = new Insets(2, 0, 2, 8);
        JLabel l = new JLabel(label);
        l.setLabelFor(field);
        settings.add(l, c);
        c.gridx = 1;
        c.insets = new Insets(2, 0, 2, 6);
        settings.add(field, c);
        if (beside != null) {
            c.gridx = 2;
            settings.add(beside, c);
        }
        c.gridx = 3;
        c.weightx = 1;
        settings.add(new JLabel(), c);
    }

    // ---------------------------------------------------------------- the layer rows

    /** One row per layer: its name, its size, its activation, and the buttons that add and remove layers. */
    private void buildLayers(Architecture arch) {
        layers.removeAll();
        sizes.clear();
        activations.clear();
        layerSizeLabels.clear();
        header("Layer", 0);
        header("Neurons", 1);
        header("Activation", 2);
        activations.add(null);
        for (int l = 0; l <= arch.depth(); l++) {
            int gy = l + 1;
            JLabel name = new JLabel(layerName(arch, l));
            cell(name, 0, gy, GridBagConstraints.NONE);
            if (l == 0 || l == arch.depth()) {
                JLabel size = new JLabel();
                size.setName("layerSize" + l);
                size.setToolTipText(l == 0 ? "One input neuron per input of a sample" : "One output neuron per target of a sample");
                layerSizeLabels.add(size);
                sizes.add(null);
                cell(size, 1, gy, GridBagConstraints.NONE);
            } else {
                JSpinner spinner = sizeSpinner(l);
                name.setLabelFor(spinner);
                layerSizeLabels.add(null);
                sizes.add(spinner);
                cell(spinner, 1, gy, GridBagConstraints.NONE);
            }
            if (l > 0) {
                JComboBox<Activation> combo = activationCombo(l, l == arch.depth());
                activations.add(combo);
                cell(combo, 2, gy, GridBagConstraints.HORIZONTAL);
            }
            if (l < arch.depth()) {
                int after = l;
                JButton add = smallButton("+", "addLayerAfter" + l, l == 0 ? "Add a hidden layer right after the inputs"
                        : "Add a hidden layer after hidden layer " + l);
                add.addActionListener(e -> change("Hidden layer " + (after + 1) + " added",
                        s -> NetworkDesign.withLayerAdded(s, after)));
                cell(add, 3, gy, GridBagConstraints.NONE);
            }
            if (l > 0 && l < arch.depth()) {
                int layer = l;
                JButton remove = smallButton("−", "removeLayer" + l, "Remove hidden layer " + l);
                remove.addActionListener(e -> change("Hidden layer " + layer + " removed",
                        s -> NetworkDesign.withoutLayer(s, layer)));
                cell(remove, 4, gy, GridBagConstraints.NONE);
            }
        }
        // What is left of the width goes right of the buttons, which stay beside their layer's controls.
        GridBagConstraints rest = new GridBagConstraints();
        rest.gridx = 5;
        rest.weightx = 1;
        layers.add(new JLabel(), rest);
        shownDepth = arch.depth();
        layers.revalidate();
        layers.repaint();
    }

    private void header(String text, int gx) {
        JLabel h = new JLabel(text) {
            @Override
            public Color getForeground() {
                return GlassboxTheme.color(GlassboxTheme.MUTED);
            }
        };
        cell(h, gx, 0, GridBagConstraints.NONE);
    }

    private void cell(JComponent c, int gx, int gy, int fill) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = gx;
        g.gridy = gy;
        g.anchor = GridBagConstraints.LINE_START;
        g.fill = fill;
        g.weightx = 0;
        g.insets = new Insets(1, 0, 1, 6);
        layers.add(c, g);
    }

    private static JButton smallButton(String text, String name, String tooltip) {
        JButton b = new JButton(text);
        b.setName(name);
        b.setToolTipText(tooltip);
        b.getAccessibleContext().setAccessibleName(tooltip);
        b.setMargin(new Insets(0, 6, 0, 6));
        return b;
    }

    /** "Inputs", "Hidden 1" …, "Output". */
    private static String layerName(Architecture arch, int l) {
        return l == 0 ? "Inputs" : l == arch.depth() ? "Output" : "Hidden " + l;
    }

    /**
     * A hidden layer's size: 1 to {@value Scenario#MAX_NEURONS}; an arrow past either end, or a
     * number typed outside them, says why it is refused.
     */
    private JSpinner sizeSpinner(int layer) {
        SpinnerNumberModel counts = new SpinnerNumberModel(1, 1, Scenario.MAX_NEURONS, 1) {
            @Override
            public Object getNextValue() {
                Object next = super.getNextValue();
                if (next == null) {
                    refuse(NetworkDesign.tooManyNeurons());
                }
                return next;
            }

            @Override
            public Object getPreviousValue() {
                Object previous = super.getPreviousValue();
                if (previous == null) {
                    refuse(NetworkDesign.tooFewNeurons());
                }
                return previous;
            }
        };
        JSpinner spinner = new JSpinner(counts);
        spinner.setName("layerSize" + layer);
        JSpinner.NumberEditor editor = new JSpinner.NumberEditor(spinner, "0");
        spinner.setEditor(editor);
        editor.getTextField().setColumns(2);
        editor.getTextField().addPropertyChangeListener("editValid", e -> {
            if (Boolean.FALSE.equals(e.getNewValue())) {
                refuse(typedSizeProblem(editor.getTextField().getText()));
            }
        });
        spinner.addChangeListener(e -> {
            int n = ((Number) spinner.getValue()).intValue();
            change("Hidden layer " + layer + ": " + n + (n == 1 ? " neuron" : " neurons"),
                    s -> NetworkDesign.withSize(s, layer, n));
        });
        return spinner;
    }

    /** Why a typed size is not taken. */
    private static String typedSizeProblem(String text) {
        try {
            long n = Long.parseLong(text.strip());
            return n > Scenario.MAX_NEURONS ? NetworkDesign.tooManyNeurons() : NetworkDesign.tooFewNeurons();
        } catch (NumberFormatException e) {
            return "A layer's size is a whole number of neurons, from 1 to " + Scenario.MAX_NEURONS + ".";
        }
    }

    private JComboBox<Activation> activationCombo(int layer, boolean output) {
        List<Activation> offered = output ? List.of(Activation.values()) : NetworkDesign.hiddenActivations();
        JComboBox<Activation> combo = new JComboBox<>(offered.toArray(new Activation[0]));
        combo.setName("layerActivation" + layer);
        combo.setRenderer(renderer(v -> ((Activation) v).id()));
        // As wide as the longest name, in every row alike.
        combo.setPrototypeDisplayValue(Activation.LEAKY_RELU);
        combo.addActionListener(e -> {
            Activation f = (Activation) combo.getSelectedItem();
            String which = output ? "Output" : "Hidden layer " + layer;
            change(which + ": " + f.id(), s -> NetworkDesign.withActivation(s, layer, f));
        });
        return combo;
    }

    private static ListCellRenderer<Object> renderer(Function<Object, String> text) {
        DefaultListCellRenderer base = new DefaultListCellRenderer();
        return (list, value, index, selected, focus) -> {
            Component c = base.getListCellRendererComponent(list, value, index, selected, focus);
            base.setText(value == null ? "" : text.apply(value));
            return c;
        };
    }

    // ---------------------------------------------------------------- how the weights start

    private void chooseStart(Start start) {
        if (syncing || start == null) {
            return;
        }
        if (start != Start.OWN) {
            drawn(start, model.scenario().seed());
            return;
        }
        Architecture arch = model.architecture();
        if (ownWeights == null) {
            refuse("This scenario has no weights of its own: it draws them from its seed.");
        } else if (!ownWeights.sizes().equals(arch.sizes())) {
            refuse("The scenario's own weights fit its " + shapeOf(ownWeights.sizes()) + " network, not this "
                    + shapeOf(arch.sizes()) + " one.");
        } else {
            Parameters own = ownWeights;
            change("The scenario's weights", s -> NetworkDesign.withWeights(s, own));
        }
    }

    /** Weights drawn by {@code start} from {@code seed}. */
    private void drawn(Start start, long seed) {
        change(start + " weights, seed " + seed,
                s -> NetworkDesign.withDrawnWeights(s, start.initializer(), seed));
    }

    private void typedSeed() {
        if (syncing || !seedField.isEnabled()) {
            return;
        }
        String text = seedField.getText().strip();
        long seed;
        try {
            seed = Long.parseLong(text);
        } catch (NumberFormatException e) {
            refuse("The seed is a whole number, such as 7; got '" + text + "'.");
            return;
        }
        drawn((Start) startCombo.getSelectedItem(), seed);
    }

    // ---------------------------------------------------------------- changing and following

    /**
     * Loads the scenario {@code edit} makes of the model's, and says that training starts again; or
     * refuses, saying why, and shows the model's network as it is.
     */
    private void change(String what, UnaryOperator<Scenario> edit) {
        if (syncing) {
            return;
        }
        Scenario before = model.scenario();
        Scenario next;
        try {
            next = edit.apply(before);
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
            return;
        }
        if (next.equals(before)) {
            // The choice made again (a combo's item picked twice): nothing to train again from epoch 0.
            return;
        }
        changing = true;
        try {
            model.load(next);
        } finally {
            changing = false;
        }
        int left = before.quiz().size() - next.quiz().size();
        say(EpochWording.restarted(what) + (left == 0 ? "" : " " + left + (left == 1 ? " quiz question asks" : " quiz questions ask")
                + " about the old network and " + (left == 1 ? "was" : "were") + " left out (Undo brings "
                + (left == 1 ? "it" : "them") + " back)."), false);
    }

    private void refuse(String why) {
        say(why, true);
        sync();
    }

    private void say(String text, boolean warning) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
        message.setColorKey(warning ? GlassboxTheme.WARNING : GlassboxTheme.TEXT);
        if (warning) {
            // After the layout that gives the message its lines.
            SwingUtilities.invokeLater(() -> message.scrollRectToVisible(new Rectangle(message.getSize())));
        }
    }

    /** Copies the model's network into the controls, rebuilding the layer rows when the number of layers changed. */
    private void sync() {
        syncing = true;
        try {
            Scenario s = model.scenario();
            Architecture arch = s.architecture();
            followOwnWeights(s);
            if (arch.depth() != shownDepth) {
                buildLayers(arch);
            }
            shape.setText(shapeOf(arch.sizes()) + " network");
            for (int l = 0; l <= arch.depth(); l++) {
                if (sizes.get(l) != null) {
                    sizes.get(l).setValue(arch.size(l));
                } else {
                    layerSizeLabels.get(l).setText(Integer.toString(arch.size(l)));
                }
                if (l > 0) {
                    activations.get(l).setSelectedItem(arch.activation(l));
                }
            }
            int in = arch.size(0);
            int out = arch.size(arch.depth());
            dataNote.setText("The samples set the inputs and the output: " + in + (in == 1 ? " input" : " inputs")
                    + " and " + out + (out == 1 ? " target" : " targets") + " each.");
            lossCombo.setSelectedItem(arch.loss());
            Start start = s.parameters() != null ? Start.OWN : Start.of(s.initializer());
            startCombo.setSelectedItem(start);
            seedField.setText(Long.toString(s.seed()));
            seedField.setEnabled(start.seeded());
            newSeed.setEnabled(start.seeded());
            startNote.setText(start.explanation());
        } finally {
            syncing = false;
        }
        revalidate();
        repaint();
    }

    /**
     * Remembers the weights a scenario came with: those of any scenario that has weights (the
     * editor's own changes keep them only while the layers are theirs), forgotten when another
     * scenario without weights arrives.
     */
    private void followOwnWeights(Scenario s) {
        if (s.parameters() != null) {
            ownWeights = s.parameters();
            ownName = s.name();
        } else if (!changing && !s.name().equals(ownName)) {
            ownWeights = null;
            ownName = s.name();
        }
    }

    /** Layer sizes as "2-4-4-1". */
    private static String shapeOf(List<Integer> sizes) {
        return sizes.stream().map(String::valueOf).collect(Collectors.joining("-"));
    }
}
