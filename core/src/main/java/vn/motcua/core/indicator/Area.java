package vn.motcua.core.indicator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The area of a province a center lies in: the old province (before the merger of 1 July 2025) its commune comes from.
 *
 * <p>Derived from the center's official unit code, with no table of its own. In the 2025 reorganisation every new
 * commune or ward kept the code of one of the old units merged into it (checked for the 148 of Phú Thọ against
 * {@code merges-2025.json}: each {@code level2_id} is one of its own {@code merges[].old_id}, and no new unit mixes
 * old units of two old provinces), and the old codes were numbered province after province (the national list of
 * administrative units, QĐ 124/2004/QĐ-TTg): so the code says the old province. The boundaries come from the same
 * file: the provinces kept whole give their exact ranges (Lạng Sơn 05971–06646, Quảng Ninh 06649–07198) and the
 * merged Bắc Giang + Bắc Ninh start at 07201, so a Phú Thọ code below 07201 is old Hòa Bình's (04789–05428 in the
 * file); old Phú Thọ and Vĩnh Phúc are adjacent in the numbering and the file alone cannot split them: the split at
 * 08707 (Phường Tích Sơn of Vĩnh Yên, the first unit of old Vĩnh Phúc in the national list) is the one fact taken
 * from outside it, and agrees with it (08707 is the smallest old code of the new Phường Vĩnh Yên; the last old unit
 * below it, 08701, is of Thanh Thủy, a district of old Phú Thọ). Result: 46 centers of old Hòa Bình, 66 of old Phú
 * Thọ, 36 of old Vĩnh Phúc. A province without such a table, or a code that is not an official five-digit one, has no
 * area.
 */
public record Area(String code, String name) {
    private record Range(int from, int until, Area area) {
    }

    private static final Map<String, List<Range>> BY_PROVINCE = Map.of("25", List.of(
            new Range(4789, 7201, new Area("17", "Hòa Bình cũ")),
            new Range(7201, 8707, new Area("25", "Phú Thọ cũ")),
            new Range(8707, 9536, new Area("26", "Vĩnh Phúc cũ"))));

    /** The areas of a province, in the national order of the old provinces (none when it has no table). */
    public static List<Area> of(String provinceCode) {
        return BY_PROVINCE.getOrDefault(provinceCode, List.of()).stream().map(Range::area).toList();
    }

    /** The area of a center of the province from its official unit code. */
    public static Optional<Area> of(String provinceCode, String centerCode) {
        if (centerCode == null || !centerCode.matches("[0-9]{5}")) {
            return Optional.empty();
        }
        int code = Integer.parseInt(centerCode);
        return BY_PROVINCE.getOrDefault(provinceCode, List.of()).stream()
                .filter(r -> code >= r.from() && code < r.until()).map(Range::area).findFirst();
    }
}
