package dev.glassbox.swing.internal.explain;

import dev.glassbox.swing.internal.text.Messages;
import java.util.List;

/**
 * The conventions every formula the views write follows, stated once: the chain-rule panel shows
 * the {@link #paragraphs()} behind its Conventions link and gives them to an application's help
 * ({@code ChainRulePanel.conventions()}; the demo's Help → Conventions), and every explained number
 * points there with {@link #pointer()}. (The derivation does not write them itself: at 1366 × 768
 * it must fit without scrolling.) In the default locale's words; the formulas are the same in all.
 */
public final class Conventions {
    private Conventions() {
    }

    /** {@return the title of the conventions, where they are shown: "Conventions"} */
    public static String title() {
        return Messages.text("explain.conventions.title");
    }

    /** {@return the line every explained number ends with, pointing to the conventions} */
    public static String pointer() {
        return Messages.text("explain.conventions.pointer", title());
    }

    /** {@return the conventions, a paragraph each} */
    public static List<String> paragraphs() {
        return List.of(Messages.text("explain.conventions.half"), Messages.text("explain.conventions.datasetLoss"),
                Messages.text("explain.conventions.batchGradient"), Messages.text("explain.conventions.update"),
                Messages.text("explain.conventions.weightsBefore"));
    }
}
