package dev.glassbox.core.math;

/** When the parameters change during an epoch. */
public enum UpdateMode {
    /** Gradients averaged over all samples, one update per epoch. */
    BATCH("batch"),
    /** One update per sample, in file order. */
    ONLINE("online");

    private final String id;

    UpdateMode(String id) {
        this.id = id;
    }

    /** {@return the name used in scenario files} */
    public String id() { return id; }

    /**
     * {@return the mode with the given file id}
     *
     * @param id the id, {@code "batch"} or {@code "online"}
     * @throws IllegalArgumentException if no mode has that id
     */
    public static UpdateMode fromId(String id) {
        for (UpdateMode m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown update mode '" + id + "'");
    }
}
