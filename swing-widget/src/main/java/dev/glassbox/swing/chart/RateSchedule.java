package dev.glassbox.swing.chart;

import dev.glassbox.core.session.TrainingSession;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The learning rates a run had at each epoch, for training another session up to {@code target}
 * epochs with the same rates changed at the same epochs (a comparison, a race's runs).
 *
 * @param rates  each rate keyed by the first epoch it was used for (epoch 1 among them)
 * @param target the epoch to train to
 */
record RateSchedule(NavigableMap<Integer, Double> rates, int target) {
    RateSchedule {
        rates = new TreeMap<>(rates);
    }

    /** The rate of epoch 1, a scenario's learning rate. */
    double first() {
        return rates.firstEntry().getValue();
    }

    /**
     * Sets the rate the run trained {@code session}'s next epoch with and returns the last epoch
     * before its rate changes again (or the target): training never crosses a change in one call.
     */
    int segmentEnd(TrainingSession session) {
        int next = session.epoch() + 1;
        session.setLearningRate(rates.floorEntry(next).getValue());
        Integer change = rates.higherKey(next);
        return change == null ? target : Math.min(target, change - 1);
    }
}
