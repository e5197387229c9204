package dev.glassbox.swing.testing;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test of a class in German ({@code @ExtendWith(InGerman.class)}): the default locale is
 * German before the class's own {@code @BeforeEach} builds its components (they take their words
 * when built) and the earlier one again after its {@code @AfterEach}.
 */
public final class InGerman implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace LOCALE = ExtensionContext.Namespace.create(InGerman.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(LOCALE).put(Locale.class, Locale.getDefault());
        Locale.setDefault(Locale.GERMAN);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(context.getStore(LOCALE).remove(Locale.class, Locale.class));
    }
}
