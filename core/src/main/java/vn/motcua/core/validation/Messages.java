package vn.motcua.core.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of validation and error messages: Vietnamese for people, English for the API's detail. */
public final class Messages {
    public static final Locale VI = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "i18n/messages";

    private Messages() {
    }

    public static String vi(String key, Object... args) {
        return text(VI, key, args);
    }

    public static String en(String key, Object... args) {
        return text(Locale.ROOT, key, args);
    }

    public static Problem problem(String field, String key, Object... args) {
        return new Problem(field, vi(key, args), en(key, args));
    }

    private static String text(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
