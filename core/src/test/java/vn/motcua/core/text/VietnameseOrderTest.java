package vn.motcua.core.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VietnameseOrderTest {
    @Test
    void banComesBeforeBinhAndDamBeforeTien() {
        assertTrue(VietnameseOrder.NAMES.compare("Xã Bản Nguyên", "Xã Bình Xuyên") < 0);
        assertTrue(VietnameseOrder.NAMES.compare("Chí Đám", "Chí Tiên") < 0);
    }

    @Test
    void dStrokeComesAfterEveryDAndBeforeTheNextLetter() {
        List<String> names = new ArrayList<>(List.of("Gia Cẩm", "Đào Xá", "Dân Chủ", "Dũng Tiến", "Cao Xá"));
        names.sort(VietnameseOrder.NAMES);
        assertEquals(List.of("Cao Xá", "Dân Chủ", "Dũng Tiến", "Đào Xá", "Gia Cẩm"), names);
    }

    @Test
    void tonesFollowTheDictionaryOrderNgangHuyenHoiNgaSacNang() {
        List<String> names = new ArrayList<>(List.of("Bạ", "Bã", "Bả", "Bá", "Bà", "Ba"));
        names.sort(VietnameseOrder.NAMES);
        assertEquals(List.of("Ba", "Bà", "Bả", "Bã", "Bá", "Bạ"), names);
    }

    @Test
    void aNameTypedDecomposedSortsLikeTheSameNameComposed() {
        String decomposed = Normalizer.normalize("Đào Xá", Normalizer.Form.NFD);
        assertEquals(0, VietnameseOrder.NAMES.compare(decomposed, "Đào Xá"));
    }

    @Test
    void recordsAreOrderedByTheirNameAndNullNamesGoLast() {
        record Person(String name) {
        }
        List<Person> people = new ArrayList<>(List.of(new Person(null), new Person("Đỗ An"), new Person("Dương Bình")));
        people.sort(VietnameseOrder.by(Person::name));
        assertEquals(List.of("Dương Bình", "Đỗ An"), people.subList(0, 2).stream().map(Person::name).toList());
        assertEquals(null, people.get(2).name());
    }
}
