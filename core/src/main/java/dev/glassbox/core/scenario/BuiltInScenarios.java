package dev.glassbox.core.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenarios that ship with Glassbox, stored as {@code glassbox-scenario/1} files in the jar
 * and read through {@link ScenarioFiles} like any user file.
 */
public final class BuiltInScenarios {
    private static final List<String> IDS = List.of("and", "or", "xor", "xor-saturated-mse", "xor-saturated-ce",
            "dying-relu", "vanishing-gradient", "xor-momentum", "xor-saturated-adam", "xor-l2", "three-classes");
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
        try (InputStream in = BuiltInScenarios.class.getResourceAsStream("builtin/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource for built-in scenario " + id);
            }
            return ScenarioFiles.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
