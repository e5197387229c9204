package dev.glassbox.swing.controls;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Loss;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioException;
import dev.glassbox.swing.internal.layout.Forms;
import dev.glassbox.swing.internal.threading.EventThread;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.model.GlassboxModelEvent;
import dev.glassbox.swing.model.InspectionEvent;
import dev.glassbox.swing.internal.text.EpochWording;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;

/**
 * The scenario and its training parameters: scenario, loss, hidden and output activation,
 * learning rate, update mode, and the viewed sample. Changing the loss, an activation or the update
 * mode reloads the scenario with that change — back to its starting weights — so that runs stay
 * comparable; the learning rate changes between epochs, even while playing. A combination the
 * core rejects (cross-entropy without a sigmoid output) is refused with a message and the
 * session stays as it was. When the hidden layers have different activations (set in the network
 * editor), the hidden activation combo says "per layer" rather than show one of them; choosing an
 * activation there gives it to every hidden layer.
 *
 * <p>Component names: {@code scenarioCombo}, {@code lossCombo}, {@code hiddenActivationCombo},
 * {@code outputActivationCombo}, {@code learningRateSpinner}, {@code updateModeCombo},
 * {@code sampleCombo}, {@code parameterMessage}.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class ParameterControls extends JPanel {
    private final GlassboxModel model;
    private final DefaultComboBoxModel<ScenarioEntry> scenarios = new DefaultComboBoxModel<>();
    private final JComboBox<ScenarioEntry> scenarioCombo = new NarrowCombo<>(scenarios);
    private final JComboBox<Loss> lossCombo = new JComboBox<>(Loss.values());
    /** What the hidden activation combo shows when the hidden layers' activations differ. */
    private static final String MIXED = "per layer";
    private final JComboBox<Activation> hiddenCombo = new JComboBox<>(Activation.values());
    private final JComboBox<Activation> outputCombo = new JComboBox<>(Activation.values());
    private final JSpinner rateSpinner;
    private final JComboBox<UpdateMode> updateCombo = new JComboBox<>(UpdateMode.values());
    private final JComboBox<String> sampleCombo = new NarrowCombo<>(new DefaultComboBoxModel<>());
    /**
     * The controls' message, under them. Blank, it takes no height: on a small screen at a high zoom
     * a blank line here would take a row of the loss table below.
     */
    private final JLabel message = new JLabel(" ") {
        @Override
        public Dimension getPreferredSize() {
            // A long message must not widen the controls (and so push the views aside): it wraps to the width.
            return new Dimension(0, getText().isBlank() ? 0 : super.getPreferredSize().height);
        }

        @Override
        public Dimension getMinimumSize() {
            // A blank label's minimum is still a line high; a layout that honours minimums (the
            // demo's column) would keep that line, and take it from the lesson below.
            return getPreferredSize();
        }
    };
    private JLabel scenarioLabel;
    /** Set while the controls copy the model's state, so that their own listeners stay quiet. */
    private boolean syncing;
    private List<Sample> shownSamples;

    /**
     * Controls for {@code model}, offering the built-in scenarios.
     *
     * @param model the model the controls change and follow
     */
    public ParameterControls(GlassboxModel model) {
        super(new GridBagLayout());
        this.model = model;
        for (String id : BuiltInScenarios.ids()) {
            scenarios.addElement(new ScenarioEntry(id, BuiltInScenarios.get(id)));
        }
        rateSpinner = new JSpinner(new LearningRateModel(model.learningRate()));
        JSpinner.NumberEditor editor = new JSpinner.NumberEditor(rateSpinner, "0.####");
        rateSpinner.setEditor(editor);
        JFormattedTextField field = editor.getTextField();
        field.setColumns(6);
        // The message stays while the text is invalid and goes as soon as it is valid again.
        field.addPropertyChangeListener("editValid", e -> say(Boolean.FALSE.equals(e.getNewValue())
                ? "The learning rate must be a number from " + decimal(LearningRateModel.MIN) + " to "
                        + decimal(LearningRateModel.MAX) + "."
                : " "));

        scenarioCombo.setName("scenarioCombo");
        lossCombo.setName("lossCombo");
        hiddenCombo.setName("hiddenActivationCombo");
        outputCombo.setName("outputActivationCombo");
        rateSpinner.setName("learningRateSpinner");
        updateCombo.setName("updateModeCombo");
        sampleCombo.setName("sampleCombo");
        message.setName("parameterMessage");
        // Long scenario names (a file's title) and wide samples must not widen the panel: size the
        // combos for a typical entry and let longer ones be cut short.
        scenarioCombo.setPrototypeDisplayValue(new ScenarioEntry("xor", BuiltInScenarios.get("xor")));
        sampleCombo.setPrototypeDisplayValue("#1  x = (0, 0) → y = 0");
        // The prototypes keep the column narrow; the lists open as wide as their longest entries (NarrowCombo).
        // The combo shows as much of the chosen name as its column holds; its tooltip says it all.
        scenarioCombo.addItemListener(e -> scenarioCombo.setToolTipText(String.valueOf(scenarioCombo.getSelectedItem())));
        scenarioCombo.setToolTipText(String.valueOf(scenarioCombo.getSelectedItem()));
        lossCombo.setRenderer(Forms.renderer(v -> ((Loss) v).id()));
        hiddenCombo.setRenderer(Forms.renderer(v -> ((Activation) v).id(), MIXED));
        outputCombo.setRenderer(Forms.renderer(v -> ((Activation) v).id()));
        updateCombo.setRenderer(Forms.renderer(v -> ((UpdateMode) v).id()));

        scenarioCombo.addActionListener(e -> {
            if (!syncing && scenarioCombo.getSelectedItem() instanceof ScenarioEntry entry) {
                say(" ");
                model.load(entry.scenario());
            }
        });
        lossCombo.addActionListener(e -> reload("Loss " + ((Loss) lossCombo.getSelectedItem()).id(),
                s -> s.toBuilder().loss((Loss) lossCombo.getSelectedItem()).build()));
        hiddenCombo.addActionListener(e -> {
            if (hiddenCombo.getSelectedItem() instanceof Activation f) {
                reload("Hidden activation " + f.id(), this::withChosenActivations);
            }
        });
        outputCombo.addActionListener(e -> reload("Output activation " + ((Activation) outputCombo.getSelectedItem()).id(),
                this::withChosenActivations));
        updateCombo.addActionListener(e -> reload("Update " + ((UpdateMode) updateCombo.getSelectedItem()).id(),
                s -> s.toBuilder().updateMode((UpdateMode) updateCombo.getSelectedItem()).build()));
        rateSpinner.addChangeListener(e -> {
            if (!syncing) {
                model.setLearningRate(((Number) rateSpinner.getValue()).doubleValue());
                say(" ");
            }
        });
        sampleCombo.addActionListener(e -> {
            if (!syncing && sampleCombo.getSelectedIndex() >= 0) {
                model.setViewedSample(sampleCombo.getSelectedIndex());
            }
        });

        scenarioLabel = Forms.row(this, 0, "Scenario", scenarioCombo);
        Forms.row(this, 1, "Loss", lossCombo);
        Forms.row(this, 2, "Hidden activation", hiddenCombo);
        Forms.row(this, 3, "Output activation", outputCombo);
        Forms.row(this, 4, "Learning rate η", rateSpinner);
        Forms.row(this, 5, "Update", updateCombo);
        Forms.row(this, 6, "Viewed sample", sampleCombo);
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 7;
        c.gridwidth = 2;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(4, 2, 2, 2);
        c.weightx = 1;
        add(message, c);
        sync();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(this::trainingChanged)
                .onInspection(e -> {
                    if (e.kind() == InspectionEvent.Kind.SAMPLE) {
                        sync();
                    }
                })
                .onAttach(this::sync);
    }

    /**
     * Offers another scenario (e.g. one opened from a file) under {@code label}, selects it and
     * loads it into the model.
     *
     * @param label    what the chooser shows after the scenario's name, e.g. a file name
     * @param scenario the scenario to offer and load
     * @throws IllegalStateException if called off the event thread
     */
    public void addScenario(String label, Scenario scenario) {
        EventThread.require("ParameterControls.addScenario");
        ScenarioEntry entry = new ScenarioEntry(label, scenario);
        scenarios.addElement(entry);
        scenarioCombo.setSelectedItem(entry);
    }

    /**
     * Replaces the scenarios on offer, e.g. with a course's own; the model keeps training what it
     * trains, which stays on offer (under its own name) if it is not among {@code entries}.
     *
     * @param entries the scenarios to offer, in order
     * @throws IllegalStateException if called off the event thread
     */
    public void setScenarios(List<ScenarioEntry> entries) {
        EventThread.require("ParameterControls.setScenarios");
        syncing = true;
        try {
            scenarios.removeAllElements();
            entries.forEach(scenarios::addElement);
        } finally {
            syncing = false;
        }
        sync();
    }

    /**
     * Shows or hides the scenario chooser (and its label), for an embedder that fixes the scenario.
     *
     * @param visible whether the chooser shows
     * @throws IllegalStateException if called off the event thread
     */
    public void setScenarioChooserVisible(boolean visible) {
        EventThread.require("ParameterControls.setScenarioChooserVisible");
        scenarioLabel.setVisible(visible);
        scenarioCombo.setVisible(visible);
    }

    /**
     * Selects the built-in or added scenario whose label is {@code label} (and loads it).
     *
     * @param label the label of a scenario on offer
     * @throws IllegalArgumentException if no scenario on offer has that label
     * @throws IllegalStateException if called off the event thread
     */
    public void selectScenario(String label) {
        EventThread.require("ParameterControls.selectScenario");
        for (int i = 0; i < scenarios.getSize(); i++) {
            if (scenarios.getElementAt(i).label().equals(label)) {
                scenarioCombo.setSelectedIndex(i);
                return;
            }
        }
        throw new IllegalArgumentException("no scenario labelled " + label);
    }

    /**
     * The scenarios on offer.
     *
     * @return the chooser's entries, in order
     */
    public List<ScenarioEntry> scenarios() {
        return java.util.stream.IntStream.range(0, scenarios.getSize()).mapToObj(scenarios::getElementAt).toList();
    }

    /**
     * The chosen activations: the hidden one for every hidden layer, or, while the combo shows
     * {@link #MIXED}, each hidden layer's own.
     */
    private Scenario withChosenActivations(Scenario s) {
        Activation output = (Activation) outputCombo.getSelectedItem();
        if (hiddenCombo.getSelectedItem() == null) {
            Architecture arch = s.architecture();
            List<Activation> fs = new java.util.ArrayList<>(arch.activations());
            fs.set(fs.size() - 1, output);
            return s.toBuilder().architecture(new Architecture(arch.sizes(), fs, arch.loss())).build();
        }
        return s.toBuilder().activations((Activation) hiddenCombo.getSelectedItem(), output).build();
    }

    /**
     * Reloads the session's scenario with a change, which trains it again from epoch 0, and says so
     * ("Online updates: training starts again from epoch 0."), so that the reset is never silent;
     * refuses (and restores the controls) if the core rejects the change.
     */
    private void reload(String what, UnaryOperator<Scenario> change) {
        if (syncing) {
            return;
        }
        Scenario next;
        try {
            // The bookmarks are the teacher's notes on this scenario's history, not the file's: they
            // stay through another loss, activation or update mode (a load of another file replaces them).
            next = change.apply(model.scenario().toBuilder().bookmarks(model.bookmarks()).build());
        } catch (ScenarioException e) {
            say(e.getMessage());
            sync();
            return;
        }
        model.load(next);
        message.setText(EpochWording.restarted(what));
        message.setForeground(GlassboxTheme.color(GlassboxTheme.TEXT));
    }

    private void say(String text) {
        message.setText(text);
        message.setForeground(GlassboxTheme.color(GlassboxTheme.WARNING));
    }



    /** Epochs trained, a past epoch viewed or a bookmark change nothing shown here; a load, reset, rewind or new rate may. */
    private void trainingChanged(GlassboxModelEvent e) {
        if (e.sessionChanged() && e.kind() != GlassboxModelEvent.Kind.TRAINED) {
            sync();
        }
    }

    /** Copies the session's state into the controls. */
    private void sync() {
        syncing = true;
        try {
            Scenario s = model.scenario();
            Architecture arch = s.architecture();
            lossCombo.setSelectedItem(arch.loss());
            hiddenCombo.setEnabled(arch.depth() > 1);
            boolean mixed = arch.activations().subList(0, arch.depth() - 1).stream().distinct().count() > 1;
            hiddenCombo.setSelectedItem(mixed ? null : arch.depth() > 1 ? arch.activation(1) : arch.outputActivation());
            hiddenCombo.setToolTipText(mixed ? "The hidden layers have different activations, each set in the network "
                    + "editor; choosing one here gives it to every hidden layer" : null);
            outputCombo.setSelectedItem(arch.outputActivation());
            updateCombo.setSelectedItem(s.updateMode());
            double eta = model.learningRate();
            if (((Number) rateSpinner.getValue()).doubleValue() != eta) {
                // The session's rate as it is, even outside the spinner's steps (a file may set any η > 0).
                rateSpinner.setValue(eta);
            }
            if (shownSamples != s.samples()) {
                shownSamples = s.samples();
                sampleCombo.removeAllItems();
                for (int i = 0; i < shownSamples.size(); i++) {
                    sampleCombo.addItem(describe(i, shownSamples.get(i)));
                }
            }
            if (sampleCombo.getSelectedIndex() != model.viewedSample()) {
                sampleCombo.setSelectedIndex(model.viewedSample());
            }
            selectEntryOf(s);
        } finally {
            syncing = false;
        }
    }

    /**
     * Shows the entry of the session's scenario: the chosen one while it trains a variant of it (same
     * name, e.g. another loss), else one holding exactly it, else one of that name; a scenario on offer
     * nowhere (an embedder's own) is offered under its own name rather than shown as another.
     */
    private void selectEntryOf(Scenario s) {
        Object chosen = scenarioCombo.getSelectedItem();
        if (chosen instanceof ScenarioEntry e && e.scenario().name().equals(s.name())) {
            return;
        }
        int byName = -1;
        for (int i = 0; i < scenarios.getSize(); i++) {
            Scenario offered = scenarios.getElementAt(i).scenario();
            if (offered.equals(s)) {
                scenarioCombo.setSelectedIndex(i);
                return;
            }
            if (byName < 0 && offered.name().equals(s.name())) {
                byName = i;
            }
        }
        if (byName < 0) {
            scenarios.addElement(ScenarioEntry.of(s));
            byName = scenarios.getSize() - 1;
        }
        scenarioCombo.setSelectedIndex(byName);
    }

    /** A limit written out in full, as people type it: {@code 0.0001}, {@code 100}. */
    private static String decimal(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String describe(int i, Sample s) {
        return "#" + (i + 1) + "  x = (" + join(s.x()) + ") → y = " + join(s.y());
    }

    private static String join(List<Double> v) {
        return v.stream().map(Numbers::compact).collect(Collectors.joining(", "));
    }
}
