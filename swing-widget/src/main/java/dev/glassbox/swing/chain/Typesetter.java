package dev.glassbox.swing.chain;

import dev.glassbox.swing.chain.Derivation.Block;
import dev.glassbox.swing.chain.Derivation.Equation;
import dev.glassbox.swing.chain.Derivation.Grid;
import dev.glassbox.swing.chain.Derivation.Heading;
import dev.glassbox.swing.chain.Derivation.Paragraph;
import dev.glassbox.swing.theme.GlassboxTheme;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a {@link Derivation} on a page 28 em wide (about 420 pixels at the default font), or as
 * wide as the area allows down to 16 em: equations aligned at their relation sign within a
 * section, one step per line (or, set compactly, all steps on one line as far as the measure
 * allows), subscripts smaller and lowered, long lines wrapped before a word or a spaced operator
 * (never between a sign and the number after it). Tables do not wrap. Fonts come from the theme
 * when the typesetter is made; the result is in logical coordinates.
 */
final class Typesetter {
    /** A run of text at its place. */
    record Placed(String text, Font font, Ink ink, float x, float baseline) {
    }

    /** A highlighted stretch of lines, {@code top} to {@code top + height}. */
    record Band(float top, float height) {
    }

    /** A thin line from {@code x} to the right edge at height {@code y}. */
    record Rule(float x, float y) {
    }

    /** The set page: texts, highlight bands, rules and the size they need. */
    record Page(List<Placed> texts, List<Band> bands, List<Rule> rules, int width, int height, float padding,
                float lineHeight) {
    }

    /** Measured with anti-aliasing and fractional metrics, as the panel paints. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static final float MEASURE_EM = 28f;
    /** The narrowest measure, however narrow the area: below it, the area scrolls sideways. */
    private static final float MIN_MEASURE_EM = 16f;
    /** A left-hand side wider than this goes on a line of its own. */
    private static final float CAP_EM = 9f;
    private static final float PAD_EM = 0.9f;
    private static final float SUBSCRIPT_SIZE = 0.72f;

    private final Font math = GlassboxTheme.mathFont(1f);
    private final Font italic = math.deriveFont(Font.ITALIC);
    private final Font subscript = math.deriveFont(Font.ITALIC, math.getSize2D() * SUBSCRIPT_SIZE);
    private final Font label = GlassboxTheme.textFont(1f);
    private final Font strong = label.deriveFont(Font.BOLD);
    private final float em = math.getSize2D();
    private final float pad = PAD_EM * em;
    private final float right;
    private final float ascent;
    private final float lineHeight;

    private final List<Placed> texts = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final boolean compact;
    /** The top of the current line. */
    private float top;
    private float maxX;

    private Typesetter(boolean compact, float width) {
        this.compact = compact;
        this.right = pad + Math.max(MIN_MEASURE_EM * em, Math.min(MEASURE_EM * em, width - 2 * pad));
        LineMetrics m = math.getLineMetrics("Hg", FRC); //$NON-NLS$ a capital and a descender, measured
        ascent = m.getAscent();
        // Compact (a derivation taller than its viewport) also sets the lines closer, so that the whole
        // chain of an output weight shows at 1366×768.
        lineHeight = (compact ? 1.12f : 1.3f) * (m.getAscent() + m.getDescent());
        top = pad;
    }

    /**
     * Sets {@code d} with the theme's current fonts, at most {@code width} pixels wide (the measure
     * is 28 em where there is room, 16 em at the least); {@code compact}, every equation's steps on
     * one line.
     */
    static Page set(Derivation d, boolean compact, float width) {
        Typesetter t = new Typesetter(compact, width);
        t.setBlocks(d.blocks());
        return new Page(List.copyOf(t.texts), List.copyOf(t.bands), List.copyOf(t.rules),
                (int) Math.ceil(t.maxX + t.pad), (int) Math.ceil(t.top + t.pad), t.pad, t.lineHeight);
    }

    private void setBlocks(List<Block> blocks) {
        float relationX = relationX(blocks, 0);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Heading h) {
                heading(h, i == 0);
                relationX = relationX(blocks, i + 1);
            } else if (b instanceof Paragraph p) {
                place(p.row().runs(), pad, pad + em);
                newLine();
            } else if (b instanceof Equation e) {
                equation(e, relationX);
            } else {
                grid((Grid) b);
            }
        }
    }

    /** Where the relation signs of the section starting at {@code from} stand. */
    private float relationX(List<Block> blocks, int from) {
        float widest = 0;
        for (int i = from; i < blocks.size() && !(blocks.get(i) instanceof Heading); i++) {
            if (blocks.get(i) instanceof Equation e) {
                float w = width(e.lhs().runs());
                if (w <= CAP_EM * em) {
                    widest = Math.max(widest, w);
                }
            }
        }
        return pad + (widest > 0 ? widest : 2 * em);
    }

    private void heading(Heading h, boolean first) {
        if (!first) {
            top += (compact ? 0.3f : 0.6f) * em;
        }
        float end = place(h.title().runs(), pad, pad + em);
        float y = top + ascent * 0.62f;
        rules.add(new Rule(end + 0.5f * em, y));
        maxX = Math.max(maxX, right);
        newLine();
        top += (compact ? 0f : 0.15f) * em;
    }

    private void equation(Equation e, float relationX) {
        float start = top;
        List<Run> lhs = e.lhs().runs();
        float w = width(lhs);
        if (w > CAP_EM * em) {
            place(lhs, pad, pad + em);
            newLine();
        } else {
            place(lhs, relationX - w, pad);
        }
        float x = relationX;
        float wrapX = relationX + width(" ", math);
        for (int i = 0; i < e.steps().size(); i++) {
            String relation = " " + (i == 0 ? e.relation() : "=") + " ";
            // Set compactly, a step that does not fit the line goes to the next, under the first relation sign.
            boolean fits = x + width(relation, math) + width(e.steps().get(i).runs()) <= right;
            if (i > 0 && !e.inline() && (!compact || !fits)) {
                newLine();
                x = relationX;
            }
            // One unit, so that a break before the relation sign also sees the number after it.
            List<Run> step = new ArrayList<>();
            step.add(new Run(relation, Run.Style.UPRIGHT, Ink.TEXT));
            step.addAll(e.steps().get(i).runs());
            x = place(step, x, wrapX, relationX + width(relation, math) + em);
        }
        newLine();
        if (e.highlighted()) {
            bands.add(new Band(start, top - start));
        }
    }

    private void grid(Grid g) {
        int columns = g.rows().stream().mapToInt(List::size).max().orElse(0);
        float[] x = new float[columns];
        x[0] = pad + em;
        for (int c = 1; c < columns; c++) {
            float widest = 0;
            for (List<MathRow> row : g.rows()) {
                if (row.size() > c - 1) {
                    widest = Math.max(widest, width(row.get(c - 1).runs()));
                }
            }
            x[c] = x[c - 1] + widest + 1.5f * em;
        }
        for (int r = 0; r < g.rows().size(); r++) {
            List<MathRow> row = g.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                place(row.get(c).runs(), x[c], x[c]);
            }
            if (r == g.highlighted()) {
                bands.add(new Band(top, lineHeight));
            }
            newLine();
        }
    }

    /**
     * Places runs on the current line from {@code x}; where a run that may break, with the runs
     * that must stay with it (up to the next place to break), would pass the right margin, a new
     * line starts at {@code wrapX}. Returns where the last run ends.
     */
    private float place(List<Run> runs, float x, float wrapX) {
        return place(runs, x, wrapX, wrapX);
    }

    /** {@link #place(List, float, float)}, a break before the first run going to {@code firstWrapX}. */
    private float place(List<Run> runs, float x, float firstWrapX, float wrapX) {
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            Font f = font(r.style());
            String text = r.text();
            float breakTo = i == 0 ? firstWrapX : wrapX;
            if (r.breakable() && x > breakTo && x + unbrokenWidth(runs, i) > right) {
                newLine();
                x = breakTo;
                text = text.stripLeading();
            }
            float baseline = top + ascent + (r.style() == Run.Style.SUBSCRIPT ? 0.3f * ascent : 0);
            texts.add(new Placed(text, f, r.ink(), x, baseline));
            x += width(text, f);
            maxX = Math.max(maxX, x);
        }
        return x;
    }

    /** The width of run {@code from} and of the runs after it up to the next place to break. */
    private float unbrokenWidth(List<Run> runs, int from) {
        float w = width(runs.get(from).text(), font(runs.get(from).style()));
        for (int i = from + 1; i < runs.size() && !runs.get(i).breakable(); i++) {
            w += width(runs.get(i).text(), font(runs.get(i).style()));
        }
        return w;
    }

    private void newLine() {
        top += lineHeight;
    }

    private Font font(Run.Style style) {
        return switch (style) {
            case SYMBOL -> italic;
            case UPRIGHT -> math;
            case SUBSCRIPT -> subscript;
            case LABEL -> label;
            case STRONG -> strong;
        };
    }

    private float width(List<Run> runs) {
        float w = 0;
        for (Run r : runs) {
            w += width(r.text(), font(r.style()));
        }
        return w;
    }

    private static float width(String text, Font f) {
        return (float) f.getStringBounds(text, FRC).getWidth();
    }
}
