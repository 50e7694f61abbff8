package vn.motcua.core.audit;

import java.util.Optional;

/** Everything the audit log records, each with the words a director reads in the log. */
public enum AuditAction {
    LOGIN("Đăng nhập"),
    LOGOUT("Đăng xuất"),
    LOGIN_FAILED("Đăng nhập sai mật khẩu"),
    LOGIN_FAILED_UNKNOWN_USER("Đăng nhập bằng tên không tồn tại"),
    LOGIN_REFUSED_INACTIVE("Từ chối đăng nhập: tài khoản ngừng hoạt động"),
    LOGIN_REFUSED_LOCKED("Từ chối đăng nhập: tài khoản đang tạm khóa"),
    ACCOUNT_LOCKED("Tạm khóa tài khoản sau nhiều lần sai mật khẩu"),
    LOGIN_FAILURES_SUMMARY("Tổng hợp nhiều lần đăng nhập sai"),
    PASSWORD_CHANGED("Đổi mật khẩu"),
    PASSWORD_RESET("Đặt lại mật khẩu (mật khẩu dùng một lần)"),

    CENTER_ONBOARDED("Đưa trung tâm vào hệ thống"),
    CENTERS_ONBOARDED_IN_BULK("Đưa trung tâm vào hệ thống hàng loạt"),
    CENTER_SUSPENDED("Tạm ngừng hoạt động trung tâm"),
    CENTER_REOPENED("Cho trung tâm hoạt động lại"),
    CENTER_OPENED("Xem thông tin trung tâm"),
    CENTER_REGISTRY_VIEWED("Xem danh sách trung tâm"),
    CENTER_PROFILE_UPDATED("Cập nhật thông tin trung tâm"),
    CENTER_AGENCY_CODE_SET("Đặt mã định danh cơ quan của trung tâm"),
    LEGACY_IMPORT_PREVIEWED("Kiểm tra tệp hồ sơ của hệ thống cũ trước khi nhập"),
    LEGACY_IMPORTED("Nhập hồ sơ từ hệ thống cũ"),
    ACT_AS_CENTER("Chuyển sang làm việc với tư cách trung tâm"),
    PROVINCIAL_ADMIN_ACTING("Quản trị tỉnh làm việc tại trung tâm"),
    STAFF_CREATED("Thêm cán bộ"),
    STAFF_UPDATED("Sửa thông tin cán bộ"),
    STAFF_DEACTIVATED("Ngừng hoạt động tài khoản cán bộ"),
    STAFF_REACTIVATED("Cho tài khoản cán bộ hoạt động lại"),

    CATALOG_IMPORTED("Nhập danh mục thủ tục"),
    CATALOG_IMPORT_REFUSED("Từ chối tệp nhập danh mục thủ tục"),
    CATALOG_PROCEDURE_PUBLISHED("Công bố phiên bản mới của thủ tục"),
    CATALOG_PROCEDURE_COMPLETED("Bổ sung thông tin còn thiếu của thủ tục (phiên bản mới)"),
    CENTER_PROCEDURE_ADDED("Thêm thủ tục trung tâm tiếp nhận"),
    CENTER_PROCEDURE_REMOVED("Bỏ thủ tục khỏi danh sách tiếp nhận"),
    WORKFLOW_SAVED("Lưu quy trình nội bộ"),
    WORKFLOW_DEFAULT_SAVED("Lưu quy trình mặc định của tỉnh"),
    CALENDAR_PROPOSED("Đề xuất lịch làm việc"),
    CALENDAR_DRAFT_SAVED("Lưu bản nháp lịch làm việc"),
    CALENDAR_ENTRY_PUT("Sửa một ngày trong lịch làm việc"),
    CALENDAR_ENTRY_REMOVED("Bỏ một ngày khỏi lịch làm việc"),
    CALENDAR_PUBLISHED("Công bố lịch làm việc"),
    OFFICE_HOURS_SAVED("Lưu giờ làm việc"),
    COUNTER_CREATED("Thêm quầy"),
    COUNTER_UPDATED("Sửa thông tin quầy"),
    COUNTER_OPENED("Mở quầy"),
    COUNTER_CLOSED("Đóng quầy"),
    COUNTER_REMOVED("Ngừng sử dụng quầy"),
    EQUIPMENT_ADDED("Thêm thiết bị"),
    EQUIPMENT_UPDATED("Sửa thông tin thiết bị"),
    EQUIPMENT_REMOVED("Ngừng theo dõi thiết bị"),
    EQUIPMENT_EXPORTED("Xuất danh sách thiết bị"),
    QUEUE_SETTINGS_SAVED("Lưu cài đặt hàng đợi"),
    QUEUE_TICKET_TRANSFERRED("Chuyển số thứ tự sang quầy/lĩnh vực khác"),
    QUEUE_TICKET_LINKED("Gắn số thứ tự với hồ sơ tiếp nhận"),
    QUEUE_RATED("Công dân đánh giá tại quầy"),
    QUEUE_KIOSK_PROCEDURES_SAVED("Chọn thủ tục trên máy lấy số"),
    APPOINTMENT_BOOKED("Đặt lịch hẹn"),
    DEVICE_PAIRING_STARTED("Tạo mã ghép nối thiết bị"),
    DEVICE_PAIRED("Ghép nối thiết bị"),
    DEVICE_REVOKED("Thu hồi thiết bị"),

    DOSSIER_RECEIVED("Tiếp nhận hồ sơ"),
    DOSSIER_SUPPLEMENT_GUIDANCE("Hướng dẫn bổ sung hồ sơ (chưa tiếp nhận)"),
    DOSSIER_REFUSED_AT_INTAKE("Từ chối tiếp nhận hồ sơ"),
    DOSSIER_HANDED_OVER("Chuyển bước xử lý hồ sơ"),
    DOSSIER_ASSIGNED("Giao xử lý hồ sơ"),
    DOSSIER_SUPPLEMENT_REQUESTED("Yêu cầu bổ sung, hoàn thiện hồ sơ"),
    DOSSIER_SUPPLEMENT_RECEIVED("Nhận hồ sơ bổ sung"),
    DOSSIER_FINANCIAL_OBLIGATION_REQUESTED("Yêu cầu thực hiện nghĩa vụ tài chính"),
    DOSSIER_FINANCIAL_OBLIGATION_FULFILLED("Xác nhận đã thực hiện nghĩa vụ tài chính"),
    DOSSIER_APOLOGY_RECORDED("Lập văn bản xin lỗi, hẹn lại ngày trả"),
    DOSSIER_REJECTED("Dừng giải quyết hồ sơ"),
    DOSSIER_WITHDRAWN("Rút hồ sơ"),
    DOSSIER_RESOLVED("Hoàn thành giải quyết hồ sơ"),
    DOSSIER_RESULT_RETURNED("Trả kết quả"),
    DOSSIER_COMMENTED("Ghi ý kiến xử lý"),
    DOSSIER_FEE_RECORDED("Ghi nhận thu phí, lệ phí"),
    DOSSIER_RATED("Đánh giá mức độ hài lòng"),
    DOSSIER_LOOKUP_BY_PHONE("Tra cứu hồ sơ bằng mã và số điện thoại"),
    DOSSIER_LOOKUP_BLOCKED("Tra cứu hồ sơ bị chặn do sai nhiều lần"),
    DOSSIER_EXPORTED("Xuất danh sách hồ sơ"),
    AUDIT_EXPORTED("Xuất nhật ký thao tác"),
    MERGE_PREVIEWED("Xem trước sáp nhập trung tâm"),
    MERGE_STARTED("Bắt đầu sáp nhập trung tâm"),
    MERGE_SOURCES_FROZEN("Khóa ghi trung tâm nguồn để sáp nhập"),
    MERGE_COMPLETED("Hoàn thành sáp nhập trung tâm"),
    MERGE_ROLLED_BACK("Hủy sáp nhập, khôi phục như trước"),
    MERGE_RESUMED("Tiếp tục sáp nhập sau khi khởi động lại"),

    EVENT_SUBSCRIPTION_CREATED("Thêm đăng ký nhận sự kiện"),
    EVENT_SUBSCRIPTION_DISABLED("Tạm dừng đăng ký nhận sự kiện"),
    EVENT_SUBSCRIPTION_ENABLED("Bật lại đăng ký nhận sự kiện"),
    EVENT_SUBSCRIPTION_DELETED("Xóa đăng ký nhận sự kiện"),
    EVENT_DELIVERY_RESENT("Gửi lại sự kiện"),
    API_CLIENT_CREATED("Tạo ứng dụng API (mã bí mật hiển thị một lần)"),
    API_CLIENT_REVOKED("Thu hồi ứng dụng API"),
    API_CLIENTS_VIEWED("Xem danh sách ứng dụng API toàn tỉnh"),
    PROVINCE_INDICATORS_VIEWED("Xem chỉ số phục vụ của các trung tâm"),
    INDICATORS_EXPORTED("Xuất báo cáo chỉ số ra Excel");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stored name read back (rows written before an action was renamed show as they are). */
    public static Optional<AuditAction> parse(String name) {
        for (AuditAction a : values()) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
