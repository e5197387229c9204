/**
 * Scenarios — a network, its starting parameters, its training set and a lesson — and their
 * {@code glassbox-scenario/1} JSON file format, plus the built-in scenarios.
 */
package dev.glassbox.core.scenario;
