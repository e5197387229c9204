package dev.glassbox.swing.controls;

import dev.glassbox.core.scenario.Scenario;

/**
 * A scenario offered in the scenario chooser, under a label (a built-in id or a file name).
 *
 * @param label    what the chooser shows before the scenario's name
 * @param scenario the scenario
 */
public record ScenarioEntry(String label, Scenario scenario) {
    @Override
    public String toString() {
        return scenario.name() + "  (" + label + ")";
    }
}
