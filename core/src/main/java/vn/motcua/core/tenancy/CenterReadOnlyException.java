package vn.motcua.core.tenancy;

import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;

import java.util.List;

/**
 * A write to a center that a merge froze (the move is running) or that was merged into another: the center is
 * read-only, kept as it is, and nothing was written.
 */
public class CenterReadOnlyException extends InvalidInputException {
    private final TenantId tenant;
    private final boolean merged;

    public CenterReadOnlyException(TenantId tenant, boolean merged) {
        super(List.of(merged
                ? new Problem("center", "Trung tâm đã sáp nhập vào trung tâm khác: chỉ xem, không thay đổi được",
                        "the center was merged into another one: read-only")
                : new Problem("center", "Trung tâm đang được sáp nhập: chỉ xem cho đến khi việc chuyển dữ liệu xong",
                        "the center is being merged: read-only until the move is done")));
        this.tenant = tenant;
        this.merged = merged;
    }

    public TenantId tenant() {
        return tenant;
    }

    public boolean merged() {
        return merged;
    }
}
