/**
 * The marks a neuron can carry (padlock, skull, warning triangle), drawn as shapes by the network
 * view, its legend and the loss chart's neuron events. Not exported.
 */
package dev.glassbox.swing.internal.marker;
