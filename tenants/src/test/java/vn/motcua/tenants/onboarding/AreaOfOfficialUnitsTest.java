package vn.motcua.tenants.onboarding;

import org.junit.jupiter.api.Test;
import vn.motcua.core.indicator.Area;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The area (old province) of every commune of Phú Thọ's official list, from its unit code ({@link Area}). */
class AreaOfOfficialUnitsTest {
    @Test
    void everyCommuneOfPhuThoFallsInOneOfItsThreeOldProvinces() {
        Map<String, Integer> counts = new TreeMap<>();
        for (CommuneListReader.Commune c : OfficialUnits.of("25")) {
            Area area = Area.of("25", c.code()).orElseThrow(() -> new AssertionError("no area for " + c.code() + " " + c.name()));
            counts.merge(area.name(), 1, Integer::sum);
        }
        assertEquals(Map.of("Hòa Bình cũ", 46, "Phú Thọ cũ", 66, "Vĩnh Phúc cũ", 36), counts,
                "the counts of the official mergers: 148 communes and wards");
    }

    @Test
    void theCapitalsOfTheOldProvincesAndTheBoundaryFallWhereTheOfficialListPutsThem() {
        assertEquals("Hòa Bình cũ", Area.of("25", "04792").orElseThrow().name(), "Tân Hòa, formerly of Hòa Bình city");
        assertEquals("Phú Thọ cũ", Area.of("25", "07888").orElseThrow().name(), "Việt Trì");
        assertEquals("Phú Thọ cũ", Area.of("25", "08686").orElseThrow().name(), "Tu Vũ, of Thanh Thủy district");
        assertEquals("Vĩnh Phúc cũ", Area.of("25", "08707").orElseThrow().name(), "Vĩnh Yên");
        assertEquals("Vĩnh Phúc cũ", Area.of("25", "09148").orElseThrow().name(), "Vĩnh Phú, of Vĩnh Tường district");
        assertTrue(Area.of("25", "BT-01").isEmpty(), "not an official code");
        assertTrue(Area.of("01", "00004").isEmpty(), "a province without areas");
        assertEquals(3, Area.of("25").size());
    }
}
