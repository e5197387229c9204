package dev.glassbox.swing.controls;

import dev.glassbox.swing.internal.layout.WrappingLabel;
import dev.glassbox.swing.model.GlassboxModel;
import dev.glassbox.swing.model.ModelBinding;
import dev.glassbox.swing.model.GlassboxModelEvent;
import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * The scenario's name and lesson, as plain text: a scenario file's text can neither fetch anything
 * nor break the layout (no HTML rendering, wrapped, scrolled). Names: {@code lessonTitle},
 * {@code lessonText}.
 *
 * @serial exclude Swing components are not serialized (their state is rebuilt from the model)
 */
public final class LessonPanel extends JPanel {
    private final GlassboxModel model;
    private final WrappingLabel title = new WrappingLabel();
    private final JTextArea text = new JTextArea();

    /**
     * The lesson of {@code model}'s scenario.
     *
     * @param model the model whose scenario's lesson is shown
     */
    public LessonPanel(GlassboxModel model) {
        super(new BorderLayout(0, 4));
        this.model = model;
        title.setName("lessonTitle");
        text.setName("lessonText");
        // A JLabel would render text starting with "<html>" as HTML; a scenario title must not.
        title.putClientProperty("html.disable", Boolean.TRUE);
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setBorder(BorderFactory.createEmptyBorder());
        JScrollPane scroll = new JScrollPane(text, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        add(title, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
        applyFonts();
        refresh();
        ModelBinding.whileDisplayable(this, model)
                .onTraining(e -> {
                    if (e.kind() == GlassboxModelEvent.Kind.LOADED || e.kind() == GlassboxModelEvent.Kind.RESTORED) {
                        refresh();
                    }
                })
                .onAttach(this::refresh);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        // Called by the superclass constructor too, before the fields exist.
        if (title != null) {
            applyFonts();
        }
    }

    private void applyFonts() {
        java.awt.Font base = UIManager.getFont("Label.font");
        title.setFont(base.deriveFont(java.awt.Font.BOLD, base.getSize2D() * 1.1f));
        text.setFont(base);
    }



    private void refresh() {
        var scenario = model.scenario();
        if (!scenario.name().equals(title.getText())) {
            title.setText(scenario.name());
        }
        if (!scenario.lesson().equals(text.getText())) {
            text.setText(scenario.lesson());
            text.setCaretPosition(0);
        }
    }
}
