package dev.glassbox.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.swing.GlassboxPanelOptions.View;
import dev.glassbox.swing.controls.ScenarioEntry;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.Component;
import java.awt.Rectangle;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * The widget as an embedder places it: from a 640×480 dialog to a 1920×1080 screen the network and
 * the loss chart stay on screen at a readable size, and the scenario chooser names what trains.
 */
class GlassboxPanelLayoutGuiTest extends GuiTest {
    private final AtomicReference<GlassboxPanel> panel = new AtomicReference<>();

    /** AND's inputs with the opposite targets, under a name no built-in scenario has. */
    private static Scenario nand() {
        Scenario and = BuiltInScenarios.get("and");
        List<Sample> flipped = and.samples().stream()
                .map(s -> new Sample(s.x(), List.of(1 - s.y().get(0)))).toList();
        return new Scenario("NAND", and.lesson(), and.architecture(), and.learningRate(), and.updateMode(),
                and.parameters(), and.seed(), flipped);
    }

    private void showPanel(int width, int height) {
        show(() -> {
            GlassboxPanel p = new GlassboxPanel(BuiltInScenarios.get("xor"));
            panel.set(p);
            return p;
        }, width, height);
    }

    /** The part of {@code c} on screen, in the panel's coordinates, clipped by every ancestor. */
    private Rectangle visible(Component c) {
        return onEdt(() -> {
            assertThat(c.isShowing()).as(c.getName() + " showing").isTrue();
            GlassboxPanel root = panel.get();
            Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root);
            for (Component p = c.getParent(); p != root; p = p.getParent()) {
                r = r.intersection(SwingUtilities.convertRectangle(p.getParent(), p.getBounds(), root));
            }
            return r.intersection(new Rectangle(root.getSize()));
        });
    }

    private void networkAndChartReadable() {
        Rectangle network = visible(onEdt(() -> panel.get().networkView()));
        Rectangle chart = visible(onEdt(() -> panel.get().lossChart()));
        assertThat(network.width).as("network width").isGreaterThanOrEqualTo(240);
        assertThat(network.height).as("network height").isGreaterThanOrEqualTo(160);
        assertThat(chart.width).as("chart width").isGreaterThanOrEqualTo(240);
        assertThat(chart.height).as("chart height").isGreaterThanOrEqualTo(140);
        assertThat(network.intersects(chart)).isFalse();
    }

    @Test
    void at640x480TheNetworkAndChartStayAndTheSidePanelsFoldIntoTabs() {
        showPanel(640, 480);
        networkAndChartReadable();
        window.tabbedPane("sideTabs").requireTitle("Controls", org.assertj.swing.data.Index.atIndex(0));
        window.tabbedPane("sideTabs").selectTab("Chain rule");
        Rectangle chain = visible(onEdt(() -> panel.get().chainRulePanel().getParent()));
        assertThat(chain.intersects(visible(onEdt(() -> panel.get().networkView())))).isFalse();
        assertThat(chain.width).isGreaterThanOrEqualTo(200);
        window.tabbedPane("sideTabs").selectTab("Controls");
        assertThat(visible(onEdt(() -> panel.get().parameterControls())).width).isPositive();
    }

    @Test
    void at1920x1080EveryViewHasItsOwnPlace() {
        showPanel(1920, 1080);
        networkAndChartReadable();
        Rectangle chain = visible(onEdt(() -> panel.get().chainRulePanel().getParent()));
        Rectangle controls = visible(onEdt(() -> panel.get().parameterControls()));
        Rectangle network = visible(onEdt(() -> panel.get().networkView()));
        assertThat(chain.width).isGreaterThanOrEqualTo(400);
        assertThat(chain.intersects(network) || controls.intersects(network) || chain.intersects(controls)).isFalse();
    }

    @Test
    void aScenarioOfItsOwnShowsUnderItsOwnName() {
        show(() -> {
            GlassboxPanel p = new GlassboxPanel(nand());
            panel.set(p);
            return p;
        }, 1366, 768);
        assertThat(window.comboBox("scenarioCombo").selectedItem()).isEqualTo("NAND");
        assertThat(window.label("lessonTitle").text()).isEqualTo("NAND");
    }

    @Test
    void anEmbedderOffersItsOwnScenariosOrHidesTheChooserAndLeavesViewsOut() {
        show(() -> {
            GlassboxPanelOptions options = GlassboxPanelOptions.all()
                    .withScenarios(List.of(ScenarioEntry.of(nand()), new ScenarioEntry("course", BuiltInScenarios.get("xor"))))
                    .without(View.STATE_TABLES, View.BOUNDARY);
            GlassboxPanel p = new GlassboxPanel(new GlassboxModel(nand()), options);
            panel.set(p);
            return p;
        }, 1366, 768);
        assertThat(window.comboBox("scenarioCombo").contents())
                .containsExactly("NAND", BuiltInScenarios.get("xor").name() + "  (course)");
        window.tabbedPane("detailTabs").requireTabTitles("Loss calculation");
        window.cleanUp();
        show(() -> {
            GlassboxPanel p = new GlassboxPanel(new GlassboxModel(nand()),
                    GlassboxPanelOptions.all().without(View.SCENARIO_CHOOSER));
            panel.set(p);
            return p;
        }, 1366, 768);
        assertThat(onEdt(() -> window.robot().finder().findByName("scenarioCombo", false).isShowing())).isFalse();
    }
}
