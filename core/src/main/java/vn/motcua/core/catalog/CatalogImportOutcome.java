package vn.motcua.core.catalog;

/**
 * What an import did. A refused file ({@code applied == false}) changed nothing and carries the report
 * of every bad line; an applied one tells how many procedures were new, got a new version, or were unchanged.
 */
public record CatalogImportOutcome(boolean applied, int procedures, int created, int newVersions, int unchanged,
                                   ImportReport report, long durationMs) {

    static CatalogImportOutcome refused(ImportReport report, long durationMs) {
        return new CatalogImportOutcome(false, 0, 0, 0, 0, report, durationMs);
    }

    /** "588 thủ tục: 12 mới, 3 phiên bản mới, 573 không đổi" */
    public String summaryVi() {
        if (!applied) {
            return "Tệp bị từ chối: " + report.errors().size() + " lỗi, danh mục không thay đổi";
        }
        return procedures + " thủ tục: " + created + " mới, " + newVersions + " phiên bản mới, " + unchanged
                + " không đổi";
    }
}
