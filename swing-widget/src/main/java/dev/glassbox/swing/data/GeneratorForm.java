package dev.glassbox.swing.data;

import dev.glassbox.core.data.TwoInputProblem;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.swing.internal.data.SampleText;
import dev.glassbox.swing.internal.layout.Forms;
import dev.glassbox.swing.internal.text.Numbers;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.SplittableRandom;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;

/**
 * Draws a new training set from {@link TwoInputProblem}: the problem, the number of samples (up to
 * {@link Scenario#MAX_SAMPLES}), the noise, the seed (with "New seed"), then Generate replaces the
 * samples through the table, as one undoable change. The problems have two inputs and one target,
 * so the form is offered only for such a network, and says why otherwise.
 */
final class GeneratorForm extends JPanel {
    /** How many samples a new form draws. */
    private static final int DEFAULT_COUNT = 200;
    private static final double NOISE_STEP = 0.05;
    /** New seeds are drawn below this, so that they stay short enough to read and type. */
    private static final int NEW_SEED_BOUND = 1_000_000;

    private final DatasetTable table;
    private final JComboBox<TwoInputProblem> problem = new JComboBox<>(TwoInputProblem.values());
    private final JSpinner count = new JSpinner(new SpinnerNumberModel(DEFAULT_COUNT, 1, Scenario.MAX_SAMPLES, 10));
    private final JSpinner noise = new JSpinner(new SpinnerNumberModel(0.0, 0.0, TwoInputProblem.MAX_NOISE, NOISE_STEP));
    private final JSpinner seed = new JSpinner(new SpinnerNumberModel(Long.valueOf(1), Long.valueOf(-Scenario.MAX_SEED),
            Long.valueOf(Scenario.MAX_SEED), Long.valueOf(1)));
    private final JButton newSeed = new JButton("New seed");
    private final JButton generate = new JButton("Generate");
    private final JTextArea unavailable = Forms.message("generatorUnavailable");
    private final SplittableRandom seeds = new SplittableRandom();

    GeneratorForm(DatasetTable table) {
        super(new GridBagLayout());
        this.table = table;
        setName("datasetGenerator");
        setBorder(BorderFactory.createTitledBorder("Generate a two-input problem"));
        problem.setName("generatorProblemCombo");
        count.setName("generatorCountSpinner");
        noise.setName("generatorNoiseSpinner");
        seed.setName("generatorSeedSpinner");
        newSeed.setName("generatorNewSeedButton");
        generate.setName("generatorGenerateButton");
        problem.setRenderer(Forms.renderer(p -> ((TwoInputProblem) p).title()));
        problem.setSelectedItem(TwoInputProblem.SPIRAL);
        count.setToolTipText("1 to " + Scenario.MAX_SAMPLES + " samples");
        noise.setToolTipText("The standard deviation added to each coordinate, 0 to " + Numbers.compact(TwoInputProblem.MAX_NOISE));
        seed.setToolTipText("The same seed draws the same samples");
        newSeed.setToolTipText("Draw another seed");
        generate.setToolTipText("Replace the samples with the problem drawn (undoable)");
        newSeed.addActionListener(e -> seed.setValue((long) seeds.nextInt(NEW_SEED_BOUND)));
        generate.addActionListener(e -> generate());

        Forms.row(this, 0, "Problem", problem);
        Forms.row(this, 1, "Samples", count);
        Forms.row(this, 2, "Noise", noise);
        Forms.row(this, 3, "Seed", seed);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 1;
        c.gridy = 4;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 4, 2, 4);
        JPanel buttons = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 0, 0));
        buttons.add(newSeed);
        buttons.add(javax.swing.Box.createHorizontalStrut(6));
        buttons.add(generate);
        add(buttons, c);
        c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 5;
        c.gridwidth = 2;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(2, 4, 2, 4);
        add(unavailable, c);
        table.getModel().addTableModelListener(e -> offer());
        offer();
    }

    /** Offers the generators only to a network they fit: two inputs, one output. */
    private void offer() {
        Architecture arch = ((SampleRows) table.getModel()).architecture();
        int in = arch.size(0);
        int out = SampleText.outputs(arch);
        boolean fits = in == 2 && out == 1;
        for (JComponent c : List.of(problem, count, noise, seed, newSeed, generate)) {
            c.setEnabled(fits);
        }
        unavailable.setVisible(!fits);
        unavailable.setText(fits ? "" : "The generators draw problems with two inputs and one target (1 or 0); this"
                + " network has " + in + " input" + (in == 1 ? "" : "s") + " and " + out + " output"
                + (out == 1 ? "" : "s") + ".");
    }

    private void generate() {
        TwoInputProblem p = (TwoInputProblem) problem.getSelectedItem();
        int n = ((Number) count.getValue()).intValue();
        double sigma = ((Number) noise.getValue()).doubleValue();
        long s = ((Number) seed.getValue()).longValue();
        List<Sample> samples = p.samples(n, sigma, s);
        table.change(samples, "Generated " + n + " samples of the " + p.title().toLowerCase(java.util.Locale.ROOT)
                + " (noise " + Numbers.compact(sigma) + ", seed " + s + ")");
    }
}
