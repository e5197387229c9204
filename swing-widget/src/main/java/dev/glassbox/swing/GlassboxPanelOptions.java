package dev.glassbox.swing;

import dev.glassbox.swing.controls.ScenarioEntry;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link GlassboxPanel} shows, for an embedder who wants less than everything: which of the
 * optional views appear, and which scenarios the scenario chooser offers. The network view and the
 * training controls always appear. Immutable; start from {@link #all()}, which shows every view but
 * the network editor (opt in with {@code with(View.NETWORK_EDITOR)}).
 *
 * <pre>{@code
 * GlassboxPanelOptions options = GlassboxPanelOptions.all()
 *         .without(GlassboxPanelOptions.View.STATE_TABLES, GlassboxPanelOptions.View.SCENARIO_CHOOSER);
 * frame.add(new GlassboxPanel(new GlassboxModel(myScenario), options));
 * }</pre>
 *
 * @param views     the optional views that appear
 * @param scenarios the scenarios the chooser offers instead of the built-in ones, if present
 */
public record GlassboxPanelOptions(Set<View> views, Optional<List<ScenarioEntry>> scenarios) {
    /** The views an embedder may leave out. */
    public enum View {
        /** The scenario's name and lesson text. */
        LESSON,
        /** The chain rule of the hovered or selected connection. */
        CHAIN_RULE,
        /** The loss-over-epochs chart. */
        LOSS_CHART,
        /** Every sample's loss and the mean. */
        LOSS_CALCULATION,
        /** The activations, deltas and weights tables. */
        STATE_TABLES,
        /** The scenario chooser among the parameter controls. */
        SCENARIO_CHOOSER,
        /** The quiz: the student computes a value before it is shown. */
        QUIZ,
        /** What it learned: the decision boundary (the output over the input plane) and the neuron maps. */
        BOUNDARY,
        /**
         * The network editor (a "Network" tab): hidden layers, neurons, activations, loss and initial
         * weights, for the student to change. Off in {@link #all()}, since it lets the student rebuild
         * the embedder's network; add it with {@link #with(View...)}.
         */
        NETWORK_EDITOR
    }

    /**
     * Options as given; the sets and lists are copied.
     *
     * @param views     the optional views that appear
     * @param scenarios the scenarios the chooser offers instead of the built-in ones, if present
     */
    public GlassboxPanelOptions {
        views = views.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(views));
        scenarios = scenarios.map(List::copyOf);
    }

    /**
     * Every view but the opt-in {@link View#NETWORK_EDITOR}, and the built-in scenarios: what
     * {@code new GlassboxPanel(scenario)} shows.
     *
     * @return the options with everything shown but the network editor
     */
    public static GlassboxPanelOptions all() {
        return new GlassboxPanelOptions(EnumSet.complementOf(EnumSet.of(View.NETWORK_EDITOR)), Optional.empty());
    }

    /**
     * These options with more views, such as the opt-in {@link View#NETWORK_EDITOR}.
     *
     * @param added the views to show as well
     * @return the options with them
     */
    public GlassboxPanelOptions with(View... added) {
        EnumSet<View> kept = EnumSet.noneOf(View.class);
        kept.addAll(views);
        kept.addAll(Arrays.asList(added));
        return new GlassboxPanelOptions(kept, scenarios);
    }

    /**
     * These options without some views.
     *
     * @param left the views to leave out
     * @return the options without them
     */
    public GlassboxPanelOptions without(View... left) {
        EnumSet<View> kept = EnumSet.allOf(View.class);
        kept.retainAll(views);
        Arrays.asList(left).forEach(kept::remove);
        return new GlassboxPanelOptions(kept, scenarios);
    }

    /**
     * These options with the chooser offering {@code offered} instead of the built-in scenarios.
     *
     * @param offered the scenarios to offer, in order
     * @return the options offering them
     */
    public GlassboxPanelOptions withScenarios(List<ScenarioEntry> offered) {
        return new GlassboxPanelOptions(views, Optional.of(offered));
    }

    /**
     * Whether a view appears.
     *
     * @param view an optional view
     * @return whether it is among {@link #views()}
     */
    public boolean shows(View view) {
        return views.contains(view);
    }
}
