package vn.motcua.tenants.merge;

/** The phases a merge job goes through, as the progress bar and the job's phase table show them. */
public enum MergePhase {
    PLANNED("Đã lập kế hoạch sáp nhập"),
    SOURCES_FROZEN("Trung tâm nguồn chuyển sang chỉ xem"),
    STAFF_MOVED("Đã chuyển cán bộ, tài khoản, quầy và thiết bị"),
    DOSSIERS_MOVED("Đã chuyển hồ sơ, phiếu kiểm soát, ý kiến, phí và đánh giá"),
    DOCUMENTS_CHECKED("Đã đối chiếu giấy tờ số hóa trong kho lưu trữ"),
    COUNTED("Đã đếm và đối chiếu số dòng trước và sau"),
    DONE("Hoàn thành sáp nhập"),
    RESUMED("Tiếp tục sau khi hệ thống khởi động lại"),
    ROLLED_BACK("Đã hủy, mọi thứ như trước khi sáp nhập");

    private final String label;

    MergePhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Share of the work done when this phase is reached, for the progress bar. */
    public double progress() {
        return switch (this) {
            case PLANNED -> 0.05;
            case SOURCES_FROZEN, RESUMED -> 0.15;
            case STAFF_MOVED -> 0.3;
            case DOSSIERS_MOVED -> 0.7;
            case DOCUMENTS_CHECKED -> 0.8;
            case COUNTED -> 0.9;
            case DONE, ROLLED_BACK -> 1.0;
        };
    }
}
