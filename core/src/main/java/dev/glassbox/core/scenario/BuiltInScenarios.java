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
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenarios that ship with Glassbox, stored as {@code glassbox-scenario/1} files in the jar
 * and read through {@link ScenarioFiles} like any user file; the {@code spiral}'s samples are drawn
 * by its generator instead ({@link TwoInputProblem#SPIRAL}), everything else of it is set here.
 *
 * <p>Their names and lessons are in English in the files, and in the default locale's language
 * where {@code BuiltInTexts_<language>.properties} has them (German: {@code BuiltInTexts_de}).
 */
public final class BuiltInScenarios {
    /** The built-in whose samples come from a generator. */
    private static final String SPIRAL = "spiral";
    private static final List<String> IDS = List.of("and", "or", "xor", "xor-saturated-mse", "xor-saturated-ce",
            "dying-relu", "vanishing-gradient", "xor-momentum", "xor-saturated-adam", "xor-l2", "three-classes",
            SPIRAL);
    /** By id and language: a scenario read once per language it is shown in. */
    private static final Map<String, Scenario> CACHE = new ConcurrentHashMap<>();
    private static final String TEXTS = "dev.glassbox.core.scenario.BuiltInTexts";

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
     * {@return the built-in scenario {@code id}, its name and lesson in the default locale's language if translated}
     *
     * @param id the scenario's id, one of {@link #ids()}
     * @throws IllegalArgumentException if there is no such built-in scenario, naming the known ones
     */
    public static Scenario get(String id) {
        if (!exists(id)) {
            throw new IllegalArgumentException("no built-in scenario '" + id + "' (known: " + String.join(", ", IDS) + ")");
        }
        Locale locale = Locale.getDefault();
        return CACHE.computeIfAbsent(id + ' ' + locale.toLanguageTag(), key -> translated(load(id), id, locale));
    }

    /** {@code scenario} with the name and lesson of {@code locale}'s bundle, where it has them. */
    private static Scenario translated(Scenario scenario, String id, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale, BuiltInScenarios.class.getModule());
        if (!texts.containsKey(id + ".name")) {
            return scenario;
        }
        return scenario.toBuilder().name(texts.getString(id + ".name")).lesson(texts.getString(id + ".lesson")).build();
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
