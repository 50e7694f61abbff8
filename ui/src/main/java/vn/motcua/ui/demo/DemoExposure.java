package vn.motcua.ui.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The demo's accounts share a password printed in the README: fine on one's own machine, an open door anywhere else.
 * So while a demo account still has that password, the server may listen on the loopback interface only; listening
 * beyond it (MICRONAUT_SERVER_HOST) needs MOTCUA_DEMO_PASSWORD set before the demo's first start.
 */
final class DemoExposure {
    static final String PUBLISHED_PASSWORD = "MotCua@2025";

    private DemoExposure() {
    }

    /** Refuses to start when {@code host} is reachable from elsewhere and the published password opens the demo. */
    static void check(String host, boolean publishedPasswordOpensTheDemo) {
        if (publishedPasswordOpensTheDemo && !loopback(host)) {
            throw new IllegalStateException("Tài khoản mẫu đang dùng mật khẩu công khai trong README: không mở ra ngoài máy này "
                    + "(MICRONAUT_SERVER_HOST=" + host + "). Đặt MOTCUA_DEMO_PASSWORD trước lần chạy đầu tiên (xóa thư mục dữ liệu "
                    + "để chạy lại), hoặc chỉ nghe trên 127.0.0.1 / The demo accounts use the password published in the README: "
                    + "refusing to listen on " + host + ". Set MOTCUA_DEMO_PASSWORD before the demo's first start (delete the "
                    + "data directory to start over), or listen on 127.0.0.1 only.");
        }
    }

    /** True for loopback names and addresses only (no DNS look-up beyond what a literal or "localhost" needs). */
    static boolean loopback(String host) {
        if (host == null || host.isBlank()) {
            return false; // Micronaut's default without a host is every interface
        }
        String h = host.strip();
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9A-Fa-f:.\\[\\]]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
