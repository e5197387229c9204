package dev.glassbox.swing.model;

import java.util.EventListener;

/** Told of single trained epochs, e.g. every n-th ({@link GlassboxModelListener#everyEpochs}). */
@FunctionalInterface
public interface EpochListener extends EventListener {
    /**
     * An epoch was trained.
     *
     * @param epoch the epoch, from 1
     * @param loss  its mean loss over the training set
     */
    void epochTrained(int epoch, double loss);
}
