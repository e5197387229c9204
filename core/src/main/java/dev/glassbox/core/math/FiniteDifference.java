package dev.glassbox.core.math;

/**
 * The gradient of the dataset loss ({@link Engine#datasetLoss}, the mean over the training set)
 * for one weight or bias by central differences, {@code (L(θ + h) − L(θ − h)) / 2h}: the
 * independent check shown beside the backpropagated gradient.
 *
 * <p>Interim helper for the views' check; to be merged with {@code GradientCheck}, which does the
 * same per flat index.
 */
public final class FiniteDifference {
    /** The step {@code h}: small against the parameters, large against rounding of the loss. */
    public static final double H = 1e-6;

    private FiniteDifference() {
    }

    /**
     * {@code ∂L/∂θ} at {@code at} for the weight of a {@link Connection} or the bias of a non-input
     * {@link NeuronId}.
     */
    public static double gradient(Engine engine, Parameters at, NetworkElement element) {
        int k = index(engine.architecture().sizeArray(), element);
        double[] theta = at.toFlat();
        double centre = theta[k];
        theta[k] = centre + H;
        double up = engine.datasetLoss(theta);
        theta[k] = centre - H;
        double down = engine.datasetLoss(theta);
        return (up - down) / (2 * H);
    }

    private static int index(int[] sizes, NetworkElement element) {
        if (element instanceof Connection c) {
            return Parameters.weightIndex(sizes, c.layer(), c.to(), c.from());
        }
        NeuronId id = (NeuronId) element;
        if (id.layer() == 0) {
            throw new IllegalArgumentException("an input neuron has no bias: " + id);
        }
        return Parameters.biasIndex(sizes, id.layer() - 1, id.index());
    }
}
