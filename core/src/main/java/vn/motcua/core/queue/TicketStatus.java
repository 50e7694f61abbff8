package vn.motcua.core.queue;

/** Where a ticket is: waiting, called to a counter, being served, done, or not there when called. */
public enum TicketStatus {
    WAITING("Đang chờ"), CALLED("Đã gọi"), SERVING("Đang phục vụ"), DONE("Đã xong"), NO_SHOW("Vắng mặt");

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
