package dev.glassbox.swing.testing;

import java.util.List;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that switch the look and feel or put {@code UIManager} keys: after each test, the look
 * and feel in place before it is back, and the keys named here are given back to it.
 *
 * <pre>{@code
 * @RegisterExtension
 * final RestoreLookAndFeel restore = new RestoreLookAndFeel("Panel.background");
 * }</pre>
 */
public final class RestoreLookAndFeel implements BeforeEachCallback, AfterEachCallback {
    private final List<String> keys;
    private LookAndFeel before;

    /**
     * Restores the look and feel and removes the caller's values of {@code keys}.
     *
     * @param keys the UIManager keys the tests put
     */
    public RestoreLookAndFeel(String... keys) {
        this.keys = List.of(keys);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        before = UIManager.getLookAndFeel();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        keys.forEach(key -> UIManager.put(key, null));
        UIManager.setLookAndFeel(before);
    }
}
