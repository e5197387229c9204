package dev.glassbox.bench;

/**
 * The baseline: XOR on a 2-2-1 sigmoid network with MSE, full-batch gradient descent, η = 2,
 * from the weights of the built-in {@code xor} scenario — every multiplication written out, no
 * Glassbox class. Hidden neurons h1, h2 with weights {@code w11 w12 b1}, {@code w21 w22 b2}; the
 * output with {@code v1 v2 c}. The arithmetic is done in the engine's order, so the numbers match
 * the session's bit for bit.
 */
final class PlainXor {
    private static final double[] X1 = {0, 0, 1, 1};
    private static final double[] X2 = {0, 1, 0, 1};
    private static final double[] Y = {0, 1, 1, 0};
    private static final double ETA = 2.0;

    private double w11 = 0.15, w12 = 0.20, b1 = 0.35;
    private double w21 = 0.25, w22 = 0.30, b2 = 0.35;
    private double v1 = 0.40, v2 = 0.45, c = 0.60;

    /** Trains {@code epochs} epochs and returns the mean loss of the last one. */
    double run(int epochs) {
        double w11 = this.w11, w12 = this.w12, b1 = this.b1;
        double w21 = this.w21, w22 = this.w22, b2 = this.b2;
        double v1 = this.v1, v2 = this.v2, c = this.c;
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
            w11 -= ETA * (gw11 / 4);
            w12 -= ETA * (gw12 / 4);
            b1 -= ETA * (gb1 / 4);
            w21 -= ETA * (gw21 / 4);
            w22 -= ETA * (gw22 / 4);
            b2 -= ETA * (gb2 / 4);
            v1 -= ETA * (gv1 / 4);
            v2 -= ETA * (gv2 / 4);
            c -= ETA * (gc / 4);
            loss = lossSum / 4;
        }
        this.w11 = w11;
        this.w12 = w12;
        this.b1 = b1;
        this.w21 = w21;
        this.w22 = w22;
        this.b2 = b2;
        this.v1 = v1;
        this.v2 = v2;
        this.c = c;
        return loss;
    }

    /** The parameters in the engine's flat order: w11 w12 w21 w22 b1 b2 v1 v2 c. */
    double[] parameters() {
        return new double[] {w11, w12, w21, w22, b1, b2, v1, v2, c};
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
