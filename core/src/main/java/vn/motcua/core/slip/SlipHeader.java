package vn.motcua.core.slip;

import java.util.Objects;

/**
 * Who issues a slip, as printed in the top left corner, and where (for the "Tân Lạc, ngày … tháng … năm …" line).
 *
 * @param authority    the governing body, e.g. "ỦY BAN NHÂN DÂN XÃ TÂN LẠC"; may be blank
 * @param unit         the issuing unit, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
 * @param place        place name for the date line, e.g. "Tân Lạc"
 * @param contactPhone the center's phone for questions; may be null
 */
public record SlipHeader(String authority, String unit, String place, String contactPhone) {
    public SlipHeader {
        authority = authority == null ? "" : authority;
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(place, "place");
    }
}
