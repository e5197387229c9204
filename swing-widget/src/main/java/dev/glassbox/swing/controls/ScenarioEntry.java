package dev.glassbox.swing.controls;

import dev.glassbox.core.scenario.Scenario;

/**
 * A scenario offered in the scenario chooser, under its name and a label (a built-in id or a
 * file name; empty for a scenario shown under its name alone).
 *
 * @param label    what the chooser shows after the scenario's name, or empty
 * @param scenario the scenario
 */
public record ScenarioEntry(String label, Scenario scenario) {
    /**
     * An entry shown under the scenario's own name alone, e.g. an embedder's or a course's scenario.
     *
     * @param scenario the scenario
     * @return the entry, with an empty label
     */
    public static ScenarioEntry of(Scenario scenario) {
        return new ScenarioEntry("", scenario);
    }

    @Override
    public String toString() {
        return label.isEmpty() ? scenario.name() : scenario.name() + "  (" + label + ")";
    }
}
