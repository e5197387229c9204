package dev.glassbox.core.quiz;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Connection;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.NeuronId;
import java.util.Objects;
import java.util.Optional;

/**
 * One question: a quantity of one element on one sample of one epoch, asked before the glass box
 * shows it.
 *
 * @param epoch    the epoch whose trace holds the answer (1 is the first epoch trained)
 * @param sample   the sample's index in the training set, from 0
 * @param element  the neuron (for {@code z}, {@code a}, {@code δ}) or the connection (for the
 *                 gradients and the updated weight) asked about
 * @param quantity what is asked
 * @param prompt   the teacher's own wording of the question, if any
 */
public record Question(int epoch, int sample, NetworkElement element, Quantity quantity, Optional<String> prompt) {

    /**
     * A question, checked for the shape every question has (the network it is asked of is checked
     * by {@link #problemIn}).
     *
     * @param epoch    the epoch asked about, from 1
     * @param sample   the sample's index, from 0
     * @param element  the neuron or connection asked about
     * @param quantity what is asked
     * @param prompt   the teacher's own wording, if any
     * @throws IllegalArgumentException if the epoch is below 1, the sample negative, or the
     *         quantity is not one of the element's kind
     */
    public Question {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(prompt, "prompt");
        if (epoch < 1) {
            throw new IllegalArgumentException("the epoch must be 1 or more, got " + epoch);
        }
        if (sample < 0) {
            throw new IllegalArgumentException("the sample index must be 0 or more, got " + sample);
        }
        if (quantity.ofConnection() != (element instanceof Connection)) {
            throw new IllegalArgumentException(quantity.id() + " is asked of "
                    + (quantity.ofConnection() ? "a connection" : "a neuron") + ", not of "
                    + (element instanceof Connection ? "a connection" : "a neuron"));
        }
    }

    /**
     * A question without a prompt of its own.
     *
     * @param epoch    the epoch, from 1
     * @param sample   the sample's index, from 0
     * @param element  the neuron or connection
     * @param quantity what is asked
     * @return the question
     */
    public static Question of(int epoch, int sample, NetworkElement element, Quantity quantity) {
        return new Question(epoch, sample, element, quantity, Optional.empty());
    }

    /**
     * What keeps the question from being asked of a network trained on {@code samples} samples,
     * if anything: an element outside the network, an input neuron (it has no {@code z} nor
     * {@code δ}), or a sample beyond the training set.
     *
     * @param arch    the network
     * @param samples the number of training samples
     * @return the problem, in a few words, or empty when the question can be asked
     */
    public Optional<String> problemIn(Architecture arch, int samples) {
        if (!arch.contains(element)) {
            return Optional.of("there is no such " + (element instanceof Connection ? "connection" : "neuron")
                    + " in a network of layers " + arch.sizes());
        }
        if (element instanceof NeuronId n && n.layer() == 0) {
            return Optional.of("an input neuron has no " + quantity.id() + ": it only holds the sample's input");
        }
        if (sample >= samples) {
            return Optional.of("sample index " + sample + " is beyond the " + samples + " samples");
        }
        return Optional.empty();
    }
}
