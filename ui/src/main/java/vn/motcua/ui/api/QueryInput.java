package vn.motcua.ui.api;

import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;

import java.util.List;

/**
 * Query parameters of the API checked before they reach a service: a search with a control character (NUL, which
 * PostgreSQL refuses in text) or longer than {@link #MAX_SEARCH} is a 400, and a value echoed in an error answer is
 * cut to {@link #SHOWN} characters, so a 5,000-character parameter never comes back several times over.
 */
final class QueryInput {
    static final int MAX_SEARCH = 200;
    static final int SHOWN = 40;

    private QueryInput() {
    }

    /** The search text as given, or a 400 naming the parameter. */
    static String search(String parameter, String text) {
        if (text == null) {
            return null;
        }
        if (hasControl(text)) {
            throw new InvalidInputException(List.of(new Problem(parameter,
                    "Từ khóa tìm kiếm chứa ký tự điều khiển không hợp lệ",
                    "the search contains a control character (such as NUL)")));
        }
        if (text.length() > MAX_SEARCH) {
            throw new InvalidInputException(List.of(new Problem(parameter,
                    "Từ khóa tìm kiếm quá dài (tối đa " + MAX_SEARCH + " ký tự)",
                    "the search is longer than " + MAX_SEARCH + " characters")));
        }
        return text;
    }

    /** A value as it may be repeated in an answer: control characters replaced, at most {@link #SHOWN} characters. */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(SHOWN).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return value.codePointCount(0, value.length()) > SHOWN ? out.append('…').toString() : out.toString();
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                return true;
            }
        }
        return false;
    }
}
