package dev.glassbox.swing.internal.edit;

import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.swing.internal.text.Numbers;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Dimension;
import java.awt.Point;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.JLayeredPane;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import javax.swing.border.Border;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * A text field for one weight or bias. {@link #read} turns its text into a value the session
 * accepts, or else shows in place what is wrong — a border in the theme's warning color, and the
 * problem under the field (a label named {@value #PROBLEM_NAME}, also the field's tooltip and
 * accessible description) — and returns null, so that the caller changes nothing. The problem
 * goes as soon as the text changes. The limit and its wording come from
 * {@link Scenario#editedValueProblem}.
 */
public final class ParameterField extends JTextField {
    /** The component name of the label that shows the problem. */
    public static final String PROBLEM_NAME = "parameterProblem";
    /** A decimal number as people type it: {@code 0.5}, {@code -2}, {@code .25}, {@code 1e-3}. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final JLabel problemLabel = new JLabel();
    private Border plainBorder;
    private String problem;

    /**
     * An empty field.
     *
     * @param name the field's component name
     */
    public ParameterField(String name) {
        super(10);
        setName(name);
        problemLabel.setName(PROBLEM_NAME);
        problemLabel.putClientProperty("html.disable", Boolean.TRUE);
        problemLabel.setOpaque(true);
        problemLabel.setFocusable(false);
        getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                clearProblem();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                clearProblem();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                clearProblem();
            }
        });
    }

    /**
     * Shows {@code value} in full (every digit it has, so that reading it back gives the same number),
     * all of it selected so that typing replaces it.
     *
     * @param value the current value
     */
    public void showValue(double value) {
        setText(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        selectAll();
        clearProblem();
    }

    /**
     * The value typed, if the session accepts it; else shows the problem, naming {@code what}.
     *
     * @param what the weight or bias as the user reads it, e.g. "w hidden 1 → output"
     * @return the value, or null (after showing why)
     */
    public Double read(String what) {
        String text = getText().strip();
        Double value = parse(text);
        if (value == null) {
            showProblem(what + ": “" + text + "” is not a number");
            return null;
        }
        String wrong = Scenario.editedValueProblem(value);
        if (wrong != null) {
            showProblem(what + " " + wrong);
            return null;
        }
        return value;
    }

    /**
     * The number a text stands for: a decimal, or NaN or an infinity by name.
     *
     * @param text the text typed
     * @return its value, or null if it is none of those
     */
    public static Double parse(String text) {
        String t = text.replace(Numbers.MINUS, "-");
        String word = t.toLowerCase(Locale.ROOT).replaceFirst("^[+-]", "");
        boolean negative = t.startsWith("-");
        if (word.equals("nan")) {
            return Double.NaN;
        }
        if (word.equals("inf") || word.equals("infinity") || word.equals("∞")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return DECIMAL.matcher(t).matches() ? Double.valueOf(t) : null;
    }

    /**
     * The problem shown now.
     *
     * @return its text, or null while none is shown
     */
    public String problem() {
        return problem;
    }

    /**
     * Shows {@code text} as what is wrong with the field's text, until the text changes.
     *
     * @param text the problem, in a sentence
     */
    public void showProblem(String text) {
        clearProblem();
        problem = text;
        plainBorder = getBorder();
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(GlassboxTheme.color(GlassboxTheme.WARNING), 2), plainBorder));
        setToolTipText(text);
        getAccessibleContext().setAccessibleDescription(text);
        problemLabel.setText(text);
        problemLabel.setForeground(GlassboxTheme.color(GlassboxTheme.WARNING));
        problemLabel.setBackground(GlassboxTheme.color(GlassboxTheme.BACKGROUND));
        problemLabel.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        // On the window's popup layer under the field: a lightweight label that never takes the focus.
        JRootPane root = getRootPane();
        if (root != null && isShowing()) {
            JLayeredPane layers = root.getLayeredPane();
            Point at = SwingUtilities.convertPoint(this, 0, getHeight(), layers);
            Dimension size = problemLabel.getPreferredSize();
            int x = Math.max(0, Math.min(at.x, layers.getWidth() - size.width));
            int y = at.y + size.height <= layers.getHeight() ? at.y : at.y - getHeight() - size.height;
            problemLabel.setBounds(x, y, size.width, size.height);
            layers.add(problemLabel, JLayeredPane.POPUP_LAYER);
            layers.repaint(x, y, size.width, size.height);
        }
    }

    /** Takes the problem away, if one is shown. */
    public void clearProblem() {
        if (problem == null) {
            return;
        }
        problem = null;
        setBorder(plainBorder);
        setToolTipText(null);
        getAccessibleContext().setAccessibleDescription(null);
        java.awt.Container layers = problemLabel.getParent();
        if (layers != null) {
            java.awt.Rectangle where = problemLabel.getBounds();
            layers.remove(problemLabel);
            layers.repaint(where.x, where.y, where.width, where.height);
        }
    }

    @Override
    public void removeNotify() {
        clearProblem();
        super.removeNotify();
    }
}
