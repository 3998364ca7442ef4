package id.go.kpu.eppid.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's text bundle ({@code messages_id.properties}, {@code messages_en.properties}) for code outside Faces:
 * mail, PDFs, API errors. Bahasa Indonesia is the default; English is the only other language.
 */
public final class Messages {

    /** Base name of the bundle; Faces registers it as {@code msg}. */
    public static final String BUNDLE = "messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The bundle for a locale; anything but English gets Bahasa Indonesia. */
    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    /** English for "en…", Bahasa Indonesia for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key, formatted with {@link MessageFormat} when arguments are given; the key itself if missing. */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /**
     * The label of an enum constant: key {@code <EnumSimpleName>.<CONSTANT>}, or
     * {@code <Outer>.<EnumSimpleName>.<CONSTANT>} for an enum nested in a class.
     */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        Class<?> type = value.getDeclaringClass();
        String prefix = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        return get(prefix + "." + value.name());
    }
}
