package dev.glassbox.core.internal.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of core's messages that reach a user (a scenario file's problem, a divergence), from
 * {@code Messages*.properties} beside this class in {@link Locale#getDefault()}: English, German.
 * Numbers are written as Java writes them ({@link String#valueOf}), in every language, so that a
 * file's value reads back as it was written ("got 1.0E7"); names of fields and ids stay as in the file.
 */
public final class CoreMessages {
    private static final String BUNDLE = "dev.glassbox.core.internal.text.Messages";

    private CoreMessages() {
    }

    /**
     * An entry with its arguments put in.
     *
     * @param key  the entry, e.g. {@code "scenario.unknownField"}
     * @param args the pattern's arguments {@code {0}}, {@code {1}}, …
     * @return the entry in the default locale
     */
    public static String text(String key, Object... args) {
        Locale locale = Locale.getDefault();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, CoreMessages.class.getModule()).getString(key);
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(pattern, locale).format(written);
    }
}
