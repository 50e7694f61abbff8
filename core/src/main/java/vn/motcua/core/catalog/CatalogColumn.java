package vn.motcua.core.catalog;

import java.util.Optional;

/** Columns of the provinces' exchange sheet (CSV or .xlsx), in the order {@link CatalogCsvWriter} writes them. */
public enum CatalogColumn {
    CODE("Mã TTHC", true, true),
    NAME("Tên TTHC", true, true),
    FIELD("Lĩnh vực", true, false),
    LEVEL("Cấp thực hiện", true, true),
    DEADLINE("Thời hạn giải quyết", true, false),
    DEADLINE_UNIT("Đơn vị thời hạn", false, false),
    FEES("Phí/lệ phí", false, false),
    ONLINE_LEVEL("Mức độ DVC trực tuyến", false, false),
    INTER_AGENCY("Liên thông", false, false),
    AGENCY("Cơ quan thực hiện", false, false),
    LEGAL_BASIS("Căn cứ pháp lý", false, false),
    DOCUMENTS("Thành phần hồ sơ", false, false);

    private final String header;
    private final boolean requiredHeader;
    private final boolean requiredValue;

    CatalogColumn(String header, boolean requiredHeader, boolean requiredValue) {
        this.header = header;
        this.requiredHeader = requiredHeader;
        this.requiredValue = requiredValue;
    }

    public String header() {
        return header;
    }

    /** The sheet is refused without this column. */
    public boolean requiredHeader() {
        return requiredHeader;
    }

    /** Every row must fill this column. */
    public boolean requiredValue() {
        return requiredValue;
    }

    /** Matches a header cell ignoring case and extra spaces, since sheets are typed by hand. */
    public static Optional<CatalogColumn> ofHeader(String text) {
        String key = CatalogText.key(text);
        for (CatalogColumn column : values()) {
            if (CatalogText.key(column.header).equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
