package dev.glassbox.demo;

import dev.glassbox.swing.internal.text.Messages;

/** The demo's words, from {@code dev/glassbox/demo/Messages*.properties} as {@link Messages} reads the widget's. */
public final class DemoMessages {
    private static final Messages DEMO = Messages.bundle("dev.glassbox.demo.Messages", DemoMessages.class);

    private DemoMessages() {
    }

    /**
     * An entry of the demo's bundle.
     *
     * @param key  the entry, e.g. {@code "app.menu.file"}
     * @param args the pattern's arguments
     * @return the entry in the default locale with the arguments put in
     */
    public static String text(String key, Object... args) {
        return DEMO.get(key, args);
    }
}
