package dev.glassbox.swing.boundary;

import dev.glassbox.swing.internal.boundary.BoundaryFrame;
import dev.glassbox.swing.internal.boundary.MapPalette;
import dev.glassbox.swing.network.NeuronCell;
import dev.glassbox.swing.network.NeuronRenderer;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * Draws a neuron as its own map — its activation over the decision boundary view's plane, from the
 * view's frame of the current parameters — inside its disc, with the rim and the ring of the
 * hovered or selected neuron; the standard renderer while the maps are off or there is no plane.
 */
final class NeuronMapRenderer implements NeuronRenderer {
    private final DecisionBoundaryView view;

    NeuronMapRenderer(DecisionBoundaryView view) {
        this.view = view;
    }

    @Override
    public void paintNeuron(Graphics2D g, NeuronCell cell) {
        NeuronRenderer.standard().paintNeuron(g, cell);
        if (!view.isNeuronMapsShown() || view.plane() == null || !view.plane().twoInputs()
                || !view.model().architecture().contains(cell.id())) {
            return;
        }
        BoundaryFrame frame = view.paintedFrame();
        BufferedImage image = frame.image(cell.id(), view.isDiscretized(), MapPalette.current());
        double r = cell.radius();
        Shape disc = new Ellipse2D.Double(cell.x() - r, cell.y() - r, 2 * r, 2 * r);
        Shape clip = g.getClip();
        g.clip(disc);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform at = AffineTransform.getTranslateInstance(cell.x() - r, cell.y() - r);
        at.scale(2 * r / image.getWidth(), 2 * r / image.getHeight());
        g.drawImage(image, at, null);
        g.setClip(clip);
        float zoom = GlassboxTheme.zoom();
        g.setColor(GlassboxTheme.color(GlassboxTheme.NEURON_BORDER));
        g.setStroke(new BasicStroke(1.2f * zoom));
        g.draw(disc);
        if (cell.hovered() || cell.selected()) {
            g.setColor(GlassboxTheme.color(GlassboxTheme.HIGHLIGHT));
            g.setStroke(new BasicStroke((cell.selected() ? 3f : 2f) * zoom));
            g.draw(new Ellipse2D.Double(cell.x() - r - 2 * zoom, cell.y() - r - 2 * zoom, 2 * (r + 2 * zoom),
                    2 * (r + 2 * zoom)));
        }
    }
}
