package dev.glassbox.swing.chain;

import dev.glassbox.swing.internal.text.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A written-out derivation: headings, paragraphs, chains of equations aligned at their relation
 * sign, and small tables. What the chain-rule panel typesets, and, as plain text, what screen
 * readers read.
 */
final class Derivation {

    /** A part of the derivation. */
    sealed interface Block permits Heading, Paragraph, Equation, Grid {
    }

    /** A section title; equations between two headings share their alignment. */
    record Heading(MathRow title) implements Block {
    }

    /** A line (wrapped if long). */
    record Paragraph(MathRow row) implements Block {
    }

    /**
     * {@code lhs relation step₁ = step₂ = …}, relation signs aligned: one step per line, or all on
     * one line (wrapped when too long).
     *
     * @param relation    the first relation sign ({@code "="} or {@code "←"}); later steps use {@code "="}
     * @param inline      whether the steps follow each other on one line
     * @param highlighted whether the equation is about the viewed sample
     */
    record Equation(MathRow lhs, String relation, List<MathRow> steps, boolean inline, boolean highlighted)
            implements Block {
        Equation {
            steps = List.copyOf(steps);
        }
    }

    /**
     * A table: the first row is the header.
     *
     * @param highlighted the highlighted row (index into {@code rows}), or −1
     * @param mark        said after the highlighted row in plain text, e.g. {@code "nearest"}
     */
    record Grid(List<List<MathRow>> rows, int highlighted, String mark) implements Block {
        Grid {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private final List<Block> blocks = new ArrayList<>();

    Derivation heading(MathRow title) {
        return add(new Heading(title));
    }

    Derivation paragraph(MathRow row) {
        return add(new Paragraph(row));
    }

    /** An equation chain, a step per line. */
    Derivation equation(MathRow lhs, MathRow... steps) {
        return add(new Equation(lhs, "=", List.of(steps), false, false));
    }

    /** An equation chain on one line. */
    Derivation inline(MathRow lhs, MathRow... steps) {
        return add(new Equation(lhs, "=", List.of(steps), true, false));
    }

    Derivation add(Block b) {
        blocks.add(b);
        return this;
    }

    List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    /** The derivation as plain text, one line per heading, paragraph, equation chain and table row. */
    String plainText() {
        List<String> lines = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                lines.add(h.title().plain());
            } else if (b instanceof Paragraph p) {
                lines.add(p.row().plain());
            } else if (b instanceof Equation e) {
                lines.add(plain(e));
            } else {
                Grid g = (Grid) b;
                for (int r = 0; r < g.rows().size(); r++) {
                    String row = g.rows().get(r).stream().map(MathRow::plain).collect(Collectors.joining("  "));
                    lines.add(r == g.highlighted() ? row + "  (" + g.mark() + ")" : row);
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String plain(Equation e) {
        StringBuilder b = new StringBuilder(e.lhs().plain()).append(' ').append(e.relation());
        for (int i = 0; i < e.steps().size(); i++) {
            b.append(i == 0 ? " " : " = ").append(e.steps().get(i).plain());
        }
        return e.highlighted() ? b.append("  (").append(Messages.text("chain.viewedSample")).append(')').toString()
                : b.toString();
    }
}
