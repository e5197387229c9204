/**
 * A modular embedder: it requires the widget's module (and, for its look, FlatLaf) and nothing
 * else; run on the module path with no {@code --add-exports} or {@code --add-opens}.
 */
module dev.glassbox.examples.modular {
    requires dev.glassbox.swing;
    requires com.formdev.flatlaf;
}
