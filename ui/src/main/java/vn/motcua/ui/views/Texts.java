package vn.motcua.ui.views;

import vn.motcua.core.validation.Messages;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the pages, from {@code i18n/ui_vi.properties}, so a translator or a province changes wording without
 * code. Same style as {@link Messages} (the validation texts in core). A text without arguments is shown exactly as
 * written; a text with arguments is a {@link MessageFormat} pattern whose arguments are shown as plain strings (format
 * numbers and dates before passing them, so no grouping or locale surprises). Unknown keys show as the key itself.
 */
public final class Texts {
    static final String BUNDLE = "i18n/ui";

    private Texts() {
    }

    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Messages.VI, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = Arrays.stream(args).map(String::valueOf).toArray();
        return new MessageFormat(pattern, Messages.VI).format(shown);
    }
}
