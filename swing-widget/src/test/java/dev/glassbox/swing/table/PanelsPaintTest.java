package dev.glassbox.swing.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.chain.ChainRulePanel;
import dev.glassbox.swing.loss.LossCalculationPanel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Headless paints of the chain-rule panel, the loss panel and the three state tables into images,
 * under FlatLaf light and dark: no exception, the theme's colors where they belong.
 */
class PanelsPaintTest {
    private static final int WIDTH = 420;
    private static final int HEIGHT = 520;

    private LookAndFeel previous;

    @BeforeEach
    void rememberLookAndFeel() {
        previous = UIManager.getLookAndFeel();
    }

    @AfterEach
    void restoreLookAndFeel() throws Exception {
        GuiActionRunner.execute(() -> UIManager.setLookAndFeel(previous));
    }

    private static FlatLaf laf(String theme) {
        return theme.equals("dark") ? new FlatDarkLaf() : new FlatLightLaf();
    }

    private static BufferedImage paint(Component c) {
        c.setSize(WIDTH, HEIGHT);
        layout(c);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        c.paint(g);
        g.dispose();
        return image;
    }

    private static void layout(Component c) {
        if (c instanceof Container k) {
            k.doLayout();
            for (Component child : k.getComponents()) {
                layout(child);
            }
        }
    }

    /** Whether some pixel is within a small distance of {@code color} (anti-aliased text has few exact pixels). */
    private static boolean contains(BufferedImage image, Color color) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color p = new Color(image.getRGB(x, y));
                int d = Math.abs(p.getRed() - color.getRed()) + Math.abs(p.getGreen() - color.getGreen())
                        + Math.abs(p.getBlue() - color.getBlue());
                if (d < 30) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyComponentPaints(String theme) {
        GuiActionRunner.execute(() -> {
            UIManager.setLookAndFeel(laf(theme));
            GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("xor-saturated-mse"));
            model.setHovered(new Connection(1, 0, 0));
            List<Function<GlassboxModel, JComponent>> makers = List.of(ChainRulePanel::new, LossCalculationPanel::new,
                    m -> new JScrollPane(new ActivationsTable(m)), m -> new JScrollPane(new DeltasTable(m)),
                    m -> new JScrollPane(new WeightsTable(m)));
            for (Function<GlassboxModel, JComponent> make : makers) {
                JComponent c = make.apply(model);
                BufferedImage image = paint(c);
                assertThat(contains(image, GlassboxTheme.color(GlassboxTheme.TEXT))).as(theme + " " + c).isTrue();
            }
            BufferedImage chain = paint(new JScrollPane(new ChainRulePanel(model)));
            assertThat(new Color(chain.getRGB(2, 2))).isEqualTo(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
            assertThat(contains(chain, GlassboxTheme.color(GlassboxTheme.LOCK))).as("Locked in the lock color").isTrue();
            assertThat(contains(chain, GlassboxTheme.color(GlassboxTheme.BACKWARD))).as("δ in the backward color").isTrue();
            BufferedImage activations = paint(new JScrollPane(new ActivationsTable(model)));
            assertThat(contains(activations, GlassboxTheme.color(GlassboxTheme.LOCK))).as("saturated flag").isTrue();
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"light"})
    void aThemeSwitchRestyles(String theme) {
        GuiActionRunner.execute(() -> {
            UIManager.setLookAndFeel(laf(theme));
            GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("xor"));
            model.setHovered(new Connection(0, 0, 0));
            ChainRulePanel panel = new ChainRulePanel(model);
            Color light = new Color(paint(panel).getRGB(2, 2));
            UIManager.setLookAndFeel(new FlatDarkLaf());
            SwingUtilities.updateComponentTreeUI(panel);
            Color dark = new Color(paint(panel).getRGB(2, 2));
            assertThat(dark).isEqualTo(GlassboxTheme.color(GlassboxTheme.BACKGROUND)).isNotEqualTo(light);
            return null;
        });
    }
}
