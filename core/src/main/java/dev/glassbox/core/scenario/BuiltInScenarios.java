package dev.glassbox.core.scenario;

import dev.glassbox.core.data.TwoInputProblem;
import dev.glassbox.core.math.Activation;
import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Loss;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenarios that ship with Glassbox, stored as {@code glassbox-scenario/1} files in the jar
 * and read through {@link ScenarioFiles} like any user file; the {@code spiral}'s samples are drawn
 * by its generator instead ({@link TwoInputProblem#SPIRAL}), everything else of it is set here.
 */
public final class BuiltInScenarios {
    /** The built-in whose samples come from a generator. */
    private static final String SPIRAL = "spiral";
    private static final List<String> IDS = List.of("and", "or", "xor", "xor-saturated-mse", "xor-saturated-ce",
            "dying-relu", "vanishing-gradient", "xor-momentum", "xor-saturated-adam", "xor-l2", "three-classes",
            SPIRAL);
    private static final Map<String, Scenario> CACHE = new ConcurrentHashMap<>();

    private BuiltInScenarios() {
    }

    /** {@return the ids, in the order they are best met} */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * {@return whether {@code id} names a built-in scenario}
     *
     * @param id any text
     */
    public static boolean exists(String id) {
        return IDS.contains(id);
    }

    /**
     * {@return the built-in scenario {@code id}}
     *
     * @param id the scenario's id, one of {@link #ids()}
     * @throws IllegalArgumentException if there is no such built-in scenario, naming the known ones
     */
    public static Scenario get(String id) {
        if (!exists(id)) {
            throw new IllegalArgumentException("no built-in scenario '" + id + "' (known: " + String.join(", ", IDS) + ")");
        }
        return CACHE.computeIfAbsent(id, BuiltInScenarios::load);
    }

    /**
     * {@return the built-in scenario {@code id} as its file text}
     *
     * @param id the scenario's id, one of {@link #ids()}
     * @throws IllegalArgumentException if there is no such built-in scenario
     */
    public static String json(String id) {
        return ScenarioFiles.toJson(get(id));
    }

    private static Scenario load(String id) {
        if (id.equals(SPIRAL)) {
            return spiral();
        }
        try (InputStream in = BuiltInScenarios.class.getResourceAsStream("builtin/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource for built-in scenario " + id);
            }
            return ScenarioFiles.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two spiral arms of 100 points each, learned by a 2-8-8-1 tanh network with Adam in some 2,000 epochs. */
    private static Scenario spiral() {
        return Scenario.builder()
                .name("Spiral — 2-8-8-1 tanh, Adam")
                .lesson("Two arms of points wind around each other, 1.75 turns each: no line, and no single bend, "
                        + "separates them. The first hidden layer's eight tanh neurons each cut the plane along a "
                        + "line; the second layer combines those cuts into curved regions, and the output reads "
                        + "off the arms. Open \"What it learned\" to watch the boundary wind itself into a "
                        + "spiral, and switch on the neuron maps to see which neuron draws which cut. The "
                        + "samples come from the spiral generator (200 points, noise 0.03, seed 1).")
                .architecture(new Architecture(List.of(2, 8, 8, 1),
                        List.of(Activation.TANH, Activation.TANH, Activation.SIGMOID), Loss.CROSS_ENTROPY))
                .learningRate(0.03)
                .optimizer(Adam.withDefaults())
                .seed(3)
                .samples(TwoInputProblem.SPIRAL.samples(200, 0.03, 1))
                .build();
    }
}
