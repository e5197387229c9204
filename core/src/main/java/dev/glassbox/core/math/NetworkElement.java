package dev.glassbox.core.math;

/** Something a user can point at in the network: a {@link Connection} or a {@link NeuronId}. */
public sealed interface NetworkElement permits Connection, NeuronId {
}
