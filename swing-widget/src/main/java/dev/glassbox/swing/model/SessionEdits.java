package dev.glassbox.swing.model;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.math.NetworkElement;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.Checkpoint;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.internal.text.Messages;
import dev.glassbox.swing.internal.text.Names;
import dev.glassbox.swing.internal.text.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.UndoableEdit;

/**
 * The {@link UndoableEdit}s a {@link GlassboxModel} posts, one per change of its session. Each holds
 * a compact record — an element and two values, two learning rates, two epochs, or two
 * {@link Checkpoint}s — never a copy of the history: undoing training rewinds with
 * {@code seek}, redoing it trains again (training is deterministic), and a reset or load is undone
 * by restoring the checkpoint taken before it. Training again is done in slices of a frame each when
 * the history is long ({@link GlassboxModel#isRetraining()}), so an undo never freezes the interface. Each edit acts through {@link GlassboxModel#unrecorded},
 * so that undoing and redoing post nothing new.
 */
final class SessionEdits {
    private SessionEdits() {
    }

    /** The base: what model it acts on and what it is called. */
    private abstract static class SessionEdit extends AbstractUndoableEdit {
        final GlassboxModel model;

        SessionEdit(GlassboxModel model) {
            this.model = model;
        }

        TrainingSession session() {
            return model.session();
        }

        @Override
        public void undo() {
            super.undo();
            model.unrecorded(this::back);
        }

        @Override
        public void redo() {
            super.redo();
            model.unrecorded(this::forth);
        }

        abstract void back();

        abstract void forth();
    }

    /**
     * A weight or bias set by hand: "set w hidden 1 → output". Setting the same one again at the
     * same epoch, with nothing in between (a drag along its connection sets it many times), merges
     * into one edit.
     */
    static final class ParameterEdit extends SessionEdit {
        private final NetworkElement element;
        private final int epoch;
        private final double before;
        private double after;
        private final String name;

        ParameterEdit(GlassboxModel model, NetworkElement element, double before, double after) {
            super(model);
            this.element = element;
            this.epoch = model.epoch();
            this.before = before;
            this.after = after;
            this.name = Messages.text("model.edit.set", Names.parameter(model.architecture(), element));
        }

        @Override
        void back() {
            session().setParameter(element, before);
        }

        @Override
        void forth() {
            session().setParameter(element, after);
        }

        @Override
        public boolean addEdit(UndoableEdit next) {
            if (next instanceof ParameterEdit p && p.element.equals(element) && p.epoch == epoch
                    && Double.compare(p.before, after) == 0 && canUndo()) {
                after = p.after;
                p.die();
                return true;
            }
            return false;
        }

        @Override
        public String getPresentationName() {
            return name;
        }
    }

    /** A new learning rate: "set η to 0.3"; the spinner's steps at one epoch merge into one edit. */
    static final class RateEdit extends SessionEdit {
        private final int epoch;
        private final double before;
        private double after;

        RateEdit(GlassboxModel model, double before, double after) {
            super(model);
            this.epoch = model.epoch();
            this.before = before;
            this.after = after;
        }

        @Override
        void back() {
            session().setLearningRate(before);
        }

        @Override
        void forth() {
            session().setLearningRate(after);
        }

        @Override
        public boolean addEdit(UndoableEdit next) {
            if (next instanceof RateEdit r && r.epoch == epoch && r.before == after && canUndo()) {
                after = r.after;
                r.die();
                return true;
            }
            return false;
        }

        @Override
        public String getPresentationName() {
            return Messages.text("model.edit.learningRate", Numbers.compact(after));
        }
    }

    /**
     * Epochs trained from {@code from} to {@code to}: a step, or one run of play from Play to Pause
     * (extended while it plays). It may end in a divergence: the epoch after {@code to} was tried and
     * not committed.
     */
    static final class TrainEdit extends SessionEdit {
        private final int from;
        private int to;
        private final boolean played;
        private boolean diverged;
        /** Whether the run is still being recorded (playing, and nothing else happened since). */
        private boolean open;

        TrainEdit(GlassboxModel model, int from, int to, boolean played) {
            super(model);
            this.from = from;
            this.to = to;
            this.played = played;
            this.open = played;
        }

        /** Takes in epochs trained next, if this run is still open and they follow on. */
        boolean extend(int first, int last) {
            if (!open || first != to + 1) {
                return false;
            }
            to = last;
            return true;
        }

        /** The epoch after {@code to} diverged; the run is over. */
        boolean divergedAt(int epoch) {
            if (epoch != to) {
                return false;
            }
            diverged = true;
            open = false;
            return true;
        }

        void close() {
            open = false;
        }

        @Override
        void back() {
            session().seek(from);
        }

        @Override
        void forth() {
            model.retrainTo(to, diverged);
        }

        @Override
        public String getPresentationName() {
            if (played) {
                // Not the last epoch: the name stays as the run grows, so a menu showing it is not
                // laid out again on every frame of play.
                return Messages.text("model.edit.played", String.valueOf(from));
            }
            if (to == from) {
                return Messages.text("model.edit.stepDiverged");
            }
            // Epochs as written elsewhere in the history, ungrouped.
            return to - from == 1 ? Messages.text("model.edit.stepTo", String.valueOf(to))
                    : Messages.text("model.edit.train", String.valueOf(from + 1), String.valueOf(to));
        }
    }

    /** A reset or a load: everything may change, so both ends are checkpoints. */
    static final class RestoreEdit extends SessionEdit {
        private final String name;
        private final Checkpoint before;
        private final Checkpoint after;

        RestoreEdit(GlassboxModel model, String name, Checkpoint before, Checkpoint after) {
            super(model);
            this.name = name;
            this.before = before;
            this.after = after;
        }

        @Override
        void back() {
            model.restore(before);
        }

        @Override
        void forth() {
            model.restore(after);
        }

        @Override
        public String getPresentationName() {
            return name;
        }
    }

    /**
     * What loading {@code next} over {@code now} does, in the words of the controls: "change the
     * loss to cross-entropy", "change the hidden activation to tanh", "change the update to online",
     * the network editor's "add hidden layer 2", "remove hidden layer 1", "set hidden layer 1 to 4
     * neurons", "change hidden layer 2's activation to relu", "change the initialisation to He",
     * "change the seed to 7", "use the scenario's weights"; or "load XOR — sigmoid, MSE" for another
     * scenario.
     */
    static String loading(Scenario now, Scenario next) {
        if (now.name().equals(next.name()) && now.samples().equals(next.samples())) {
            Architecture a = now.architecture();
            Architecture b = next.architecture();
            if (!a.sizes().equals(b.sizes())) {
                return reshaping(a, b);
            }
            if (a.loss() != b.loss()) {
                return Messages.text("model.edit.loss", Names.loss(b.loss()));
            }
            if (a.outputActivation() != b.outputActivation()) {
                return Messages.text("model.edit.outputActivation", b.outputActivation().id());
            }
            String hidden = hiddenActivations(a, b);
            if (hidden != null) {
                return hidden;
            }
            if (now.updateMode() != next.updateMode()) {
                return Messages.text("model.edit.update", next.updateMode().id());
            }
            String start = start(now, next);
            if (start != null) {
                return start;
            }
        }
        return Messages.text("model.edit.load", next.name());
    }

    /** Other layer sizes: a hidden layer added or removed, one resized, or else the new shape. */
    private static String reshaping(Architecture a, Architecture b) {
        List<Integer> was = a.sizes();
        List<Integer> is = b.sizes();
        int first = 0;
        while (first < Math.min(was.size(), is.size()) && was.get(first).equals(is.get(first))) {
            first++;
        }
        if (is.size() == was.size() + 1 && is.subList(first + 1, is.size()).equals(was.subList(first, was.size()))) {
            return Messages.text("model.edit.addHidden", String.valueOf(first));
        }
        if (was.size() == is.size() + 1 && was.subList(first + 1, was.size()).equals(is.subList(first, is.size()))) {
            return Messages.text("model.edit.removeHidden", String.valueOf(first));
        }
        if (was.size() == is.size() && was.subList(first + 1, was.size()).equals(is.subList(first + 1, is.size()))) {
            int n = is.get(first);
            String key = first == b.depth() ? "model.edit.resizeOutput" : first == 0 ? "model.edit.resizeInput" : "model.edit.resizeHidden";
            return Messages.text(key, n, String.valueOf(first));
        }
        return Messages.text("model.edit.layers", is.stream().map(String::valueOf).collect(Collectors.joining("-")));
    }

    /**
     * Other hidden activations (the layers alike): every hidden layer's, or one layer's of several,
     * or null if they are the same.
     */
    private static String hiddenActivations(Architecture a, Architecture b) {
        List<Integer> changed = new ArrayList<>();
        for (int l = 1; l < b.depth(); l++) {
            if (a.activation(l) != b.activation(l)) {
                changed.add(l);
            }
        }
        if (changed.isEmpty()) {
            return null;
        }
        if (changed.size() == 1 && b.depth() > 2) {
            int l = changed.get(0);
            return Messages.text("model.edit.layerActivation", String.valueOf(l), b.activation(l).id());
        }
        boolean alike = b.activations().subList(0, b.depth() - 1).stream().distinct().count() == 1;
        return alike ? Messages.text("model.edit.hiddenActivation", b.activation(1).id()) : Messages.text("model.edit.hiddenActivations");
    }

    /** Another start: the scenario's weights, another initialiser or seed; or null if the start is the same. */
    private static String start(Scenario now, Scenario next) {
        if (next.parameters() != null) {
            return next.parameters().equals(now.parameters()) ? null : Messages.text("model.edit.scenarioWeights");
        }
        if (now.parameters() != null || now.initializer() != next.initializer()) {
            String name = Names.initializer(next.initializer());
            return next.initializer() == Initializer.ZEROS ? Messages.text("model.edit.initializer", name)
                    : Messages.text("model.edit.initializerSeed", name, String.valueOf(next.seed()));
        }
        return now.seed() != next.seed() ? Messages.text("model.edit.seed", String.valueOf(next.seed())) : null;
    }

    /**
     * What replacing the samples {@code now} with {@code next} does: "edit sample 3" (one changed),
     * "add 2 samples", "remove a sample" (the count changed), "reorder the samples" (the same ones in
     * another order), else "replace the samples".
     */
    static String changingSamples(List<Sample> now, List<Sample> next) {
        int more = next.size() - now.size();
        if (more != 0) {
            return Messages.text(more > 0 ? "model.edit.addSamples" : "model.edit.removeSamples", Math.abs(more));
        }
        List<Integer> changed = new ArrayList<>();
        for (int s = 0; s < now.size() && changed.size() < 2; s++) {
            if (!now.get(s).equals(next.get(s))) {
                changed.add(s);
            }
        }
        if (changed.size() == 1) {
            return Messages.text("model.edit.editSample", changed.get(0) + 1);
        }
        return !changed.isEmpty() && counts(now).equals(counts(next)) ? Messages.text("model.edit.reorderSamples") : Messages.text("model.edit.replaceSamples");
    }

    /** How many times each sample stands in {@code samples}. */
    private static Map<Sample, Integer> counts(List<Sample> samples) {
        Map<Sample, Integer> counts = new HashMap<>();
        for (Sample s : samples) {
            counts.merge(s, 1, Integer::sum);
        }
        return counts;
    }
}
