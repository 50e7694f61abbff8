package vn.motcua.tenants.onboarding;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a bulk onboarding would do, line by line, before anything is written: made only by {@link BulkOnboarding}
 * (a run resolves every line again against the official list, so a preview built elsewhere can add nothing).
 *
 * @param source the file's name, or the official list's ("Danh sách chính thức tỉnh Phú Thọ")
 * @param rows   the lines in file order
 */
@Serdeable
public record BulkPreview(String source, List<BulkRow> rows) {
    public BulkPreview {
        rows = List.copyOf(rows);
    }

    public long count(BulkRow.Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** A run is possible: no line has a problem and at least one would be created. */
    public boolean runnable() {
        return count(BulkRow.Status.PROBLEM) == 0 && count(BulkRow.Status.CREATE) > 0;
    }

    /** "148 dòng: 145 sẽ tạo mới, 2 đã có (không đổi), 0 đã có nhưng khác, 1 có lỗi". */
    public String summaryVi() {
        return rows.size() + " dòng: " + count(BulkRow.Status.CREATE) + " sẽ tạo mới, "
                + count(BulkRow.Status.UNCHANGED) + " đã có (không đổi), " + count(BulkRow.Status.DIFFERENT)
                + " đã có nhưng khác danh sách, " + count(BulkRow.Status.PROBLEM) + " có lỗi";
    }
}
