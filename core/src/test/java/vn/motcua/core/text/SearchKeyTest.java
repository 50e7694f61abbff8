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
}
