package dev.glassbox.swing.internal.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a user reads, from a {@link ResourceBundle} in {@link Locale#getDefault()}: English by
 * default, German in {@code Messages_de.properties}. Every pattern is a {@link MessageFormat}, so
 * an apostrophe is written twice ({@code ''}) in every entry, with or without arguments.
 *
 * <p>Numbers are written the same in every locale, so that a formula reads alike everywhere: a
 * decimal point, never a comma (the comma separates terms and coordinates). A {@code double} or
 * {@code float} argument is written by {@link Numbers#format(double)}; a formula's numbers of a
 * chosen precision are passed already written by {@link Numbers}. Counts (an epoch, a number of
 * samples) are grouped by thousands as the locale groups them, except that where the locale groups
 * with a point (German: 12.345), a narrow space groups instead (12 345): a point is a decimal point here.
 *
 * <p>The widget's words are in {@code dev/glassbox/swing/internal/text/Messages*.properties}
 * ({@link #text}); a program built on the widget keeps its own bundle ({@link #bundle}).
 */
public final class Messages {
    /** U+202F, the narrow no-break space that groups thousands where a point would. */
    private static final char NARROW_SPACE = '\u202F';
    private static final Messages WIDGET = bundle("dev.glassbox.swing.internal.text.Messages", Messages.class);

    private final String baseName;
    private final Module module;
    /** Parsed patterns of the locale {@link #cachedLocale}; parsed once, since views ask while painting. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private volatile Locale cachedLocale;

    private Messages(String baseName, Module module) {
        this.baseName = baseName;
        this.module = module;
    }

    /**
     * The widget's words.
     *
     * @param key  the entry, e.g. {@code "chain.title"}
     * @param args the pattern's arguments {@code {0}}, {@code {1}}, …
     * @return the entry in the default locale with the arguments put in
     * @throws MissingResourceException if no bundle has the key
     */
    public static String text(String key, Object... args) {
        return WIDGET.get(key, args);
    }

    /**
     * Another module's bundle, found in that module as {@link ResourceBundle#getBundle(String, Locale, Module)} finds it.
     *
     * @param baseName the bundle's base name, e.g. {@code "dev.glassbox.demo.Messages"}
     * @param anchor   a class of the module that holds the bundle
     * @return its messages
     */
    public static Messages bundle(String baseName, Class<?> anchor) {
        return new Messages(Objects.requireNonNull(baseName), anchor.getModule());
    }

    /**
     * An entry with its arguments put in.
     *
     * @param key  the entry
     * @param args the pattern's arguments
     * @return the entry in the default locale
     * @throws MissingResourceException if no bundle has the key
     */
    public String get(String key, Object... args) {
        Locale locale = Locale.getDefault();
        if (!locale.equals(cachedLocale)) {
            formats.clear();
            cachedLocale = locale;
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(ResourceBundle.getBundle(baseName, locale, module).getString(k), locale));
        synchronized (format) {
            // An argument the pattern formats itself ({0,choice,…}) goes in as it is; a plain {0} is written here.
            Format[] own = format.getFormatsByArgumentIndex();
            Object[] written = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                written[i] = i < own.length && own[i] != null ? args[i] : written(args[i], locale);
            }
            return format.format(written);
        }
    }

    private static Object written(Object arg, Locale locale) {
        if (arg instanceof Double || arg instanceof Float) {
            return Numbers.format(((Number) arg).doubleValue());
        }
        if (arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof Byte) {
            return counts(locale).format(((Number) arg).longValue());
        }
        return arg;
    }

    /** Thousands grouped as {@code locale} groups them, unless with a point, which reads as a decimal point here. */
    private static NumberFormat counts(Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getIntegerInstance(locale);
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        if (symbols.getGroupingSeparator() == '.') {
            symbols.setGroupingSeparator(NARROW_SPACE);
            format.setDecimalFormatSymbols(symbols);
        }
        return format;
    }
}
