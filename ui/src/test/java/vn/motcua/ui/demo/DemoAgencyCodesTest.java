package vn.motcua.ui.demo;

import org.junit.jupiter.api.Test;
import vn.motcua.core.calendar.OfficeHours;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.tenants.onboarding.CommuneListReader;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoAgencyCodesTest {
    @Test
    void everyPhuThoCommuneGetsOneDistinctCodeInTheQcvnShapeTheSameEveryTime() throws Exception {
        List<String> units;
        try (var in = Objects.requireNonNull(DemoData.class.getResourceAsStream("/data/communes-phu-tho-2025.csv"))) {
            units = CommuneListReader.read(new InputStreamReader(in, StandardCharsets.UTF_8)).stream()
                    .map(CommuneListReader.Commune::code).toList();
        }
        Map<String, String> codes = DemoAgencyCodes.communes("25", units);
        assertEquals(148, codes.size());
        assertTrue(codes.values().stream().allMatch(AgencyCode::isValid), codes.toString());
        assertEquals(148, new HashSet<>(codes.values()).size(), "distinct");
        assertTrue(!codes.containsValue(DemoAgencyCodes.province("25")), "none is the province's");
        assertEquals("000.00.00.H25", DemoAgencyCodes.province("25"));
        // ordered by official unit code, whatever the order of the list
        List<String> reversed = new java.util.ArrayList<>(units);
        java.util.Collections.reverse(reversed);
        assertEquals(codes, DemoAgencyCodes.communes("25", reversed));
        String first = units.stream().sorted().findFirst().orElseThrow();
        assertEquals("000.00.50.H25", codes.get(first));
    }

    @Test
    void theDemoOpeningHoursAreTheProvincesOfficeHours() {
        assertEquals("Thứ Hai – Thứ Sáu: 07:00–11:30, 13:30–17:00 (trừ ngày nghỉ lễ, Tết)",
                DemoData.openingHours(OfficeHours.standard()));
    }
}
