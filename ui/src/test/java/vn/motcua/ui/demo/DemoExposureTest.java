package vn.motcua.ui.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoExposureTest {
    @Test
    void theDemoWithItsPublishedPasswordIsServedOnTheLoopbackInterfaceOnly() {
        assertDoesNotThrow(() -> DemoExposure.check("127.0.0.1", true));
        assertDoesNotThrow(() -> DemoExposure.check("localhost", true));
        assertDoesNotThrow(() -> DemoExposure.check("::1", true));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DemoExposure.check("0.0.0.0", true));
        assertTrue(refused.getMessage().contains("MOTCUA_DEMO_PASSWORD"), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("Tài khoản mẫu đang dùng mật khẩu công khai"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> DemoExposure.check("192.168.1.10", true));
        assertThrows(IllegalStateException.class, () -> DemoExposure.check("", true));
    }

    @Test
    void aDemoWithItsOwnPasswordMayListenAnywhere() {
        assertDoesNotThrow(() -> DemoExposure.check("0.0.0.0", false));
        assertDoesNotThrow(() -> DemoExposure.check("10.0.0.5", false));
    }

    @Test
    void onlyLoopbackLiteralsAndLocalhostCountAsThisMachine() {
        assertTrue(DemoExposure.loopback("127.0.0.2"));
        assertTrue(DemoExposure.loopback("[::1]"));
        assertFalse(DemoExposure.loopback("0.0.0.0"));
        assertFalse(DemoExposure.loopback("::"));
        assertFalse(DemoExposure.loopback("localhost.example.vn"));
        assertFalse(DemoExposure.loopback(null));
    }
}
