package dev.glassbox.demo;

import dev.glassbox.core.session.Divergence;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * Says what went wrong in training — the session's own message (from core's bundle, so in the default locale), which names the epoch and the
 * learning rate — and, below it, what to do about it here. A divergence that stopped training comes
 * first (the model has already paused playback); otherwise the latest warning, while training goes
 * on. Both disappear once a reset or another scenario recovers. Names: {@code divergenceMessage},
 * {@code divergenceAdvice}.
 */
final class DivergenceBanner extends JPanel {
    /** {@return what the user can do in the application about any divergence or warning, in the default locale} */
    static String advice() {
        return DemoMessages.text("app.divergence.advice");
    }
    private static final int ICON_GAP = 8;

    private final transient GlassboxModel model;
    private final JLabel message = new WarningLabel();
    private final JLabel advice = new WarningLabel();

    DivergenceBanner(GlassboxModel model) {
        super(new BorderLayout(0, 2));
        this.model = model;
        message.setName("divergenceMessage");
        message.setIcon(new WarningIcon());
        message.setIconTextGap(ICON_GAP);
        advice.setName("divergenceAdvice");
        advice.setText(advice());
        advice.setBorder(BorderFactory.createEmptyBorder(0, WarningIcon.SIZE + ICON_GAP, 0, 0));
        add(message, BorderLayout.CENTER);
        add(advice, BorderLayout.SOUTH);
        refresh();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> refresh())
                .onAttach(this::refresh);
    }

    private void refresh() {
        Optional<Divergence> shown = model.divergence().or(() -> {
            List<Divergence> warnings = model.warnings();
            return warnings.isEmpty() ? Optional.empty() : Optional.of(warnings.get(warnings.size() - 1));
        });
        String text = shown.map(Divergence::message).orElse("");
        message.setText(text);
        message.setToolTipText(text.isEmpty() ? null : text);
        boolean visible = shown.isPresent();
        message.setVisible(visible);
        advice.setVisible(visible);
        setVisible(visible);
    }

    /** A plain-text label in the warning color of the current theme, read at paint time. */
    private static final class WarningLabel extends JLabel {
        WarningLabel() {
            putClientProperty("html.disable", Boolean.TRUE);
        }

        @Override
        public Color getForeground() {
            return GlassboxTheme.color(GlassboxTheme.WARNING);
        }
    }

    /** A warning triangle with an exclamation mark, drawn in the label's color. */
    private static final class WarningIcon implements Icon {
        private static final int SIZE = 16;

        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            float s = SIZE;
            Path2D triangle = new Path2D.Float();
            triangle.moveTo(s / 2, 0.5f);
            triangle.lineTo(s - 0.5f, s - 0.5f);
            triangle.lineTo(0.5f, s - 0.5f);
            triangle.closePath();
            g2.setColor(c.getForeground());
            g2.fill(triangle);
            g2.setColor(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
            g2.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(new Line2D.Float(s / 2, s * 0.38f, s / 2, s * 0.64f));
            g2.fill(new Ellipse2D.Float(s / 2 - 1.2f, s * 0.74f, 2.4f, 2.4f));
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return SIZE;
        }

        @Override
        public int getIconHeight() {
            return SIZE;
        }
    }
}
