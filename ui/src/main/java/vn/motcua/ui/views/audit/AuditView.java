package vn.motcua.ui.views.audit;

import vn.motcua.core.context.BusinessTime;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Page;
import vn.motcua.core.audit.AuditEntry;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Nhật ký: who did what in the center (or, for provincial IT, in the province's own log), newest first. */
@Route(value = "nhat-ky", layout = MainLayout.class)
@PageTitle("Nhật ký thao tác — MotCua")
@RequiresPermission(Permission.READ_AUDIT)
@Prototype
public class AuditView extends VerticalLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(BusinessTime.ZONE);
    static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("LOGIN", "Đăng nhập"), Map.entry("LOGOUT", "Đăng xuất"),
            Map.entry("LOGIN_FAILED", "Đăng nhập sai mật khẩu"), Map.entry("ACCOUNT_LOCKED", "Tạm khóa tài khoản"),
            Map.entry("LOGIN_REFUSED_LOCKED", "Từ chối đăng nhập: tài khoản đang khóa"),
            Map.entry("LOGIN_REFUSED_INACTIVE", "Từ chối đăng nhập: tài khoản ngừng hoạt động"),
            Map.entry("LOGIN_FAILED_UNKNOWN_USER", "Đăng nhập bằng tên không tồn tại"),
            Map.entry("CENTER_ONBOARDED", "Mở trung tâm"), Map.entry("CENTER_PROFILE_UPDATED", "Sửa hồ sơ trung tâm"),
            Map.entry("CENTER_REGISTRY_VIEWED", "Xem danh sách trung tâm"), Map.entry("CENTER_OPENED", "Xem một trung tâm"),
            Map.entry("ACT_AS_CENTER", "Làm việc với tư cách trung tâm"),
            Map.entry("PROVINCIAL_ADMIN_ACTING", "Quản trị tỉnh làm việc với tư cách trung tâm"),
            Map.entry("STAFF_CREATED", "Thêm cán bộ"), Map.entry("STAFF_UPDATED", "Sửa thông tin cán bộ"),
            Map.entry("STAFF_DEACTIVATED", "Ngừng hoạt động cán bộ"), Map.entry("STAFF_REACTIVATED", "Kích hoạt lại cán bộ"),
            Map.entry("CATALOG_IMPORTED", "Nhập danh mục thủ tục"), Map.entry("CATALOG_IMPORT_REFUSED", "Từ chối tệp danh mục"),
            Map.entry("CATALOG_PROCEDURE_PUBLISHED", "Công bố phiên bản thủ tục"),
            Map.entry("CENTER_PROCEDURE_ADDED", "Thêm thủ tục phục vụ"), Map.entry("CENTER_PROCEDURE_REMOVED", "Bỏ thủ tục phục vụ"),
            Map.entry("CALENDAR_PROPOSED", "Đề xuất lịch làm việc"), Map.entry("CALENDAR_DRAFT_SAVED", "Lưu nháp lịch"),
            Map.entry("CALENDAR_ENTRY_PUT", "Thêm/sửa ngày trong lịch"), Map.entry("CALENDAR_ENTRY_REMOVED", "Xóa ngày khỏi lịch"),
            Map.entry("CALENDAR_PUBLISHED", "Công bố lịch làm việc"), Map.entry("OFFICE_HOURS_SAVED", "Lưu giờ làm việc"),
            Map.entry("WORKFLOW_SAVED", "Lưu quy trình của trung tâm"), Map.entry("WORKFLOW_DEFAULT_SAVED", "Lưu quy trình mặc định"));

    public AuditView(AuditLog audit) {
        Principal principal = Session.require();
        setSizeFull();
        Span total = new Span();
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> e.at() == null ? "" : WHEN.format(e.at())).setHeader("Thời điểm").setAutoWidth(true);
        grid.addColumn(e -> e.actorUsername() == null ? "hệ thống" : e.actorUsername()).setHeader("Người thực hiện").setAutoWidth(true);
        grid.addColumn(e -> ACTIONS.getOrDefault(e.action(), e.action())).setHeader("Thao tác").setAutoWidth(true);
        grid.addColumn(e -> e.targetId() == null ? "" : e.targetType() + " " + e.targetId()).setHeader("Đối tượng");
        grid.addColumn(AuditEntry::detail).setHeader("Chi tiết").setFlexGrow(2);
        grid.setItems(query -> {
            Page<AuditEntry> page = audit.page(principal.tenant(), query.getPage(), query.getPageSize());
            total.setText("Tổng số: " + page.getTotalSize() + " thao tác");
            return page.getContent().stream();
        }, query -> (int) audit.page(principal.tenant(), 0, 1).getTotalSize());
        add(new H2("Nhật ký thao tác — " + principal.centerName()), total, grid);
        expand(grid);
    }
}
