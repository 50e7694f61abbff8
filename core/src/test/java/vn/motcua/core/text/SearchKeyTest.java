package vn.motcua.core.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchKeyTest {
    @Test
    void diacriticsAndCaseAreIgnoredAsInTheDatabase() {
        assertEquals("dao xa", SearchKey.of("  Đào   Xá "));
        assertEquals("cap giay phep xay dung", SearchKey.of("Cấp giấy phép xây dựng"));
    }

    @Test
    void everyWordBecomesALikePatternAndWildcardsAreEscaped() {
        assertEquals("%cap%|%giay%|%phep%", SearchKey.likeAll("Cấp giấy phép"));
        assertEquals("%", SearchKey.likeAll("   "));
        assertEquals("%50\\%%|%a\\_b%", SearchKey.likeAll("50% a_b"));
    }

    @Test
    void aNulOrOtherControlCharacterInTheSearchIsDroppedBeforeItReachesPostgreSQL() {
        assertEquals("ab", SearchKey.of("a\u0000b"));
        assertEquals("%ab%", SearchKey.likeAll("a\u0000b\u0007"));
        assertEquals("a b", SearchKey.of("a\tb"));
        assertEquals("ab", SearchKey.printable("a\u0000b"));
    }
}
