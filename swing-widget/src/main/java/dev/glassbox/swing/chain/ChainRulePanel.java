package dev.glassbox.swing.chain;

import dev.glassbox.swing.internal.explain.Conventions;
import dev.glassbox.swing.chain.Typesetter.Band;
import dev.glassbox.swing.chain.Typesetter.Page;
import dev.glassbox.swing.chain.Typesetter.Placed;
import dev.glassbox.swing.chain.Typesetter.Rule;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.GradientShown;
import dev.glassbox.swing.model.InspectionEvent;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.BasicStroke;
import dev.glassbox.core.math.NetworkElement;
import java.awt.Dimension;
import java.awt.Point;
import java.util.List;
import java.util.Objects;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.ComponentListener;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Insets;
import java.awt.font.TextAttribute;
import java.util.Map;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * The chain rule of the hovered, else the selected, connection (or a neuron's bias) on the viewed
 * sample, written out with the trace's numbers and typeset as math: {@code ∂L/∂w = δ_j · a_i}, how
 * {@code δ_j} comes about (raw error or backprop sum, slope, Listening/Locked, the cross-entropy
 * cancellation), the batch mean, the update and the finite-difference check. Updates live while
 * training runs.
 *
 * <p>Sized for about 420 pixels of width; put it in a {@link javax.swing.JScrollPane} to let it grow.
 * In a scroll pane the lines wrap to its width (down to 16 em, then it scrolls sideways), and where
 * it is too short for the derivation, each equation's steps go on one line instead of one per
 * line, so that the whole chain shows with less scrolling.
 * Screen readers get the same content as plain text through the accessible description
 * ({@link #plainText()}).
 *
 * <p>Its {@link #header()} holds a two-choice switch of the gradient shown
 * ({@link GlassboxModel#setGradientShown}: {@code gradientPerSampleButton},
 * {@code gradientBatchMeanButton}) and a link to the conventions every formula follows
 * ({@code conventionsLink}, opening the {@link ConventionsDialog}). As a table puts its header into
 * the scroll pane around it, the panel puts its header into the enclosing scroll pane's column
 * header, unless the application placed the header itself (say, beside its own title).
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class ChainRulePanel extends JPanel implements Scrollable {
    /** The height the panel asks of a scroll pane around it; it scrolls beyond. */
    private static final int VIEWPORT_HEIGHT = 520;

    private final GlassboxModel model;
    private final JPanel header = new JPanel(new BorderLayout(8, 0));
    private final JToggleButton perSample = choice("gradientPerSampleButton", Messages.text("chain.header.perSample"),
            Messages.text("chain.header.perSample.tip"), GradientShown.PER_SAMPLE);
    private final JToggleButton batchMean = choice("gradientBatchMeanButton", Messages.text("chain.header.batchMean"),
            Messages.text("chain.header.batchMean.tip"), GradientShown.BATCH_MEAN);
    private Derivation derivation;
    /** The element the derivation explains, so that a new one starts at the top. */
    private NetworkElement explained;
    /** The derivation set with the theme's fonts, a step per line and compactly; set again after a change or a look-and-feel switch. */
    private Page stacked;
    private Page compact;
    /** The width the pages were set for. */
    private float setWidth;
    private final ComponentListener viewportResized = new ComponentAdapter() {
        @Override
        public void componentResized(ComponentEvent e) {
            revalidate();
            repaint();
        }
    };

    /**
     * A panel explaining what {@code model} inspects.
     *
     * @param model the model whose selection and trace the panel writes out
     */
    public ChainRulePanel(GlassboxModel model) {
        super(null);
        this.model = model;
        setName("chainRulePanel");
        setOpaque(true);
        getAccessibleContext().setAccessibleName(Messages.text("chain.heading"));
        buildHeader();
        refresh();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> refresh())
                .onInspection(e -> {
                    if (e.kind() == InspectionEvent.Kind.GRADIENT_SHOWN) {
                        showChoice();
                    }
                    refresh();
                })
                .onAttach(() -> {
                    showChoice();
                    refresh();
                });
    }

    private void buildHeader() {
        header.setName("chainRuleHeader");
        header.setOpaque(false);
        JPanel choices = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        choices.setOpaque(false);
        choices.getAccessibleContext().setAccessibleName(Messages.text("chain.header.gradientShown"));
        ButtonGroup group = new ButtonGroup();
        for (JToggleButton b : List.of(perSample, batchMean)) {
            group.add(b);
            choices.add(b);
        }
        showChoice();
        header.add(choices, BorderLayout.WEST);
        header.add(new ConventionsLink(), BorderLayout.EAST);
    }

    private JToggleButton choice(String name, String text, String tip, GradientShown shown) {
        JToggleButton b = new JToggleButton(text);
        b.setName(name);
        b.setToolTipText(tip);
        b.setMargin(new Insets(1, 6, 1, 6));
        b.setFocusable(true);
        b.addActionListener(e -> model.setGradientShown(shown));
        return b;
    }

    /** The switch as the model has it. */
    private void showChoice() {
        (model.gradientShown() == GradientShown.PER_SAMPLE ? perSample : batchMean).setSelected(true);
    }

    /**
     * The switch of the gradient shown and the link to the conventions: the row above the
     * derivation. The panel puts it into the column header of the scroll pane it is added to,
     * unless it was placed elsewhere first.
     *
     * @return the header row, named {@code chainRuleHeader}
     */
    public JComponent header() {
        return header;
    }

    /** The scroll pane the panel is the view of, or null. */
    private JScrollPane enclosingScrollPane() {
        return getParent() instanceof JViewport v && v.getParent() instanceof JScrollPane sp && sp.getViewport() == v
                ? sp : null;
    }

    private void refresh() {
        derivation = ChainRuleWriter.write(model);
        stacked = null;
        compact = null;
        getAccessibleContext().setAccessibleDescription(derivation.plainText());
        revalidate();
        repaint();
        if (!Objects.equals(explained, model.inspected())) {
            explained = model.inspected();
            // A new element's derivation is read from its title, not from where the last one was left.
            if (getParent() instanceof JViewport v) {
                v.setViewPosition(new Point(0, 0));
            }
        }
    }

    /**
     * The conventions every formula of the widget follows — the ½ in MSE, the dataset loss and the
     * batch gradient as means, the sign of the update, the weights the backward pass uses — a
     * paragraph each, for an application's help: every tooltip's explanation points to them as
     * "Conventions in the help".
     *
     * @return the paragraphs
     */
    public static List<String> conventions() {
        return Conventions.paragraphs();
    }

    /** {@return what the panel shows, as plain text lines (the accessible description)} */
    public String plainText() {
        return derivation.plainText();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        stacked = null;
        compact = null;
        revalidate();
    }

    /**
     * As wide as the viewport (if any), and a step per line where that fits its height (or there
     * is no viewport), else compact.
     */
    private Page page() {
        JViewport viewport = getParent() instanceof JViewport v ? v : null;
        float width = viewport != null && viewport.getWidth() > 0 ? viewport.getWidth() : Float.MAX_VALUE;
        if (width != setWidth) {
            stacked = null;
            compact = null;
            setWidth = width;
        }
        if (stacked == null) {
            stacked = Typesetter.set(derivation, false, width);
        }
        if (viewport == null || stacked.height() <= viewport.getHeight()) {
            return stacked;
        }
        if (compact == null) {
            compact = Typesetter.set(derivation, true, width);
        }
        return compact;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (getParent() instanceof JViewport v) {
            v.addComponentListener(viewportResized);
        }
        JScrollPane sp = enclosingScrollPane();
        if (sp != null && header.getParent() == null) {
            sp.setColumnHeaderView(header);
        }
    }

    @Override
    public void removeNotify() {
        if (getParent() instanceof JViewport v) {
            v.removeComponentListener(viewportResized);
        }
        JScrollPane sp = enclosingScrollPane();
        if (sp != null && sp.getColumnHeader() != null && sp.getColumnHeader().getView() == header) {
            sp.setColumnHeaderView(null);
        }
        super.removeNotify();
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        return new Dimension(page().width(), page().height());
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setColor(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
            g2.fillRect(0, 0, getWidth(), getHeight());
            paint(g2, page());
        } finally {
            g2.dispose();
        }
    }

    private void paint(Graphics2D g, Page page) {
        float inset = page.padding() / 2;
        g.setColor(GlassboxTheme.color(GlassboxTheme.ROW_HIGHLIGHT));
        for (Band b : page.bands()) {
            g.fill(new RoundRectangle2D.Float(inset, b.top(), getWidth() - 2 * inset, b.height(), inset, inset));
        }
        g.setColor(GlassboxTheme.color(GlassboxTheme.GRID));
        g.setStroke(new BasicStroke(GlassboxTheme.zoom()));
        for (Rule r : page.rules()) {
            g.draw(new Line2D.Float(r.x(), r.y(), Math.max(r.x(), getWidth() - page.padding()), r.y()));
        }
        for (Placed p : page.texts()) {
            g.setFont(p.font());
            g.setColor(p.ink().color());
            g.drawString(p.text(), p.x(), p.baseline());
        }
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        Dimension size = getPreferredSize();
        return new Dimension(size.width, Math.min(size.height, Math.round(VIEWPORT_HEIGHT * GlassboxTheme.zoom())));
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? Math.round(page().lineHeight()) : 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return getParent() != null && getParent().getWidth() >= getPreferredSize().width;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return getParent() != null && getParent().getHeight() >= getPreferredSize().height;
    }

    /**
     * The Conventions link: a button drawn as underlined text in the theme's forward color (read at
     * paint time), focusable and pressed with Space like any button, opening the conventions.
     */
    private final class ConventionsLink extends JButton {
        ConventionsLink() {
            super(Conventions.title());
            setName("conventionsLink");
            setToolTipText(Messages.text("chain.header.conventions.tip"));
            getAccessibleContext().setAccessibleDescription(Messages.text("chain.header.conventions.tip"));
            setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
            addActionListener(e -> ConventionsDialog.show(ChainRulePanel.this));
        }

        @Override
        public void updateUI() {
            super.updateUI();
            setBorderPainted(false);
            setContentAreaFilled(false);
            setMargin(new Insets(1, 2, 1, 2));
            Font f = getFont();
            if (f != null) {
                setFont(f.deriveFont(Map.of(TextAttribute.UNDERLINE, TextAttribute.UNDERLINE_ON)));
            }
        }

        @Override
        public Color getForeground() {
            return GlassboxTheme.color(GlassboxTheme.FORWARD);
        }
    }
}
