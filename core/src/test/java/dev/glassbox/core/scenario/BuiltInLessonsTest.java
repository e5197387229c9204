package dev.glassbox.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Engine;
import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.math.Penalty;
import dev.glassbox.core.math.Regularization;
import dev.glassbox.core.data.TwoInputProblem;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.core.trace.EpochTrace;
import dev.glassbox.core.trace.SampleTrace;
import org.junit.jupiter.api.Test;

/** Each built-in scenario teaches something; here each lesson is shown to happen. */
class BuiltInLessonsTest {

    @Test
    void crossEntropyUnlocksTheSaturatedOutputThatMseCrawlsOn() {
        Scenario mse = BuiltInScenarios.get("xor-saturated-mse");
        Scenario ce = BuiltInScenarios.get("xor-saturated-ce");
        assertThat(ce.initialParameters()).isEqualTo(mse.initialParameters());
        TrainingSession mseRun = new TrainingSession(mse);
        TrainingSession ceRun = new TrainingSession(ce);
        mseRun.run(200);
        ceRun.run(200);

        // both results judged by the same yardstick, the MSE dataset loss (measured: 0.2492 vs 0.0206)
        Engine yardstick = new Engine(mse.architecture(), mse.updateMode(), mse.samples());
        double mseLoss = yardstick.datasetLoss(mseRun.parameters().toFlat());
        double ceLoss = yardstick.datasetLoss(ceRun.parameters().toFlat());
        assertThat(mseLoss).isGreaterThan(0.24);
        assertThat(ceLoss).isLessThan(0.05);
    }

    @Test
    void theSaturatedMseOutputIsLockedOnEverySampleAtTheStart() {
        EpochTrace trace = new TrainingSession(BuiltInScenarios.get("xor-saturated-mse")).trace();
        for (SampleTrace t : trace.samples()) {
            assertThat(t.output(0).a()).isGreaterThan(0.998);
            assertThat(t.output(0).slope()).isLessThan(Activation.SATURATION_SHARE * Activation.SIGMOID.peakSlope());
            assertThat(t.output(0).saturated()).isTrue();
            assertThat(trace.saturated(t.index(), new NeuronId(2, 0))).isTrue();
        }
        // the raw error is loud (≈ 1 where y = 0) but δ is tiny: the slope is the earplugs
        SampleTrace zeroZero = trace.sample(0);
        assertThat(zeroZero.output(0).rawError()).isGreaterThan(0.998);
        assertThat(zeroZero.output(0).delta()).isLessThan(0.0014);
    }

    @Test
    void theDeadReluGetsExactlyZeroGradientAndNeverChanges() {
        Scenario scenario = BuiltInScenarios.get("dying-relu");
        TrainingSession session = new TrainingSession(scenario);
        NeuronId dead = new NeuronId(1, 1);
        Parameters start = session.parameters();

        EpochTrace first = session.trace();
        assertThat(first.dead(dead)).isTrue();
        assertThat(first.dead(new NeuronId(1, 0))).isFalse();
        assertThat(first.deadNeurons()).containsExactly(dead);
        for (SampleTrace t : first.samples()) {
            assertThat(t.neuron(dead).z()).isNegative();
            assertThat(t.neuron(dead).a()).isEqualTo(0.0);
            assertThat(t.neuron(dead).delta()).isEqualTo(0.0);
            assertThat(t.gradient().weight(0, 1, 0)).isEqualTo(0.0);
            assertThat(t.gradient().weight(0, 1, 1)).isEqualTo(0.0);
            assertThat(t.gradient().bias(0, 1)).isEqualTo(0.0);
            // and its outgoing weight carries δ_out · a = δ_out · 0
            assertThat(t.gradient().weight(1, 0, 1)).isEqualTo(0.0);
        }

        session.run(1000);
        Parameters end = session.parameters();
        assertThat(end.weight(0, 1, 0)).isEqualTo(start.weight(0, 1, 0));
        assertThat(end.weight(0, 1, 1)).isEqualTo(start.weight(0, 1, 1));
        assertThat(end.bias(0, 1)).isEqualTo(start.bias(0, 1));
        assertThat(end.weight(1, 0, 1)).isEqualTo(start.weight(1, 0, 1));
        assertThat(end.weight(0, 0, 0)).isNotEqualTo(start.weight(0, 0, 0));
        assertThat(session.trace().dead(dead)).isTrue();

        // one working hidden neuron cannot solve XOR: the loss stalls at 0.125
        session.run(4000);
        assertThat(session.lossHistory().last()).isGreaterThan(0.12);
    }

    @Test
    void gradientsVanishTowardsTheFirstLayerOfTheDeepSigmoidStack() {
        Parameters g = new TrainingSession(BuiltInScenarios.get("vanishing-gradient")).trace().meanGradient();
        double[][][] w = g.weights();
        double first = meanAbs(w[0]);
        double last = meanAbs(w[w.length - 1]);
        // measured: 3.1e-6 and 1.43e-2, a ratio of about 4600
        assertThat(last / first).isGreaterThan(1000);
        for (int l = 1; l < w.length; l++) {
            assertThat(meanAbs(w[l])).as("layer %d against the one before", l).isGreaterThan(meanAbs(w[l - 1]));
        }
    }

    @Test
    void xorSitsOnItsPlateauThenSolves() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        session.run(500);
        assertThat(session.lossHistory().last()).isGreaterThan(0.12);
        session.run(4500);
        assertThat(session.lossHistory().last()).isLessThan(0.01);
        assertClassifies(session);
    }

    @Test
    void andAndOrLearnQuickly() {
        for (String id : new String[] {"and", "or"}) {
            TrainingSession session = new TrainingSession(BuiltInScenarios.get(id));
            session.run(1000);
            assertThat(session.lossHistory().last()).as(id).isLessThan(0.01);
            assertClassifies(session);
        }
    }

    @Test
    void momentumCrossesTheXorPlateauInAFractionOfTheEpochs() {
        Scenario momentum = BuiltInScenarios.get("xor-momentum");
        assertThat(momentum.initialParameters()).isEqualTo(BuiltInScenarios.get("xor").initialParameters());
        TrainingSession withMomentum = new TrainingSession(momentum);
        TrainingSession plain = new TrainingSession(momentum.toBuilder().optimizer(Optimizer.SGD).build());
        withMomentum.run(500);
        plain.run(500);
        assertThat(withMomentum.lossHistory().last()).isGreaterThan(0.12);
        assertThat(plain.lossHistory().last()).isGreaterThan(0.12);

        // measured: the loss falls below 0.1 at epoch 905 with momentum, 5,737 without; below 0.01 at 1,111 and 7,811
        withMomentum.run(1000);
        plain.run(1000);
        assertThat(withMomentum.lossHistory().last()).isLessThan(0.01);
        assertClassifies(withMomentum);
        assertThat(plain.lossHistory().last()).isGreaterThan(0.1);
    }

    @Test
    void adamUnlocksTheSaturatedOutputThatPlainGradientDescentCrawlsOn() {
        Scenario adam = BuiltInScenarios.get("xor-saturated-adam");
        Scenario mse = BuiltInScenarios.get("xor-saturated-mse");
        assertThat(adam.initialParameters()).isEqualTo(mse.initialParameters());
        assertThat(adam.architecture()).isEqualTo(mse.architecture());
        TrainingSession adamRun = new TrainingSession(adam);
        TrainingSession plainRun = new TrainingSession(mse);
        adamRun.run(200);
        plainRun.run(200);
        // measured: 0.0045 against 0.2492; Adam is below 0.01 from epoch 141 on
        assertThat(adamRun.lossHistory().last()).isLessThan(0.01);
        assertThat(plainRun.lossHistory().last()).isGreaterThan(0.24);
        assertClassifies(adamRun);
    }

    @Test
    void l2KeepsXorsWeightsFromGrowingAndStillLearnsIt() {
        Scenario l2 = BuiltInScenarios.get("xor-l2");
        TrainingSession penalised = new TrainingSession(l2);
        TrainingSession free = new TrainingSession(l2.toBuilder().regularization(Regularization.NONE).build());
        penalised.run(5000);
        free.run(5000);
        double penalisedAt5000 = largestWeight(penalised.parameters());
        double freeAt5000 = largestWeight(free.parameters());
        penalised.run(45_000);
        free.run(45_000);
        // measured: 7.49 then 7.31 with the penalty, 9.28 then 11.90 without
        assertThat(largestWeight(penalised.parameters())).isLessThan(8).isCloseTo(penalisedAt5000, within(0.5));
        assertThat(largestWeight(free.parameters())).isGreaterThan(11).isGreaterThan(freeAt5000 + 2);
        assertClassifies(penalised);
        EpochTrace trace = penalised.trace();
        assertThat(trace.penalty()).isPositive();
        assertThat(trace.loss()).isEqualTo(trace.dataLoss() + trace.penalty());

        // ten times the penalty wins: every weight decays to 0 and XOR is not learned
        TrainingSession strong = new TrainingSession(l2.toBuilder().regularization(new Regularization(Penalty.L2, 1e-3))
                .build());
        strong.run(5000);
        assertThat(largestWeight(strong.parameters())).isLessThan(1e-3);
        assertThat(strong.lossHistory().last()).isGreaterThan(0.12);
    }

    @Test
    void softmaxOutputsCompeteAndLearnTheThreeClasses() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("three-classes"));
        assertThat(session.datasetLoss()).isGreaterThan(Math.log(3));
        session.run(100);
        for (SampleTrace t : session.trace().samples()) {
            double sum = 0;
            int predicted = 0;
            for (int k = 0; k < 3; k++) {
                sum += t.output(k).a();
                predicted = t.output(k).a() > t.output(predicted).a() ? k : predicted;
            }
            assertThat(sum).isCloseTo(1, within(1e-15));
            assertThat(t.sample().y().get(predicted)).as("sample %d", t.index()).isEqualTo(1.0);
        }
    }

    private static double largestWeight(Parameters p) {
        double largest = 0;
        for (double[][] layer : p.weights()) {
            for (double[] row : layer) {
                for (double w : row) {
                    largest = Math.max(largest, Math.abs(w));
                }
            }
        }
        return largest;
    }

    /** Every output lies on the target's side of ½. */
    private static void assertClassifies(TrainingSession session) {
        for (SampleTrace t : session.trace().samples()) {
            assertThat(t.output(0).a() > 0.5).as("sample %d", t.index()).isEqualTo(t.sample().y().get(0) > 0.5);
        }
    }

    private static double meanAbs(double[][] layer) {
        double sum = 0;
        int count = 0;
        for (double[] row : layer) {
            for (double v : row) {
                sum += Math.abs(v);
                count++;
            }
        }
        return sum / count;
    }

    @Test
    void theSpiralIsTheGeneratorsAndA288NetworkLearnsIt() {
        Scenario spiral = BuiltInScenarios.get("spiral");
        assertThat(BuiltInScenarios.ids()).endsWith("spiral");
        assertThat(spiral.samples()).isEqualTo(TwoInputProblem.SPIRAL.samples(200, 0.03, 1));
        assertThat(spiral.architecture().sizes()).containsExactly(2, 8, 8, 1);
        TrainingSession session = new TrainingSession(spiral);
        // no line separates the arms: a guess of 0.5 everywhere costs ln 2 ≈ 0.693
        assertThat(session.datasetLoss()).isGreaterThan(0.6);
        session.run(3000);
        assertThat(session.datasetLoss()).isLessThan(0.05);
    }
}
