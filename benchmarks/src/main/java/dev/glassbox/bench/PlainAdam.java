package dev.glassbox.bench;

/**
 * The Adam baseline: {@link PlainXor}'s network, weights and batch gradient, trained by Adam
 * (β1 = 0.9, β2 = 0.999, ε = 10⁻⁸, η = {@value #ETA}) — every multiplication written out, no
 * Glassbox class. One update per epoch of the batch-mean gradient {@code g}, for every weight and
 * bias: {@code m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²; m̂ = m/(1−β1^t); v̂ = v/(1−β2^t);
 * w ← w − η·m̂/(√v̂ + ε)}. The gradient part is {@link PlainXor}'s, written out again rather than
 * shared: a baseline keeps every value of the net in a register, which no shared method returning
 * nine gradients would. The arithmetic is done in the engine's order, so the numbers match the
 * session's bit for bit.
 */
final class PlainAdam {
    /** The learning rate: xor's η = 2 is far too large for Adam; this is the Adam lesson's. */
    static final double ETA = 0.05;
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;
    private static final double[] X1 = {0, 0, 1, 1};
    private static final double[] X2 = {0, 1, 0, 1};
    private static final double[] Y = {0, 1, 1, 0};

    private final double[] w = {0.15, 0.20, 0.25, 0.30, 0.35, 0.35, 0.40, 0.45, 0.60};

    /** Trains {@code epochs} epochs from the xor weights and returns the mean loss of the last one. */
    double run(int epochs) {
        double w11 = w[0], w12 = w[1], w21 = w[2], w22 = w[3], b1 = w[4], b2 = w[5], v1 = w[6], v2 = w[7], c = w[8];
        double mw11 = 0, mw12 = 0, mw21 = 0, mw22 = 0, mb1 = 0, mb2 = 0, mv1 = 0, mv2 = 0, mc = 0;
        double sw11 = 0, sw12 = 0, sw21 = 0, sw22 = 0, sb1 = 0, sb2 = 0, sv1 = 0, sv2 = 0, sc = 0;
        double loss = Double.NaN;
        for (int e = 0; e < epochs; e++) {
            double gw11 = 0, gw12 = 0, gb1 = 0, gw21 = 0, gw22 = 0, gb2 = 0, gv1 = 0, gv2 = 0, gc = 0;
            double lossSum = 0;
            for (int s = 0; s < 4; s++) {
                double x1 = X1[s], x2 = X2[s], y = Y[s];
                double a1 = sigmoid(b1 + w11 * x1 + w12 * x2);
                double a2 = sigmoid(b2 + w21 * x1 + w22 * x2);
                double o = sigmoid(c + v1 * a1 + v2 * a2);
                double err = o - y;
                lossSum += 0.5 * err * err;
                double dO = err * (o * (1 - o));
                double d1 = v1 * dO * (a1 * (1 - a1));
                double d2 = v2 * dO * (a2 * (1 - a2));
                gw11 += d1 * x1;
                gw12 += d1 * x2;
                gb1 += d1;
                gw21 += d2 * x1;
                gw22 += d2 * x2;
                gb2 += d2;
                gv1 += dO * a1;
                gv2 += dO * a2;
                gc += dO;
            }
            long t = e + 1;
            double c1 = 1 - Math.pow(BETA1, t);
            double c2 = 1 - Math.pow(BETA2, t);
            double g;
            g = gw11 / 4;
            mw11 = BETA1 * mw11 + (1 - BETA1) * g;
            sw11 = BETA2 * sw11 + (1 - BETA2) * (g * g);
            w11 -= ETA * (mw11 / c1) / (Math.sqrt(sw11 / c2) + EPSILON);
            g = gw12 / 4;
            mw12 = BETA1 * mw12 + (1 - BETA1) * g;
            sw12 = BETA2 * sw12 + (1 - BETA2) * (g * g);
            w12 -= ETA * (mw12 / c1) / (Math.sqrt(sw12 / c2) + EPSILON);
            g = gw21 / 4;
            mw21 = BETA1 * mw21 + (1 - BETA1) * g;
            sw21 = BETA2 * sw21 + (1 - BETA2) * (g * g);
            w21 -= ETA * (mw21 / c1) / (Math.sqrt(sw21 / c2) + EPSILON);
            g = gw22 / 4;
            mw22 = BETA1 * mw22 + (1 - BETA1) * g;
            sw22 = BETA2 * sw22 + (1 - BETA2) * (g * g);
            w22 -= ETA * (mw22 / c1) / (Math.sqrt(sw22 / c2) + EPSILON);
            g = gb1 / 4;
            mb1 = BETA1 * mb1 + (1 - BETA1) * g;
            sb1 = BETA2 * sb1 + (1 - BETA2) * (g * g);
            b1 -= ETA * (mb1 / c1) / (Math.sqrt(sb1 / c2) + EPSILON);
            g = gb2 / 4;
            mb2 = BETA1 * mb2 + (1 - BETA1) * g;
            sb2 = BETA2 * sb2 + (1 - BETA2) * (g * g);
            b2 -= ETA * (mb2 / c1) / (Math.sqrt(sb2 / c2) + EPSILON);
            g = gv1 / 4;
            mv1 = BETA1 * mv1 + (1 - BETA1) * g;
            sv1 = BETA2 * sv1 + (1 - BETA2) * (g * g);
            v1 -= ETA * (mv1 / c1) / (Math.sqrt(sv1 / c2) + EPSILON);
            g = gv2 / 4;
            mv2 = BETA1 * mv2 + (1 - BETA1) * g;
            sv2 = BETA2 * sv2 + (1 - BETA2) * (g * g);
            v2 -= ETA * (mv2 / c1) / (Math.sqrt(sv2 / c2) + EPSILON);
            g = gc / 4;
            mc = BETA1 * mc + (1 - BETA1) * g;
            sc = BETA2 * sc + (1 - BETA2) * (g * g);
            c -= ETA * (mc / c1) / (Math.sqrt(sc / c2) + EPSILON);
            loss = lossSum / 4;
        }
        w[0] = w11;
        w[1] = w12;
        w[2] = w21;
        w[3] = w22;
        w[4] = b1;
        w[5] = b2;
        w[6] = v1;
        w[7] = v2;
        w[8] = c;
        return loss;
    }

    /** The parameters in the engine's flat order: w11 w12 w21 w22 b1 b2 v1 v2 c. */
    double[] parameters() {
        return w.clone();
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
