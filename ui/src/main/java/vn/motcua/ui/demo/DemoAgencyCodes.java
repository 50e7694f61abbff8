package vn.motcua.ui.demo;

import vn.motcua.core.dossier.AgencyCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Agency codes (mã định danh) for the demo province, in the QCVN 102:2016 shape {@code V1V2V3.Z1Z2.Y1Y2.MX1X2} but
 * <b>generated, not the official values</b>: the bundled data (the 2025 commune list and the official unit codes)
 * holds no agency codes, so provincial IT must replace them with the ones the province was given.
 * <p>Derivation, deterministic: the level-1 group is {@code H} + the province's unit code ({@code H25} for Phú Thọ);
 * the provincial center is {@code 000.00.00.H25}; a commune's rank r (1…) when the province's communes are ordered by
 * their official unit code gives Y1Y2 = 50 + (r − 1) / 100 and Z1Z2 = (r − 1) mod 100, e.g. rank 1 →
 * {@code 000.00.50.H25}, rank 148 → {@code 000.47.51.H25}. The same list always gives the same codes.
 */
final class DemoAgencyCodes {
    private DemoAgencyCodes() {
    }

    static String province(String provinceCode) {
        return new AgencyCode("000.00.00.H" + provinceCode).value();
    }

    /** Official unit code of each commune → its generated agency code, in unit-code order. */
    static Map<String, String> communes(String provinceCode, List<String> unitCodes) {
        Map<String, String> codes = new LinkedHashMap<>();
        int rank = 0;
        for (String unit : new TreeSet<>(unitCodes)) {
            if (rank >= 4_900) {
                throw new IllegalArgumentException("more communes than the generated shape can number");
            }
            codes.put(unit, new AgencyCode(String.format("000.%02d.%02d.H%s", rank % 100, 50 + rank / 100, provinceCode)).value());
            rank++;
        }
        return codes;
    }
}
