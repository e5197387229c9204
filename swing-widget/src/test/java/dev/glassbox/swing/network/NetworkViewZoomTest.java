package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numbers inside neurons follow the presentation zoom like the rest of the view's text, and stay inside their neuron. */
class NetworkViewZoomTest {
    /** A neuron's number, measured from its ink: its box and its neuron's center and radius. */
    private record Ink(Rectangle box, double cx, double cy, double radius) {
        /** How far the box's farthest corner is from the neuron's center. */
        double reach() {
            double dx = Math.max(Math.abs(box.getMinX() - cx), Math.abs(box.getMaxX() - cx));
            double dy = Math.max(Math.abs(box.getMinY() - cy), Math.abs(box.getMaxY() - cy));
            return Math.hypot(dx, dy);
        }
    }

    @AfterEach
    void resetZoom() {
        UIManager.put(GlassboxTheme.ZOOM, null);
    }

    /** Paints xor at {@code zoom} and measures the ink of every neuron's number. */
    private static Ink[] paint(float zoom, int width, int height) {
        UIManager.put(GlassboxTheme.ZOOM, zoom);
        return GuiActionRunner.execute(() -> {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            NetworkLayout lay = paint("xor", image);
            Color fill = GlassboxTheme.color(GlassboxTheme.NEURON);
            Ink[] inks = new Ink[lay.size(0) + lay.size(1) + lay.size(2)];
            int k = 0;
            for (int l = 0; l < lay.layers(); l++) {
                for (int j = 0; j < lay.size(l); j++) {
                    inks[k++] = ink(image, lay.x(l), lay.y(l, j), lay.radius(), fill);
                }
            }
            return inks;
        });
    }

    /** Paints a built-in network into all of {@code image} (on the event thread) and returns the layout it used. */
    private static NetworkLayout paint(String scenario, BufferedImage image) {
        NetworkView view = new NetworkView(new GlassboxModel(BuiltInScenarios.get(scenario)));
        view.setSize(image.getWidth(), image.getHeight());
        Graphics2D g = image.createGraphics();
        view.paintSnapshot(g, Phase.IDLE, 0);
        g.dispose();
        return view.networkLayout();
    }

    /** The box of the pixels inside the neuron's rim that are not its fill. */
    private static Ink ink(BufferedImage image, double cx, double cy, double radius, Color fill) {
        double inside = radius - 2;
        Rectangle box = null;
        for (int y = (int) (cy - inside); y <= cy + inside; y++) {
            for (int x = (int) (cx - inside); x <= cx + inside; x++) {
                Color p = new Color(image.getRGB(x, y));
                boolean ink = Math.abs(p.getRed() - fill.getRed()) + Math.abs(p.getGreen() - fill.getGreen())
                        + Math.abs(p.getBlue() - fill.getBlue()) > 120;
                if (ink && Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= inside) {
                    box = box == null ? new Rectangle(x, y, 1, 1) : box.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        assertThat(box).as("a number in the neuron at %.0f, %.0f", cx, cy).isNotNull();
        return new Ink(box, cx, cy, radius);
    }

    /**
     * At 200 % the numbers are larger than at 100 %, and by a tenth at least unless the weight
     * labels need the room: the neurons grow only as far as every weight still has its label (in a
     * 640 × 400 view a pixel of height, 13 to 14, where larger neurons would crowd out the labels).
     */
    @ParameterizedTest
    @CsvSource({"640, 400", "760, 430", "1200, 700"})
    void numbersGrowWithTheZoomAndStayInsideTheirNeurons(int width, int height) {
        Ink[] normal = paint(1f, width, height);
        Ink[] projected = paint(2f, width, height);
        boolean labelsNeedTheRoom = labelsFitOnlyWithSmallerNeurons(2f, width, height);
        for (int k = 0; k < normal.length; k++) {
            for (Ink ink : new Ink[] {normal[k], projected[k]}) {
                assertThat(ink.reach()).as("number %d reaches its rim", k).isLessThan(ink.radius() - 3);
            }
            double least = labelsNeedTheRoom ? 1 : 1.1;
            assertThat(projected[k].box().getHeight()).as("number %d's height at 200 %%: %s vs %s", k, projected[k],
                    normal[k]).isGreaterThan(normal[k].box().getHeight() * least);
            assertThat(projected[k].box().getWidth()).as("number %d's width at 200 %%: %s vs %s", k, projected[k],
                    normal[k]).isGreaterThan(normal[k].box().getWidth() * least);
        }
    }

    /** Whether at {@code zoom} every weight label shows, on neurons smaller than would hold their numbers at full size. */
    private static boolean labelsFitOnlyWithSmallerNeurons(float zoom, int width, int height) {
        UIManager.put(GlassboxTheme.ZOOM, zoom);
        return GuiActionRunner.execute(() -> {
            NetworkLayout lay = paint("xor", new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
            java.awt.FontMetrics fm = new java.awt.Canvas().getFontMetrics(NetworkPainter.Fonts.current(width, height).tag());
            double holdsValue = fm.stringWidth(NetworkPainter.WIDEST_NUMBER) * NetworkLayout.VALUE_SCALE
                    / (2 * NetworkLayout.VALUE_FILL);
            assertThat(lay.weightLabelsFit()).as("every weight labelled at %s %%", zoom * 100).isTrue();
            return lay.radius() < holdsValue && lay.radius() < lay.columnPitch() * 0.25;
        });
    }

    /**
     * The network view of the demo window at 1366×768 is about 466×339, its text in FlatLaf's
     * SansSerif 14 on Linux: the weights must stay on the connections there, whatever the numbers
     * in the neurons would like (neurons grown to hold them crowded the labels out).
     */
    @ParameterizedTest
    @CsvSource({"466, 339", "640, 400"})
    void largerNumbersNeverCrowdOutTheWeightLabels(int width, int height) {
        UIManager.put("Label.font", new FontUIResource(Font.SANS_SERIF, Font.PLAIN, 14));
        try {
            boolean fit = GuiActionRunner.execute(
                    () -> paint("xor", new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB)).weightLabelsFit());
            assertThat(fit).isTrue();
        } finally {
            UIManager.put("Label.font", null);
        }
    }

    /** Seven layers in the demo's view: the neurons are too small for three digits, but still show two. */
    @Test
    void aDeepNetworkInASmallViewStillShowsItsValues() {
        UIManager.put("Label.font", new FontUIResource(Font.SANS_SERIF, Font.PLAIN, 14));
        try {
            GuiActionRunner.execute(() -> {
                BufferedImage image = new BufferedImage(466, 339, BufferedImage.TYPE_INT_RGB);
                NetworkLayout lay = paint("vanishing-gradient", image);
                Color fill = GlassboxTheme.color(GlassboxTheme.NEURON);
                for (int l = 0; l < lay.layers(); l++) {
                    for (int j = 0; j < lay.size(l); j++) {
                        ink(image, lay.x(l), lay.y(l, j), lay.radius(), fill);
                    }
                }
            });
        } finally {
            UIManager.put("Label.font", null);
        }
    }
}
