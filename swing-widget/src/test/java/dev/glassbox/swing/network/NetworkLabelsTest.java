package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.Phase;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The texts on the network never cover one another nor a neuron, in the view the demo window gives
 * the network at 1366×768 (460×314, its text in FlatLaf's SansSerif 14 on Linux) and in a larger
 * one, for 2-2-1, 2-4-4-1 and the largest net, idle, with details, mid-animation, and with a neuron
 * or a connection hovered and another selected; and in the largest net the hovered neuron shows its
 * value and the weights of its connections.
 */
class NetworkLabelsTest {
    private static final int[][] SIZES = {{460, 314}, {466, 339}, {520, 360}, {640, 400}, {760, 430}, {900, 560}, {1200, 700}};

    @BeforeEach
    void desktopFont() {
        UIManager.put("Label.font", new FontUIResource(Font.SANS_SERIF, Font.PLAIN, 14));
    }

    /** The presentation zoom as the demo sets it: FlatLaf's fonts grown, the views told so. */
    private static void zoom(float zoom) {
        UIManager.put("Label.font", new FontUIResource(Font.SANS_SERIF, Font.PLAIN, Math.round(14 * zoom)));
        UIManager.put(GlassboxTheme.ZOOM, zoom);
        UIManager.put(GlassboxTheme.FONTS_ZOOMED, Boolean.TRUE);
    }

    @AfterEach
    void back() {
        UIManager.put("Label.font", null);
        UIManager.put(GlassboxTheme.ZOOM, null);
        UIManager.put(GlassboxTheme.FONTS_ZOOMED, null);
    }

    static Stream<Arguments> networks() {
        return Stream.of(new int[] {2, 2, 1}, new int[] {2, 4, 4, 1}, new int[] {16, 16, 16, 16, 16, 16, 16, 16})
                .flatMap(layers -> Stream.of(SIZES).map(size -> Arguments.of(layers, size[0], size[1])));
    }

    /** A scenario of these layers on two samples, with the weights of seed 5. */
    private static GlassboxModel model(int[] layers) {
        if (layers.length == 3) {
            return new GlassboxModel(BuiltInScenarios.get("xor"));
        }
        int in = layers[0];
        int out = layers[layers.length - 1];
        String zeros = IntStream.range(0, in).mapToObj(i -> "0").collect(Collectors.joining(", ", "[", "]"));
        String ones = IntStream.range(0, in).mapToObj(i -> "1").collect(Collectors.joining(", ", "[", "]"));
        String y0 = IntStream.range(0, out).mapToObj(i -> "0").collect(Collectors.joining(", ", "[", "]"));
        String y1 = IntStream.range(0, out).mapToObj(i -> "1").collect(Collectors.joining(", ", "[", "]"));
        String activations = IntStream.range(1, layers.length).mapToObj(i -> "\"sigmoid\"")
                .collect(Collectors.joining(", ", "[", "]"));
        String sizes = IntStream.of(layers).mapToObj(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        return new GlassboxModel(ScenarioFiles.parse("{\"format\": \"glassbox-scenario/1\", \"name\": \"net\", \"layers\": "
                + sizes + ", \"activations\": " + activations + ", \"loss\": \"mse\", \"learningRate\": 0.5, "
                + "\"update\": \"batch\", \"seed\": 5, \"samples\": [{\"x\": " + zeros + ", \"y\": " + y0 + "}, {\"x\": "
                + ones + ", \"y\": " + y1 + "}]}"));
    }

    private record Frame(List<Labels.Label> labels, NetworkLayout layout, String caption, int legendItems) {
    }

    private static Frame paint(GlassboxModel model, int w, int h, Phase phase, double progress, boolean details,
            NetworkElement hovered, NetworkElement selected) {
        return GuiActionRunner.execute(() -> {
            NetworkView view = new NetworkView(model);
            view.setSize(w, h);
            view.setShowDetails(details);
            model.setHovered(hovered);
            model.setSelected(selected);
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            view.paintSnapshot(g, phase, progress);
            g.dispose();
            return new Frame(view.paintedLabels(), view.networkLayout(), view.paintedCaption().shownText(),
                    view.paintedCaption().shownLegendItems());
        });
    }

    private static void requireApart(Frame f, String what) {
        List<Labels.Label> labels = f.labels();
        for (int a = 0; a < labels.size(); a++) {
            Labels.Label la = labels.get(a);
            Rectangle2D box = la.box();
            assertThat(box.getMinX() >= 0 && box.getMinY() >= 0 && box.getMaxX() <= f.layout().width()
                    && box.getMaxY() <= f.layout().height()).as(what + ": " + la + " inside the view").isTrue();
            assertThat(Labels.overlapsNeuron(f.layout(), box, 0)).as(what + ": " + la + " over a neuron").isFalse();
            for (int b = a + 1; b < labels.size(); b++) {
                Labels.Label lb = labels.get(b);
                // Lines that merely touch (one under the other) are apart.
                Rectangle2D inner = new Rectangle2D.Double(box.getX() + 0.01, box.getY() + 0.01,
                        box.getWidth() - 0.02, box.getHeight() - 0.02);
                assertThat(inner.intersects(lb.box())).as(what + ": " + la + " over " + lb).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("networks")
    void noLabelCoversAnotherOrANeuron(int[] layers, int w, int h) {
        noLabelCoversAnotherOrANeuron(layers, w, h, "");
    }

    @ParameterizedTest
    @MethodSource("networks")
    void noLabelCoversAnotherOrANeuronAt150Percent(int[] layers, int w, int h) {
        zoom(1.5f);
        noLabelCoversAnotherOrANeuron(layers, w, h, " at 150 %");
    }

    private static void noLabelCoversAnotherOrANeuron(int[] layers, int w, int h, String zoom) {
        GlassboxModel model = model(layers);
        NeuronId middle = new NeuronId(1, layers[1] / 2);
        NeuronId output = new NeuronId(layers.length - 1, 0);
        Connection wire = new Connection(0, 0, layers[1] - 1);
        String net = layers.length + " layers of " + layers[1] + " at " + w + "×" + h + zoom;
        requireApart(paint(model, w, h, Phase.IDLE, 0, false, null, null), net + ", idle");
        requireApart(paint(model, w, h, Phase.IDLE, 0, true, null, null), net + ", details");
        for (boolean details : new boolean[] {false, true}) {
            String shown = details ? ", details" : "";
            for (double progress : new double[] {0, 0.25, 0.5, 0.75, 1}) {
                for (Phase phase : new Phase[] {Phase.FORWARD, Phase.BACKWARD, Phase.UPDATE}) {
                    requireApart(paint(model, w, h, phase, progress, details, null, null),
                            net + ", " + phase + " at " + progress + shown);
                }
            }
        }
        requireApart(paint(model, w, h, Phase.IDLE, 0, false, middle, output), net + ", a neuron hovered");
        requireApart(paint(model, w, h, Phase.IDLE, 0, false, wire, middle), net + ", a connection hovered");
    }

    /**
     * The δ lines are drawn in the tag font, inside the boxes they were placed in: a neuron renderer
     * that left its larger value font behind once made "δ = 0.0136" overrun the "b = 0.350" above it.
     * Every pixel in the δ color lies in a δ tag's box, in the backward pass at its end (no packets
     * then), in the update and idle with details.
     */
    @ParameterizedTest
    @MethodSource("networks")
    void theDeltaLinesAreDrawnInsideTheirBoxes(int[] layers, int w, int h) {
        GlassboxModel model = model(layers);
        int backward = GuiActionRunner.execute(() -> GlassboxTheme.color(GlassboxTheme.BACKWARD).getRGB());
        for (Object[] moment : new Object[][] {{Phase.BACKWARD, 1.0}, {Phase.UPDATE, 0.5}, {Phase.IDLE, 0.0}}) {
            Phase phase = (Phase) moment[0];
            double progress = (double) moment[1];
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            List<Labels.Label> labels = GuiActionRunner.execute(() -> {
                NetworkView view = new NetworkView(model);
                view.setSize(w, h);
                view.setShowDetails(true);
                Graphics2D g = image.createGraphics();
                view.paintSnapshot(g, phase, progress);
                g.dispose();
                return view.paintedLabels();
            });
            List<Rectangle2D> deltas = labels.stream()
                    .filter(l -> l.kind() == Labels.Kind.TAG && l.text().startsWith("δ")).map(Labels.Label::box).toList();
            int inked = 0;
            for (int x = 0; x < w; x++) {
                for (int y = 0; y < h; y++) {
                    if (image.getRGB(x, y) != backward) {
                        continue;
                    }
                    inked++;
                    double px = x + 0.5;
                    double py = y + 0.5;
                    assertThat(deltas.stream().anyMatch(b -> b.contains(px, py)))
                            .as(layers.length + " layers at " + w + "×" + h + ", " + phase + ": δ ink at " + x + "," + y
                                    + " outside every δ line's box " + deltas).isTrue();
                }
            }
            assertThat(inked > 0 || deltas.isEmpty()).as("the δ lines are written").isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("networks")
    void theLargestNetShowsTheHoveredNeuronsValueAndTheWeightsOfItsConnections(int[] layers, int w, int h) {
        if (layers.length < 8) {
            return;
        }
        GlassboxModel model = model(layers);
        NeuronId hovered = new NeuronId(3, 7);
        Frame f = paint(model, w, h, Phase.IDLE, 0, false, hovered, null);
        TraceReadings r = GuiActionRunner.execute(() -> new TraceReadings(model.trace(), 0));
        List<Labels.Label> values = f.labels().stream().filter(l -> l.kind() == Labels.Kind.VALUE).toList();
        assertThat(values).hasSize(1);
        // Three digits, or two where three do not fit.
        assertThat(values.get(0).text()).isIn(r.value(3, 7), r.briefValue(3, 7));
        List<Labels.Label> weights = f.labels().stream().filter(l -> l.kind() == Labels.Kind.WEIGHT).toList();
        // Of its 32 connections, at least a quarter get their weight on screen, each its own (all are in the tooltip).
        assertThat(weights.size()).as(weights.size() + " " + weights).isGreaterThanOrEqualTo(8);
        for (Labels.Label l : weights) {
            Connection c = (Connection) l.element();
            assertThat(c.layer() == 2 && c.to() == 7 || c.layer() == 3 && c.from() == 7).as(l.toString()).isTrue();
            double weight = GuiActionRunner.execute(() -> model.trace().before().weight(c.layer(), c.to(), c.from()));
            assertThat(l.text()).isIn(r.weight(c), TraceReadings.brief(weight));
        }
        requireApart(f, "hovered");
        // The sample's sixteen inputs and outputs do not push the legend out: the caption leaves them out.
        assertThat(f.legendItems()).as(f.caption()).isGreaterThanOrEqualTo(2);
        assertThat(f.caption()).startsWith("sample 1 of 2");
    }

    @ParameterizedTest
    @MethodSource("networks")
    void everyLayerKeepsItsActivationsName(int[] layers, int w, int h) {
        GlassboxModel model = model(layers);
        BufferedImage image = GuiActionRunner.execute(() -> {
            NetworkView view = new NetworkView(model);
            view.setSize(w, h);
            BufferedImage i = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = i.createGraphics();
            view.paintSnapshot(g, Phase.IDLE, 0);
            g.dispose();
            NetworkLayout lay = view.networkLayout();
            // The band of the activation line, between the layer names and the first neurons.
            int top = (int) Math.ceil(lay.headerBaseline(0) + 3);
            int bottom = (int) Math.floor(lay.headerBaseline(1) + 1);
            return i.getSubimage(0, top, w, bottom - top);
        });
        int background = GuiActionRunner.execute(() -> GlassboxTheme.color(GlassboxTheme.BACKGROUND).getRGB());
        for (int l = 1; l < layers.length; l++) {
            NetworkLayout lay = GuiActionRunner.execute(() -> {
                NetworkView view = new NetworkView(model);
                view.setSize(w, h);
                return view.networkLayout();
            });
            int ink = 0;
            int from = (int) Math.max(0, lay.x(l) - lay.columnPitch() / 2);
            int to = (int) Math.min(w, lay.x(l) + lay.columnPitch() / 2);
            for (int x = from; x < to; x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    ink += image.getRGB(x, y) != background ? 1 : 0;
                }
            }
            assertThat(ink).as("layer " + l + "'s activation written").isGreaterThan(10);
        }
    }

    @ParameterizedTest
    @MethodSource("networks")
    void aHoveredWeightWithNoRoomOnTheNetIsWrittenInTheCaption(int[] layers, int w, int h) {
        zoom(1.5f);
        GlassboxModel model = model(layers);
        Connection wire = new Connection(0, 0, layers[1] - 1);
        Frame f = paint(model, w, h, Phase.IDLE, 0, false, wire, new NeuronId(1, layers[1] / 2));
        boolean labelled = f.labels().stream().anyMatch(l -> wire.equals(l.element()));
        String weight = GuiActionRunner.execute(() -> new TraceReadings(model.trace(), 0).weight(wire));
        if (!labelled) {
            assertThat(f.caption()).startsWith("input 1 → ").contains("w = " + weight);
        }
        assertThat(labelled || f.caption().contains(weight)).isTrue();
    }
}
