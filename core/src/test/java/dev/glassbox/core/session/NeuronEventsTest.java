package dev.glassbox.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.NeuronId;
import dev.glassbox.core.scenario.BuiltInScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes in a neuron's health over training, as the loss chart marks them. */
class NeuronEventsTest {
    private static final NeuronId OUTPUT = new NeuronId(2, 0);

    @Test
    void theSaturatedMseOutputLocksAtOnceAndRecoversHundredsOfEpochsLater() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor-saturated-mse"));
        session.run(2000);
        List<NeuronEvent> events = session.neuronEvents();

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new NeuronEvent(1, OUTPUT, NeuronEvent.Kind.SATURATED));
        assertThat(events.get(1).neuron()).isEqualTo(OUTPUT);
        assertThat(events.get(1).kind()).isEqualTo(NeuronEvent.Kind.RECOVERED);
        // measured: epoch 841
        assertThat(events.get(1).epoch()).isBetween(500, 1200);
        assertThat(session.neuronEventCount()).isEqualTo(2);
    }

    @Test
    void underCrossEntropyTheSameOutputRecoversWithinAFewEpochs() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor-saturated-ce"));
        session.run(200);
        assertThat(session.neuronEvents()).containsExactly(
                new NeuronEvent(1, OUTPUT, NeuronEvent.Kind.SATURATED),
                new NeuronEvent(4, OUTPUT, NeuronEvent.Kind.RECOVERED));
    }

    @Test
    void theDyingReluDiesInTheFirstEpochForGood() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("dying-relu"));
        session.run(1000);
        assertThat(session.neuronEvents()).containsExactly(new NeuronEvent(1, new NeuronId(1, 1), NeuronEvent.Kind.DIED));
    }

    @Test
    void seekAndResetForgetLaterEvents() {
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor-saturated-mse"));
        session.run(2000);
        int recovered = session.neuronEvents().get(1).epoch();

        session.seek(recovered - 1);
        assertThat(session.neuronEvents()).extracting(NeuronEvent::kind).containsExactly(NeuronEvent.Kind.SATURATED);
        session.step();
        assertThat(session.neuronEvents()).extracting(NeuronEvent::epoch).containsExactly(1, recovered);

        session.reset();
        assertThat(session.neuronEvents()).isEmpty();
        session.step();
        assertThat(session.neuronEvents()).containsExactly(new NeuronEvent(1, OUTPUT, NeuronEvent.Kind.SATURATED));
    }
}
