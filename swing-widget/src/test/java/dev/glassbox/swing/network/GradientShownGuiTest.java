package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.Connection;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.core.math.UpdateMode;
import dev.glassbox.core.quiz.Quantity;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.swing.model.Concealed;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GradientShown;
import dev.glassbox.swing.model.InspectionEvent;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.BorderLayout;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The switch in the chain rule's header between the viewed sample's gradient and the batch mean,
 * on xor's first epoch, worked by hand from xor.json: the output weight w hidden 1 → output has
 * δ·a on the four samples 0.14062 · 0.58662 = 0.08249, −0.02788, −0.02771 and 0.09171, whose mean
 * is 0.11861 / 4 = 0.02965.
 */
class GradientShownGuiTest extends GuiTest {
    private static final Connection OUTPUT = new Connection(1, 0, 0);

    private GlassboxModel model;
    private ChainRulePanel panel;
    private NetworkView network;

    private void show(UpdateMode mode) {
        show(() -> {
            model = new GlassboxModel(BuiltInScenarios.get("xor").toBuilder().updateMode(mode).build());
            panel = new ChainRulePanel(model);
            network = new NetworkView(model);
            JPanel p = new JPanel(new BorderLayout());
            p.add(new JScrollPane(panel), BorderLayout.EAST);
            p.add(network, BorderLayout.CENTER);
            return p;
        }, 1000, 700);
        onEdtRun(() -> model.setSelected(OUTPUT));
    }

    @AfterEach
    void closeModel() {
        onEdtRun(() -> model.close());
    }

    private String chain() {
        return onEdt(() -> panel.plainText());
    }

    /** The weight's tooltip as the mouse over its middle gets it, a line each. */
    private List<String> tooltip(Connection c) {
        String html = onEdt(() -> {
            NetworkLayout lay = network.networkLayout();
            Point2D p = lay.pointAlong(c, 0.5);
            return network.getToolTipText(new MouseEvent(network, MouseEvent.MOUSE_MOVED, 0, 0,
                    (int) Math.round(p.getX()), (int) Math.round(p.getY()), 0, false));
        });
        return List.of(html.replace("<html>", "").replace("</html>", "").split("<br>"));
    }

    @Test
    void theSwitchMakesTheBatchMeanTheHeadlineAndTheSampleTheComparisonAndBack() {
        show(UpdateMode.BATCH);
        window.toggleButton("gradientPerSampleButton").requireSelected();
        assertThat(chain()).contains("Chain rule  ·  ∂L/∂w (viewed sample)")
                .contains("∂L/∂w = δ_j · a_i = 0.14062 · 0.58662 = 0.08249")
                .contains("Batch mean over 4 samples, for comparison");
        List<String> perSample = tooltip(OUTPUT);
        assertThat(perSample.get(1)).isEqualTo("Gradient shown: ∂L/∂w of the viewed sample 1; the batch mean ḡ over 4"
                + " samples for comparison");
        assertThat(perSample.get(2)).startsWith("∂L/∂w on sample 1 = δ output · a hidden 1 = 0.14062 · 0.58662 = 0.08249");
        assertThat(perSample.get(3)).startsWith("ḡ = (g₁ + … + g₄) / 4");

        List<InspectionEvent.Kind> told = new ArrayList<>();
        onEdtRun(() -> model.inspection().addInspectionListener(e -> told.add(e.kind())));
        window.toggleButton("gradientBatchMeanButton").click();
        assertThat(onEdt(() -> model.gradientShown())).isEqualTo(GradientShown.BATCH_MEAN);
        assertThat(told).containsExactly(InspectionEvent.Kind.GRADIENT_SHOWN);
        window.toggleButton("gradientPerSampleButton").requireNotSelected();
        String text = chain();
        assertThat(text).contains("Chain rule  ·  ḡ (batch mean over 4 samples)")
                .contains("ḡ = (0.08249 − 0.02788 − 0.02771 + 0.09171) / 4 = 0.02965")
                .contains("sample 1: δ_j·a_i = 0.14062 · 0.58662 = 0.08249  (viewed sample)")
                .doesNotContain("for comparison")
                .doesNotContain("∂L/∂w = δ_j · a_i");
        // The headline comes first, its samples under it, then how δ_j of the viewed sample comes about.
        assertThat(text.indexOf("ḡ = (0.08249")).isLessThan(text.indexOf("sample 1: δ_j·a_i"));
        assertThat(text.indexOf("sample 4: δ_j·a_i")).isLessThan(text.indexOf("Error signal δ_j of output"));
        List<String> batchMean = tooltip(OUTPUT);
        assertThat(batchMean.get(1)).isEqualTo("Gradient shown: ḡ, the batch mean over 4 samples; ∂L/∂w of the viewed"
                + " sample 1 for comparison");
        assertThat(batchMean.get(2)).isEqualTo("ḡ = (g₁ + … + g₄) / 4, the mean of the samples' ∂L/∂w"
                + " = (0.08249 − 0.02788 − 0.02771 + 0.09171) / 4 = 0.02965");
        assertThat(batchMean.get(3)).startsWith("∂L/∂w on sample 1 = δ output · a hidden 1 = 0.14062 · 0.58662 = 0.08249");

        // The mean shown is the mean of the trace's own per-sample gradients.
        EpochTrace t = onEdt(() -> model.trace());
        double sum = 0;
        for (int s = 0; s < 4; s++) {
            sum += t.sample(s).gradient(OUTPUT);
        }
        assertThat(sum / 4).isCloseTo(t.meanGradient(OUTPUT), within(1e-15)).isCloseTo(0.02965, within(5e-6));

        window.toggleButton("gradientPerSampleButton").click();
        assertThat(onEdt(() -> model.gradientShown())).isEqualTo(GradientShown.PER_SAMPLE);
        assertThat(chain()).contains("∂L/∂w = δ_j · a_i = 0.14062 · 0.58662 = 0.08249");
        assertThat(tooltip(OUTPUT).get(2)).startsWith("∂L/∂w on sample 1");
    }

    @Test
    void aBiasFollowsTheSwitchToo() {
        show(UpdateMode.BATCH);
        dev.glassbox.core.math.NeuronId out = new dev.glassbox.core.math.NeuronId(2, 0);
        onEdtRun(() -> model.setSelected(out));
        assertThat(chain()).contains("∂L/∂b (viewed sample)");
        onEdtRun(() -> model.setGradientShown(GradientShown.BATCH_MEAN));
        EpochTrace t = onEdt(() -> model.trace());
        assertThat(chain()).contains("ḡ (batch mean over 4 samples)")
                .contains("= " + dev.glassbox.swing.internal.text.Numbers.format(t.meanGradient().bias(1, 0)))
                .contains("sample 2: δ_j = ");
    }

    @Test
    void onlineTheMeanIsOfEachSamplesGradientAtItsOwnParameters() {
        show(UpdateMode.ONLINE);
        window.toggleButton("gradientBatchMeanButton").click();
        EpochTrace t = onEdt(() -> model.trace());
        double sum = 0;
        for (int s = 0; s < 4; s++) {
            sum += t.sample(s).gradient(OUTPUT);
        }
        assertThat(t.meanGradient(OUTPUT)).isCloseTo(sum / 4, within(1e-15));
        assertThat(chain()).contains("ḡ (mean over 4 samples)")
                .contains("Online: each sample's gradient is taken at its own parameters (those after the samples"
                        + " before it) and updates by itself; ḡ is their mean, for comparison.")
                .contains("= " + dev.glassbox.swing.internal.text.Numbers.format(sum / 4));
        assertThat(tooltip(OUTPUT).get(1)).startsWith("Gradient shown: ḡ, the mean over 4 samples, each sample's ∂L/∂w"
                + " taken at its own parameters");
    }

    @Test
    void whileTheQuizAsksForTheBatchMeanNeitherChoiceGivesItAway() {
        show(UpdateMode.BATCH);
        onEdtRun(() -> model.inspection().setConcealed(new Concealed(OUTPUT, Quantity.BATCH_GRADIENT, 0)));
        for (GradientShown shown : GradientShown.values()) {
            onEdtRun(() -> model.setGradientShown(shown));
            assertThat(chain()).as(shown.name()).startsWith("The chain rule is hidden while a quiz question is open")
                    .doesNotContain("0.02965");
            List<String> lines = tooltip(OUTPUT);
            assertThat(lines).as(shown.name()).anyMatch(l -> l.startsWith("ḡ = (g₁ + … + g₄) / 4") && l.endsWith("= ?"));
            assertThat(String.join("\n", lines)).as(shown.name()).doesNotContain("0.02965");
        }
    }

    @Test
    void theConventionsLinkOpensTheConventionsAndTheHeaderSitsAboveTheDerivation() {
        show(UpdateMode.BATCH);
        JScrollPane scroll = onEdt(() -> (JScrollPane) panel.getParent().getParent());
        assertThat(onEdt(() -> scroll.getColumnHeader().getView())).isSameAs(onEdt(() -> panel.header()));
        assertThat(onEdt(() -> window.button("conventionsLink").target().isFocusable())).isTrue();
        window.button("conventionsLink").requireText("Conventions").click();
        DialogFixture dialog = WindowFinder.findDialog("conventionsDialog").withTimeout(5_000).using(robot);
        List<String> paragraphs = onEdt(() -> java.util.Arrays.stream(((javax.swing.JDialog) dialog.target())
                .getContentPane().getComponents()).filter(c -> "conventionParagraph".equals(c.getName()))
                .map(c -> ((javax.swing.JLabel) c).getText()).toList());
        assertThat(paragraphs).hasSize(5);
        assertThat(String.join("\n", paragraphs)).contains("L = ½(a − y)²", "ḡ = (g₁ + … + gₙ) / n", "w ← w − η·ḡ",
                "the weights before the update");
        dialog.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ESCAPE);
        dialog.requireNotVisible();
        // Opened again, it is the same dialog: one per window.
        window.button("conventionsLink").click();
        DialogFixture again = WindowFinder.findDialog("conventionsDialog").withTimeout(5_000).using(robot);
        assertThat(again.target()).isSameAs(dialog.target());
        again.button("conventionsCloseButton").click();
        again.requireNotVisible();
    }
}
