package dev.glassbox.swing.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The geometry itself, for topologies and sizes from the smallest to the largest allowed. */
class NetworkLayoutTest {

    static Stream<Arguments> layouts() {
        int[] xor = {2, 2, 1};
        int[] deep = {2, 3, 3, 3, 3, 3, 1};
        int[] widest = {16, 16, 16, 16, 16, 16, 16, 16};
        return Stream.of(
                Arguments.of(xor, 1280, 800), Arguments.of(xor, 500, 350), Arguments.of(xor, 640, 400),
                Arguments.of(deep, 1280, 800), Arguments.of(deep, 500, 350),
                Arguments.of(widest, 1280, 800), Arguments.of(widest, 500, 350),
                Arguments.of(new int[] {1, 1}, 500, 350), Arguments.of(new int[] {16, 1}, 640, 400));
    }

    static List<NeuronId> neurons(NetworkLayout lay) {
        List<NeuronId> out = new ArrayList<>();
        for (int l = 0; l < lay.layers(); l++) {
            for (int j = 0; j < lay.size(l); j++) {
                out.add(new NeuronId(l, j));
            }
        }
        return out;
    }

    static List<Connection> connections(NetworkLayout lay) {
        List<Connection> out = new ArrayList<>();
        for (int l = 0; l + 1 < lay.layers(); l++) {
            for (int j = 0; j < lay.size(l + 1); j++) {
                for (int i = 0; i < lay.size(l); i++) {
                    out.add(new Connection(l, i, j));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void neuronsAreInsideInColumnsLeftToRightAndDoNotOverlap(int[] sizes, int w, int h) {
        NetworkLayout lay = NetworkLayout.of(sizes, w, h, 15, 40);
        double r = lay.radius();
        assertThat(r).isGreaterThan(2);
        for (int l = 0; l + 1 < lay.layers(); l++) {
            assertThat(lay.x(l + 1)).isGreaterThan(lay.x(l) + 2 * r);
        }
        List<NeuronId> all = neurons(lay);
        for (NeuronId n : all) {
            Point2D c = lay.center(n);
            assertThat(c.getX() - r).isGreaterThanOrEqualTo(0);
            assertThat(c.getX() + r).isLessThanOrEqualTo(w);
            assertThat(c.getY() - r).isGreaterThanOrEqualTo(0);
            assertThat(c.getY() + r).isLessThanOrEqualTo(h);
            assertThat(lay.markerBox(n).getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(lay.markerBox(n).getMinY()).isGreaterThanOrEqualTo(0);
        }
        for (int a = 0; a < all.size(); a++) {
            for (int b = a + 1; b < all.size(); b++) {
                assertThat(lay.center(all.get(a)).distance(lay.center(all.get(b))))
                        .as("%s and %s", all.get(a), all.get(b)).isGreaterThan(2 * r);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void connectionsRunFromRimToRim(int[] sizes, int w, int h) {
        NetworkLayout lay = NetworkLayout.of(sizes, w, h, 15, 40);
        for (Connection c : connections(lay)) {
            Line2D s = lay.segment(c);
            assertThat(s.getP1().distance(lay.center(c.source()))).isCloseTo(lay.radius(), within(1e-9));
            assertThat(s.getP2().distance(lay.center(c.target()))).isCloseTo(lay.radius(), within(1e-9));
            assertThat(s.getX2()).isGreaterThan(s.getX1());
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void everyElementIsFoundWhereItIsDrawn(int[] sizes, int w, int h) {
        NetworkLayout lay = NetworkLayout.of(sizes, w, h, 15, 40);
        for (NeuronId n : neurons(lay)) {
            Point2D c = lay.center(n);
            assertThat(lay.elementAt(c.getX(), c.getY())).isEqualTo(n);
        }
        for (Connection c : connections(lay)) {
            // Where wires cross the nearest one wins, and neurons win over wires passing close by,
            // so some point along each wire must find it.
            boolean found = false;
            for (double t = 0.1; t < 0.95 && !found; t += 0.1) {
                Point2D p = lay.pointAlong(c, t);
                NetworkElement hit = lay.elementAt(p.getX(), p.getY());
                assertThat(hit).as("at %s of %s", t, c).isNotNull();
                found = hit.equals(c);
            }
            assertThat(found).as("%s is found", c).isTrue();
        }
        assertThat(lay.elementAt(2, 2)).isNull();
        assertThat(lay.elementAt((lay.x(0) + lay.x(1)) / 2, h - 2)).isNull();
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void tagsAndLabelsAreShownOnlyWhereTheyFit(int[] sizes, int w, int h) {
        NetworkLayout lay = NetworkLayout.of(sizes, w, h, 15, 40);
        int widest = java.util.Arrays.stream(sizes).max().orElseThrow();
        if (widest == 16) {
            assertThat(lay.tagLines()).isZero();
        }
        if (sizes.length == 8) {
            // 16 × 16 wires between every pair of layers: no room for 256 labels.
            assertThat(lay.weightLabelsFit()).isFalse();
        }
        if (sizes.length == 3 && w >= 500) {
            assertThat(lay.tagLines()).isPositive();
            assertThat(lay.weightLabelsFit()).isTrue();
        }
    }

    /**
     * Where every weight is labelled, each label's plate (the widest number's) is clear of every
     * neuron and of every other label, and in the 2-2-1 net of every other wire too: a label on the
     * crossing of two wires reads as either one's.
     */
    @ParameterizedTest
    @MethodSource("layouts")
    void placedWeightLabelsAreClearOfNeuronsAndOfEachOther(int[] sizes, int w, int h) {
        double line = 15;
        double number = 40;
        NetworkLayout lay = NetworkLayout.of(sizes, w, h, line, number);
        if (!lay.weightLabelsFit()) {
            return;
        }
        List<Connection> wires = connections(lay);
        List<Rectangle2D> plates = new ArrayList<>();
        for (Connection c : wires) {
            Point2D p = lay.weightLabelCenter(c);
            double hw = (number + line * 0.6) / 2;
            double hh = line * 0.95 / 2;
            plates.add(new Rectangle2D.Double(p.getX() - hw, p.getY() - hh, 2 * hw, 2 * hh));
        }
        for (int a = 0; a < wires.size(); a++) {
            Rectangle2D plate = plates.get(a);
            for (NeuronId n : neurons(lay)) {
                double dx = Math.max(0, Math.abs(lay.x(n.layer()) - plate.getCenterX()) - plate.getWidth() / 2);
                double dy = Math.max(0, Math.abs(lay.y(n.layer(), n.index()) - plate.getCenterY()) - plate.getHeight() / 2);
                assertThat(Math.hypot(dx, dy)).as("%s's label off %s", wires.get(a), n).isGreaterThanOrEqualTo(lay.radius());
            }
            for (int b = a + 1; b < wires.size(); b++) {
                if (wires.get(a).layer() == wires.get(b).layer()) {
                    assertThat(plate.intersects(plates.get(b))).as("%s's label on %s's", wires.get(a), wires.get(b)).isFalse();
                }
            }
            if (Arrays.equals(sizes, new int[] {2, 2, 1})) {
                for (Connection other : wires) {
                    if (!other.equals(wires.get(a))) {
                        assertThat(lay.segment(other).intersects(plate)).as("%s's label on the wire %s", wires.get(a), other)
                                .isFalse();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void aPacketTravelsAlongItsConnectionWithoutEverCoveringANeuron(int[] sizes, int w, int h) {
        NetworkLayout lay = NetworkLayout.of(sizes, w, h, 15, 40);
        double halfWidth = 22;
        double halfHeight = 7;
        Point2D.Double p = new Point2D.Double();
        for (Connection c : connections(lay)) {
            Point2D from = lay.center(new NeuronId(c.layer(), c.from()));
            Point2D to = lay.center(new NeuronId(c.layer() + 1, c.to()));
            for (double t = 0; t <= 1; t += 0.125) {
                lay.packetCenter(c, t, halfWidth, halfHeight, p);
                Rectangle2D box = new Rectangle2D.Double(
                        p.x - halfWidth, p.y - halfHeight, 2 * halfWidth, 2 * halfHeight);
                for (NeuronId n : List.of(new NeuronId(c.layer(), c.from()), new NeuronId(c.layer() + 1, c.to()))) {
                    Point2D center = lay.center(n);
                    double nearestX = Math.max(box.getMinX(), Math.min(center.getX(), box.getMaxX()));
                    double nearestY = Math.max(box.getMinY(), Math.min(center.getY(), box.getMaxY()));
                    if (lay.x(c.layer() + 1) - lay.x(c.layer()) > 2 * (lay.radius() + Math.hypot(halfWidth, halfHeight))) {
                        assertThat(center.distance(nearestX, nearestY)).as("%s at t = %s and %s", c, t, n)
                                .isGreaterThanOrEqualTo(lay.radius() - 1e-9);
                    }
                }
                // On the line between the two neurons.
                assertThat(Line2D.ptSegDist(from.getX(), from.getY(), to.getX(), to.getY(), p.x, p.y))
                        .isLessThan(1e-3);
            }
        }
    }
}
