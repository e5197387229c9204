package dev.glassbox.core.scenario;

/** A scenario (or scenario file) that breaks a rule, naming the field and the problem. */
public final class ScenarioException extends IllegalArgumentException {
    private final String field;

    /** A problem with {@code field} (a path such as {@code samples[2].y}; empty for the whole file). */
    public ScenarioException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
    }

    /** The field the problem is in, such as {@code learningRate} or {@code samples[2].y[0]}. */
    public String field() {
        return field;
    }
}
